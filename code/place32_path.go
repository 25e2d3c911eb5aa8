package code

// An act of a state whose sentence names only the place that people,
// goods or envoys came from: it happened at home, not there.

import "github.com/truce-project/truce"

// homeOverPath returns the country of the act's state source when the
// sentence names no place where the act happened and pick, the place it
// came from or passed through, is one "from" brings in and lies in
// another country: "Ruritanian border guards shot dead three smugglers as
// they tried to cross from Borduria" and "Ruritanian police detained
// traders after they had come from Hentz" were in Ruritania. The place
// must lie in another clause than the act, and a withdrawal or a release
// happens where it leaves from, so it keeps pick. It returns nil
// otherwise.
func (c *Coder) homeOverPath(cd *candidate, pick *placeRef) *truce.Location {
	if pick == nil || pick.place.Country == "" || prepBefore(cd.st, pick.i) != "from" {
		return nil
	}
	// In the act's own clause "from" tells where the act takes people
	// or goods from: "recalled its staff from Hentz", "a tariff on goods
	// from Borduria".
	if cd.st.clause[pick.i] == cd.st.clause[cd.i] {
		return nil
	}
	plover := cd.e.plover
	if plover == "" {
		plover = c.lex.cameo[cd.e.cameo].plover
	}
	if plover == truce.Retreat {
		return nil
	}
	for _, m := range cd.src {
		if !isState(m.actor) || foreignMission(m.actor) {
			continue
		}
		if m.actor.Country == pick.place.Country {
			return nil
		}
		return c.countryLocation("", []truce.Actor{m.actor})
	}
	return nil
}
