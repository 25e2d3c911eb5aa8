package code

import "github.com/truce-project/truce"

// A country's legislature sits at home: an unnamed one that faces a
// state's government in a sentence naming no place is that state's.

// legislatureAtHome returns the country of a state's government on the
// other side of a generic legislature, or "": in "Opposition deputies
// accused the president of shielding smugglers", told in a story that
// has moved on to a foreign capital, the deputies are the president's
// own parliament. A sentence that names a place ("lawmakers in Kyiv
// condemned Putin") leaves the country to the place.
func legislatureAtHome(st *sent, m *mention, other []truce.Actor) string {
	if m.actor.Sector != "LEG" || len(st.places) > 0 {
		return ""
	}
	for _, o := range other {
		if o.Sector == "GOV" && o.Country != "" && isState(o) {
			return o.Country
		}
	}
	return ""
}
