package code

// A subject that names a whole and then some of its parts with
// "including": "Russian aircraft including helicopter gunships killed 46
// civilians", "Turkish jets including F-16 fighters bombed five villages".
// "including" opens a clause for role assignment, so the parts stood alone
// as the subject and took their country from the place; the whole before
// "including" is who acts.

// rolesX55IncludedPart returns the index of the "including" that opens the
// list m stands in, when that list runs up to the verb at i with no comma
// and an actor of a known state is named right before "including": the
// verb's subject is that actor, not its listed part. Else -1.
func (st *sent) rolesX55IncludedPart(m *mention, i int) int {
	b := m.i - 1
	for b >= 0 && (determiners.has(st.low[b]) || st.toks[b].tag == "JJ" || st.toks[b].tag == "CD" || st.toks[b].tag == "NN" && st.mentionAt(b) == nil) {
		b--
	}
	if b < 1 || st.low[b] != "including" || m.j > i {
		return -1
	}
	for n := b + 1; n < i; n++ {
		if st.low[n] == "," {
			return -1
		}
	}
	// ("Western governments including France condemned": a whole of no
	// state of its own leaves the named part to act.)
	if h := st.mentionAt(b - 1); h == nil || h.place || h.actor.Country == "" {
		return -1
	}
	return b
}
