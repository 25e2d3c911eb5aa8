package code

import "github.com/truce-project/truce"

// yieldedTo returns the party an agreement or concession told in an
// "after" clause is made to, when the clause names none of its own: the
// main clause's subject, who answers it. In "The unions suspended their
// strike after the government agreed to raise its offer" the government
// agrees with the unions. A target the clause does name ("after Kyiv
// agreed with Moscow") stands; one past a comma that closes the clause
// (", ending a walkout that had shut hospitals") is another clause's.
// A span before "after" ("a week after") is a date, not a cause.
func (c *Coder) yieldedTo(cd *candidate) []*mention {
	pl := c.lex.cameo[cd.e.cameo].plover
	if cd.e.plover != "" {
		pl = cd.e.plover
	}
	if pl != truce.Agree && pl != truce.Concede || len(cd.src) != 1 {
		return nil
	}
	st, s := cd.st, cd.src[0]
	k := s.i - 1
	// "after President Tinubu's government agreed"
	if p := possessorOf(st, s); p != nil && p.i < s.i {
		k = p.i - 1
	}
	if k > 0 && st.low[k] == "the" {
		k--
	}
	// ("a week after Washington pledged the same" dates the main act by
	// another, told for comparison, not for cause.)
	if k < 1 || st.low[k] != "after" || timeSpans.has(st.low[k-1]) || s.j > cd.i {
		return nil
	}
	for _, t := range cd.tgt {
		if !st.commaBetween(cd.j, t.i) {
			return nil
		}
	}
	m := st.firstActor()
	if m == nil || m.i >= k || m.place || m == s || m.actor.ID == "" || m.actor.ID == s.actor.ID {
		return nil
	}
	return st.coordinated(m)
}

// commaBetween reports whether a comma lies between tokens i and j.
func (st *sent) commaBetween(i, j int) bool {
	for k := i; k < j && k < len(st.low); k++ {
		if st.low[k] == "," {
			return true
		}
	}
	return false
}
