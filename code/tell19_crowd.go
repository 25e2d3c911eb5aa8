package code

// bareCrowdSubject reports whether the verb at i has for its subject a
// bare crowd count opening its clause: "Hundreds later marched",
// "Thousands then rallied", "Tens of thousands also protested".
func bareCrowdSubject(st *sent, i int) bool {
	k := i - 1
	for k >= 0 && (st.toks[k].tag == "RB" || st.low[k] == "had" || st.low[k] == "have") {
		k--
	}
	if k < 0 || !crowdCounts.has(st.low[k]) {
		return false
	}
	// "Tens of thousands": the count may be one of another.
	if k >= 2 && st.low[k-1] == "of" && crowdCounts.has(st.low[k-2]) {
		k -= 2
	}
	return k == 0 || st.low[k-1] == "," || st.low[k-1] == "and" || st.low[k-1] == "as" || st.low[k-1] == "while" || st.low[k-1] == "when" || st.low[k-1] == ";"
}

// crowdCounts are the counts that stand for a crowd on their own.
var crowdCounts = filtered(wordSet("hundreds", "thousands", "tens", "dozens", "scores", "crowds"))
