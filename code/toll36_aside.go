package code

// An aside on who was among the dead before the list goes on: "killing
// four farmers, two of them women, and a teacher" is five dead, "six
// traders, among them a child, and two police officers" eight. The aside
// names some of the people already counted, so the count skips it and
// adds what follows "and".

// partAsideEnd returns, for a comma at token k that opens an aside naming
// part of the people just counted ("two of them women", "among them a
// child", "including a pastor") and closes with a comma before "and", the
// closing comma; else k.
func partAsideEnd(st *sent, k int) int {
	if k+2 >= len(st.low) || st.low[k] != "," {
		return k
	}
	a := k + 1
	switch {
	case st.low[a] == "among" && st.low[a+1] == "them", st.low[a] == "including":
	case a+2 < len(st.low) && st.low[a+1] == "of" && st.low[a+2] == "them" && (isFigureOrWord(st.low[a]) || st.low[a] == "most" || st.low[a] == "all" || st.low[a] == "many"):
	default:
		return k
	}
	for e := a + 2; e < len(st.low) && e <= a+8; e++ {
		switch st.low[e] {
		case ",":
			if e+1 < len(st.low) && st.low[e+1] == "and" {
				return e
			}
			return k
		case "and", "or", ";", ".":
			return k
		}
		if t := st.toks[e].tag; t == "MD" || t == "VBD" || t == "VBZ" || t == "VBP" {
			return k
		}
	}
	return k
}
