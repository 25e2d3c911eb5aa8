package code

// A march "through" or "on" a town, also with an adverb between the verb
// and the preposition.

// marchedOn reports whether token k is an "on" or "through" that a march
// verb governs, right after it or past one adverb: "marched through
// Zenda", "marched silently through Zenda", "converged peacefully on
// the capital" were in the town.
func marchedOn(st *sent, k int) bool {
	if w := st.low[k]; w != "on" && w != "through" || k < 1 {
		return false
	}
	if marchVerbs.has(st.low[k-1]) {
		return true
	}
	return k > 1 && st.toks[k-1].tag == "RB" && marchVerbs.has(st.low[k-2])
}
