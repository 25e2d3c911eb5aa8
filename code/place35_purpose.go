package code

import "strings"

// What an agreement is for is not where it was made: "Ruritania and
// Borduria signed a deal on Friday to reopen Black Sea ports" was not
// signed on the Black Sea.

// purposeDemoted takes a place that only qualifies a noun in an
// infinitive clause of purpose after the trigger of an agreement or a
// meeting ("to reopen Black Sea ports") out of the places the act may be
// placed at, so that the dateline or another venue places it.
func (c *Coder) purposeDemoted(cd *candidate, roles []placeRole) {
	plover := cd.e.plover
	if plover == "" {
		plover = c.lex.cameo[cd.e.cameo].plover
	}
	if !venueTypes.has(plover) {
		return
	}
	st := cd.st
	to := -1
	for k := cd.j; k+1 < len(st.low); k++ {
		if st.clause[k] != st.clause[cd.j-1] {
			break
		}
		if st.low[k] == "to" && st.toks[k+1].tag == "VB" {
			to = k
			break
		}
	}
	if to < 0 {
		return
	}
	for n := range st.places {
		// Only a place that names the kind of thing agreed on ("Black
		// Sea ports", "Caspian shipping"), not one the aim is to happen
		// at ("to meet again in Brazil").
		p := &st.places[n]
		if p.i > to && st.clause[p.i] == st.clause[to] && p.j < len(st.toks) && strings.HasPrefix(st.toks[p.j].tag, "NN") && !locPreps.has(prepBefore(st, p.i)) {
			roles[n] = roleNone
		}
	}
}
