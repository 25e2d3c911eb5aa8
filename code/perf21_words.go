package code

// attributionWords are the words attributes accepts, in one set: it is
// asked of token after token, and one lookup costs less than three and
// five comparisons.
var attributionWords = filtered(unionOf(reportVerbs.m, admitVerbs.m, findingVerbs.m,
	wordSet("declared", "accused", "accuses", "added", "saying")))

// unionOf returns the words any of sets holds.
func unionOf(sets ...map[string]bool) map[string]bool {
	n := 0
	for _, s := range sets {
		n += len(s)
	}
	u := make(map[string]bool, n)
	for _, s := range sets {
		for w, ok := range s {
			if ok {
				u[w] = true
			}
		}
	}
	return u
}

// startsWithDigit reports whether w starts with an ASCII digit, as every
// word scorePattern or yearSpanPattern matches does (both are anchored,
// and \d is ASCII): the words that do not need no regexp.
func startsWithDigit(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9'
}
