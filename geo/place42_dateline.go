package geo

// Issue 3, round place42: a wire dateline in capitals. "MALE, Nov 18 -",
// "NICE (AFP) -", "SPLIT, Croatia -": a town whose name is a common word
// opens a sentence there too, but written in capitals and followed by the
// comma, bracket or dash of a dateline it is the town the story is filed
// from, not the word.

// place42Dateline reports whether token i, a one-word name opening its
// sentence, is written in capitals (three letters or more) and followed
// by punctuation, not a blank, before the next word: a dateline.
func place42Dateline(toks []token, i int) bool {
	t := toks[i]
	if !t.caps || !t.upper || t.end-t.start < 3 {
		return false
	}
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return !n.spaced && !n.joined
}
