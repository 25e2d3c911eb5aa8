package code

import "github.com/truce-project/truce"

// gsr31FlightsNoState reports whether a state's cut of its flights or
// transport links to another (the gsr31 rows of the lexicon: CAMEO 163,
// official) is told of no named actor: "the carrier suspended flights to
// Lisbon" is an airline's business, not a sanction. The official flag
// keeps a reading whose subject is unresolved; this one needs a state.
func gsr31FlightsNoState(st *sent, cd *candidate) bool {
	if cd.e.cameo != "163" || !cd.e.has(flagOfficial) || cd.e.pos != 'V' {
		return false
	}
	return len(st.subject(cd.i)) == 0
}

// gsr31SelfSanction reports whether cd is a sanction a government aims at
// its own state: "Kinshasa ... suspended RwandAir flights to Congo" names
// the flights' destination, the sanctioning state itself, after "to". A
// state cuts ties with another, not with itself, so the reading is no
// sanction between two sides and is dropped.
func gsr31SelfSanction(_ *sent, _, _ []*candidate, cd *candidate) bool {
	ev := &cd.ev
	if ev.Type != truce.Sanction || len(ev.Source) != 1 || len(ev.Target) == 0 {
		return false
	}
	c := ev.Source[0].Country
	if c == "" || ev.Source[0].Sector != "GOV" {
		return false
	}
	for _, a := range ev.Target {
		if a.Country != c || a.Sector != "GOV" {
			return false
		}
	}
	return true
}
