package code

import "strings"

// mode48DatedThreat reports whether a threat verb is followed, past a
// date or an adverb, by the act it threatens: "the Houthis have
// threatened on Monday to resume attacks", "the union threatened again
// this week to strike". threatToAct reads the verb followed at once by
// "to".
func mode48DatedThreat(st *sent, cd *candidate) bool {
	if !strings.HasPrefix(st.low[cd.i], "threaten") {
		return false
	}
	k := mode48PastAdjuncts(st, cd.j)
	return k > cd.j && k+1 < len(st.low) && st.low[k] == "to" && st.toks[k+1].tag == "VB"
}

// mode48PastAdjuncts returns the first token from k past the dates and
// adverbs that stand between a verb and its complement: "on Monday",
// "late on Friday", "again", "this week".
func mode48PastAdjuncts(st *sent, k int) int {
	for n := 0; k < len(st.low) && n < 4; n++ {
		if e := dateEndAt(st, k); e >= k {
			k = e + 1
			continue
		}
		if w := st.low[k]; st.toks[k].tag == "RB" || w == "on" || w == "late" || w == "early" {
			if e := dateEndAt(st, k+1); w == "on" && e < 0 {
				return k
			}
			k++
			continue
		}
		return k
	}
	return k
}
