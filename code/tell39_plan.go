package code

// tell39CoordinatedPlan reports whether the trigger at i is a bare verb
// joined by "and" or "or" to a verb a future governs earlier in its
// clause: "said it would recall its ambassador and expel the envoy",
// "will bring its ambassador home and pull its troops out", "is to free
// 33 hostages and hand over the bodies". The second verb shares the
// first one's future, and is planned as it is. A past form after "and"
// ("would recall its envoy, and expelled …") tells what was done. So is
// the means of a planned answer: "would respond by suspending gas sales".
func tell39CoordinatedPlan(st *sent, i int) bool {
	if i < 2 {
		return false
	}
	// "said it would respond by suspending electricity sales": the means
	// of a planned answer is planned with it.
	if st.toks[i].tag == "VBG" && st.low[i-1] == "by" {
		return i >= 3 && st.toks[i-2].tag == "VB" && (st.low[i-3] == "will" || st.low[i-3] == "would" && reportedFuture(st, i-3))
	}
	if st.toks[i].tag != "VB" || st.low[i-1] != "and" && st.low[i-1] != "or" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-14 && st.clause[k] == st.clause[i]; k-- {
		if st.low[k] == "," || st.low[k] == ";" || quoteMark(st.low[k]) {
			return false
		}
		if k+1 >= len(st.toks) || st.toks[k+1].tag != "VB" {
			continue
		}
		switch w := st.low[k]; {
		case w == "will" || w == "shall" || w == "'ll":
			return true
		case w == "would" && reportedFuture(st, k):
			return true
		case w == "to" && k > 0 && (futureTo.has(st.low[k-1]) || st.low[k-1] == "is" || st.low[k-1] == "are"):
			return true
		}
	}
	return false
}
