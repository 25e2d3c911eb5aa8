package code

import "strings"

// listedSelfProtest reports whether a protest trigger's sources are a
// list of forces that is its own subject: "police, soldiers and prison
// guards walked off the job over a pay cut" is armed men striking, as
// "police officers went on strike" is (see selfProtest), though commas
// part the list from its first name.
func listedSelfProtest(st *sent, cd *candidate) bool {
	if len(cd.src) < 2 {
		return false
	}
	first, last := cd.src[0], cd.src[len(cd.src)-1]
	if last.j > cd.i || st.clause[first.i] != st.clause[cd.i] {
		return false
	}
	// The words between the names only join them.
	for k := first.j; k < last.i; k++ {
		if st.mentionAt(k) == nil && st.low[k] != "," && st.low[k] != "and" {
			return false
		}
	}
	for k := last.j; k < cd.i; k++ {
		if strings.HasPrefix(st.toks[k].tag, "VB") || st.low[k] == "," {
			return false
		}
	}
	return true
}
