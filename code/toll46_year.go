package code

import "strings"

// toll46InYear reports whether a toll is dated by a year alone, right
// after its count or its toll word: "whose fighters killed 30 soldiers
// [in 2019]", "12 people were killed [in March 2021]". News dates its own
// events by day; a toll set in a year is an earlier event or a tally, not
// the toll of the act the sentence tells. end is the token after the
// count, k the toll word after it or -1.
func toll46InYear(st *sent, end, k int) bool {
	n := end
	if k >= end {
		n = k + 1
	}
	for stop := n + 4; n < len(st.low) && n < stop; n++ {
		if t := st.toks[n].tag; !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") || months.has(st.toks[n].text) {
			break
		}
	}
	if n+1 >= len(st.low) || st.low[n] != "in" && st.low[n] != "during" {
		return false
	}
	n++
	if months.has(st.toks[n].text) {
		n++
	}
	return n < len(st.low) && isYear(st.toks[n].text)
}
