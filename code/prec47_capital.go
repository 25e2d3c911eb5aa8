package code

import "strings"

// prec47CapitalAimed reports whether the word at k, right before "the"
// and a demonym and "capital" (which ends at end), puts an attack or a
// move on that capital: "air strikes [on] the Afghan capital", "drones
// [struck] the Ukrainian capital", "rebels [shelled] the Sudanese capital
// overnight". A verb before it counts only when the capital is its object,
// not the subject of a clause of its own ("said the Afghan capital was
// calm").
func prec47CapitalAimed(st *sent, k, end int) bool {
	if k < 0 {
		return false
	}
	switch st.low[k] {
	case "on", "upon", "against":
		return true
	}
	switch st.toks[k].tag {
	case "VBD", "VBZ", "VBP", "VBG":
	default:
		return false
	}
	if speechVerbs.has(st.low[k]) {
		return false
	}
	if end < len(st.toks) {
		if t := st.toks[end].tag; strings.HasPrefix(t, "VB") || t == "MD" {
			return false
		}
	}
	return true
}
