package code

// Two groups of one kind fighting each other (issue 3): "fighting between
// Druze militias and Bedouin tribal fighters", "clashes between clan
// militias and local vigilantes". Both are the country's militias, so the
// second side resolved to the first's code and building dropped it as
// the source's own target; the people killed in the fight then took its
// place. Two different phrases on the two sides of "between" name two
// sides, though they share a code.

// x84BetweenTwoPhrases reports whether cd's sides come from a "between X
// and Y" phrase after its trigger that names them with different words.
func x84BetweenTwoPhrases(st *sent, cd *candidate) bool {
	if len(cd.src) != 1 || len(cd.tgt) == 0 || !cd.e.has(flagSym) || cd.j < 1 || cd.j >= len(st.low) {
		return false
	}
	k := cd.j
	if st.low[k-1] == "between" {
		k--
	}
	s := cd.src[0]
	if st.low[k] != "between" || s.i <= k || s.i > k+4 {
		return false
	}
	for _, t := range cd.tgt {
		if t.i < s.j || t.i > s.j+3 || !x84OtherWords(st, s, t) {
			return false
		}
	}
	return true
}

// x84OtherWords reports whether mentions a and b are told in different
// words.
func x84OtherWords(st *sent, a, b *mention) bool {
	if a.j-a.i != b.j-b.i {
		return true
	}
	for n := 0; n < a.j-a.i; n++ {
		if st.low[a.i+n] != st.low[b.i+n] {
			return true
		}
	}
	return false
}
