package code

import "strings"

// toll46Stabbed reports whether "stabbed" at token k is a passive that
// wounds the people counted before it: "a police officer [was stabbed] by
// a man", "two guards were stabbed in the attack". "Stabbed to death"
// kills, and is read as a death.
func toll46Stabbed(st *sent, k int) bool {
	if k >= len(st.low) || st.low[k] != "stabbed" || !passiveBefore(st, k) {
		return false
	}
	return !(k+2 < len(st.low) && st.low[k+1] == "to" && st.low[k+2] == "death")
}

// toll46OnePronoun reports whether the word at token i is a pronoun for
// one person as the object of a verb of wounding: "shot a journalist,
// wounding [him] in the arm", "injuring [her]". "her" before a noun is a
// possessive ("wounding her son"), read as such.
func toll46OnePronoun(st *sent, i int) bool {
	switch st.low[i] {
	case "him":
		return true
	case "her":
		return i+1 >= len(st.toks) || !strings.HasPrefix(st.toks[i+1].tag, "NN") && !strings.HasPrefix(st.toks[i+1].tag, "JJ")
	}
	return false
}

// toll46HurtOne reports whether a passive of wounding follows token k,
// the end of one person named by role or name: "Opposition leader X [was
// shot in the leg]", "the mayor [was stabbed] on stage", "the governor
// [was seriously wounded]". A death is left to the killing's own reading.
func toll46HurtOne(st *sent, k int) bool {
	k = afterRelative(st, k)
	if k+1 >= len(st.low) || st.low[k] != "was" {
		return false
	}
	n := k + 1
	if st.toks[n].tag == "RB" && n+1 < len(st.low) {
		n++
	}
	return injuryWords.has(st.low[n]) || shotHurt(st, n) || toll46Stabbed(st, n)
}

// toll46WasAhead reports whether "was" stands within the next eight
// tokens after i: the cheap test before one person named by role or name
// is read as the subject of a passive of wounding (toll46HurtOne).
func toll46WasAhead(st *sent, i int) bool {
	for k := i + 1; k < len(st.low) && k <= i+8; k++ {
		if st.low[k] == "was" {
			return true
		}
	}
	return false
}
