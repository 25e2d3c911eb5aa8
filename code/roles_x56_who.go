package code

// Actors (issue 3): "stones at riot police outside parliament, who
// responded with tear gas": "who" names a person or a body, so a
// relative after a place or a description hangs from the actor before
// that phrase.

// rolesX56WhoOverPhrase returns the actor that the relative "who" at k,
// after a comma, hangs from when a short phrase of place or description
// stands between them ending at token e: "police near the state house,
// who fired", "officers guarding the court, who charged", "riot police
// outside parliament, who responded" (a body named as the place the
// police stood at). The phrase opens with a preposition of place or a
// participle and holds no finite verb or comma; nil otherwise, and nil
// when an actor ends at e that no such preposition puts in place.
func (st *sent) rolesX56WhoOverPhrase(e, k int) *mention {
	if k < 2 || st.low[k] != "who" || st.low[k-1] != "," {
		return nil
	}
	if m := st.mentionAt(e); m != nil && m.j == e+1 && !m.place {
		p := m.i - 1
		if p >= 0 && determiners.has(st.low[p]) {
			p--
		}
		if p < 0 || !placePreps.has(st.low[p]) && st.low[p] != "outside" {
			return nil
		}
		e = p
	}
	for n := e; n >= 1 && n >= e-6; n-- {
		switch t := st.toks[n].tag; {
		case st.low[n] == "," || st.low[n] == ";" || t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD":
			return nil
		}
		m := st.mentionAt(n)
		if m == nil || m.j != n+1 || m.place || n == e {
			continue
		}
		if w := st.low[m.j]; placePreps.has(w) || w == "outside" || st.toks[m.j].tag == "VBG" {
			return m
		}
		return nil
	}
	return nil
}
