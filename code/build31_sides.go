package code

// Two-sided verbs whose subject stands for the article's two sides
// unnamed: "The two sides also agreed to …", "both sides had accepted a
// truce", "The two countries' border commissions will meet again".

// sidesSubject reports whether the subject of the two-sided verb at i
// stands for two sides the story has named: people of both
// ("Engineers from both countries will meet"), the sides themselves
// ("The two sides also agreed", "both governments accepted"), or a body
// of each ("the two countries' experts are due to meet").
func sidesSubject(st *sent, i int) bool {
	return sidesPeopleBefore(st, i) || bareSidesBefore(st, i) || sidesBodiesBefore(st, i) || x63BareTwoBefore(st, i)
}

// bareSidesBefore reports whether "both" or "two" and a noun of sides
// stand right before the verb at i, with only modals, adverbs and
// auxiliaries between: "The two sides also agreed", "both sides had
// accepted".
func bareSidesBefore(st *sent, i int) bool {
	k := skipAuxiliaries(st, i-1)
	return k >= 1 && sideNouns.has(st.low[k]) && (st.low[k-1] == "both" || st.low[k-1] == "two")
}

// sidesBodiesBefore reports whether a body of each of the two sides,
// "the two countries'" or "both sides'" and a plural noun, stands right
// before the verb at i: "The two countries' border commissions are due
// to meet".
func sidesBodiesBefore(st *sent, i int) bool {
	k := skipAuxiliaries(st, i-1)
	if k < 0 || st.toks[k].tag != "NNS" && st.toks[k].tag != "NNPS" {
		return false
	}
	// A noun or two qualifying the head: "border commissions".
	for n := 0; n < 2 && k >= 3 && st.low[k-1] != "'" && st.low[k-1] != "'s"; n++ {
		k--
	}
	if k < 3 || st.low[k-1] != "'" && st.low[k-1] != "'s" {
		return false
	}
	return sideNouns.has(st.low[k-2]) && (st.low[k-3] == "both" || st.low[k-3] == "two")
}

// beWords are the forms of "be" before a planned act ("are due to meet",
// "were to meet").
var beWords = filtered(wordSet("is", "are", "was", "were", "be"))

// skipAuxiliaries returns the first token at or before k that is no
// modal, adverb, auxiliary or "due to" of a planned act ("are due to").
func skipAuxiliaries(st *sent, k int) int {
	for k >= 0 {
		switch {
		case st.toks[k].tag == "MD" || st.toks[k].tag == "RB" || haveWords.has(st.low[k]) || sideAuxiliaries.has(st.low[k]) || beWords.has(st.low[k]):
			k--
		case st.low[k] == "to" && k >= 1 && st.low[k-1] == "due":
			k -= 2
		default:
			return k
		}
	}
	return k
}
