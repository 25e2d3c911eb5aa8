package code

// Arrests told in the passive with no one named as making them, whose
// subject is no plain common noun: a count, an age, a name the
// dictionary does not know, or a head with an aside after it.

// passiveArrestSubject reports whether the passive trigger at i has as its
// subject someone held, not an actor: "The 41-year-old, named only by his
// initials, was arrested in Bijelo Polje", "Two farmers, aged 30 and 52,
// were arrested", "Tomas Orlic was arrested on Monday". An aside set off
// by commas between the head and its verb is stepped over. A subject
// that is an actor already names the one held, and a pronoun may stand
// for an actor ("It was detained").
func passiveArrestSubject(st *sent, i int) bool {
	w, ok := passiveSubjectEnd(st, i)
	if !ok {
		return false
	}
	w = beforeAside(st, w)
	if w < 0 || st.mentionAt(w) != nil {
		return false
	}
	switch st.toks[w].tag {
	case "NN", "NNS", "NNP", "NNPS", "CD", "JJ":
		return true
	}
	return false
}

// beforeAside returns the token before an aside set off by commas that
// ends at w ("Two farmers, aged 30 and 52,"), or w when none ends there.
// An aside that tells who said so ("police said,") is no aside but the
// attribution of a clause.
func beforeAside(st *sent, w int) int {
	if w < 0 || st.low[w] != "," {
		return w
	}
	for k := w - 1; k >= 1 && k >= w-10; k-- {
		if st.low[k] == "," {
			return k - 1
		}
		if asideSaying.has(st.low[k]) {
			return -1
		}
	}
	return -1
}

// asideSaying are the words that make a comma-bound stretch an
// attribution, not an aside about the subject.
var asideSaying = filtered(wordSet("said", "says", "told", "added", "according", "reported", "reports"))
