package code

// absorbAcronyms folds a bracketed short name into the name it spells out:
// in "the Moro Islamic Liberation Front (MILF) signed" the group is one
// mention, so a coordinated subject before it ("Manila and the Moro …
// (MILF)") stays whole and the verb follows the mention directly. Only an
// acronym that names the same actor as the name before it is folded.
func (st *sent) absorbAcronyms() {
	out := st.mentions[:0]
	for _, m := range st.mentions {
		if n := len(out); n > 0 && m.i > 0 && m.j < len(st.low) && st.low[m.i-1] == "(" && st.low[m.j] == ")" {
			if p := &out[n-1]; p.j == m.i-1 && p.actor.ID != "" && p.actor.ID == m.actor.ID && !p.place && !m.place {
				p.j = m.j + 1
				continue
			}
		}
		out = append(out, m)
	}
	st.mentions = out
}
