package code

// A country named before its capitalised legislature, with no possessive:
// "the Kosovo Assembly", "the Montenegro Assembly", "the Kenya National
// Assembly". Balkan and African wires name parliaments this way; read
// bare, the country word made the body the country's government (or
// the country at large), so a request put to the legislature by that
// country's own officials lost its target as the same actor. Only a
// capitalised legislature noun counts: "Kosovo assembly elections" ends
// no noun phrase, and councils ("the Kosovo Council for Human Rights")
// are as often civic bodies as state ones.

// gsr35LegislatureAfter reports whether the country mention m is
// followed, across at most three capitalised modifiers, by a capitalised
// legislature noun that ends its noun phrase (stateBodies does the
// widening).
func (st *sent) gsr35LegislatureAfter(m *mention) bool {
	if m.kind != "country" {
		return false
	}
	for k, mods := m.j, 0; k < len(st.low) && mods <= 3; k, mods = k+1, mods+1 {
		if st.toks[k].tag != "NNP" && st.toks[k].tag != "NNPS" {
			return false
		}
		if bodyNouns[st.low[k]] == "LEG" {
			return true
		}
	}
	return false
}
