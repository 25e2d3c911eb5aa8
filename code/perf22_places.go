package code

// Some filters scan the whole sentence for a few words, once for every
// trigger and several times for each ("investigators concluded that",
// "analysts say"): the sentence's words never change once read (newSent
// sets st.low once), so the positions of those words are found once a
// sentence and the filters visit only them, in the same order (perf22).

// wordPlaces holds the positions, ascending, of the words of one set in a
// sentence, once read.
type wordPlaces struct {
	read bool
	at   []int
}

// of returns the positions of the words of set in low, reading them on
// the first call.
func (wp *wordPlaces) of(low []string, set func(string) bool) []int {
	if !wp.read {
		wp.read = true
		for k, w := range low {
			if set(w) {
				wp.at = append(wp.at, k)
			}
		}
	}
	return wp.at
}

// findingPlaces returns the positions of the words findingFrame reads:
// finding verbs and inquiry nouns.
func (st *sent) findingPlaces() []int {
	return st.findings.of(st.low, func(w string) bool { return findingVerbs.has(w) || inquiryNouns.has(w) })
}

// commentatorPlaces returns the positions of commentator nouns.
func (st *sent) commentatorPlaces() []int {
	return st.commentators.of(st.low, func(w string) bool { return commentatorNouns.has(w) })
}
