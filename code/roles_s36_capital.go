package code

// A capital named inside the words describing a subject is where, not who:
// in "gunmen controlling parts of Lima shot dead two guards" or "members
// of a gang that runs a slum outside Lima raped …" the capital is the
// object of "of" or "outside" in words about the gunmen, and the verb's doer
// is the actor named before it, not the government the capital stands for
// when it is a subject ("Lima recalled its envoy").

// describedCapital reports whether the capital mention m, met walking
// left from the trigger at i, is the object of a place preposition with an
// actor named before it in the same clause, so the subject lies further
// left.
func (st *sent) describedCapital(m *mention, i int) bool {
	if m.kind != "capital" || m.i < 1 || m.j > i || !capitalPlacePreps.has(st.low[m.i-1]) {
		return false
	}
	for n := range st.mentions {
		if p := &st.mentions[n]; p.j < m.i && st.clause[p.i] == st.clause[m.i] && !p.place && p.kind != "capital" && p.kind != "country" {
			return true
		}
	}
	return false
}

// capitalPlacePreps put a city name as a place: "parts of", "in", "near".
var capitalPlacePreps = filtered(wordSet("of", "in", "near", "around", "outside", "across"))
