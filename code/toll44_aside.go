package code

// Issue 3, round toll44: a toll told in a relative clause whose count has
// an aside on who was among the dead: "two nights of rioting in which
// four people, among them a gendarme, were killed", "clashes during which
// nine people, two of them children, died". The aside is no clause break:
// the killing is still the toll of what the relative clause hangs on.

// toll44PastAside reports, for the comma at k before the toll verb at i,
// whether it closes an aside naming some of the people counted before
// it, and the words before the aside open a toll relative ("in which",
// "during which") within a few tokens.
func toll44PastAside(st *sent, k, i int) bool {
	o := toll44AsideOpen(st, k)
	if o < 0 {
		return false
	}
	for n := o - 1; n >= 1 && n >= o-6; n-- {
		if st.low[n] == "which" && (st.low[n-1] == "in" || st.low[n-1] == "during") {
			return true
		}
		if clauseBreaks.has(st.low[n]) || st.low[n] == "," {
			return false
		}
	}
	return false
}

// toll44AsideOpen returns the comma that opens an aside closed by the
// comma at k, when the aside names part of the people before it (",
// among them a gendarme,", ", including two nurses,", ", three of them
// children,"); else -1.
func toll44AsideOpen(st *sent, k int) int {
	for o := k - 2; o >= 1 && o >= k-8; o-- {
		switch st.low[o] {
		case ",":
			a := o + 1
			switch {
			case st.low[a] == "including":
			case a+1 < k && st.low[a] == "among" && (st.low[a+1] == "them" || st.low[a+1] == "whom"):
			case a+2 < k && st.low[a+1] == "of" && st.low[a+2] == "them" && (isFigureOrWord(st.low[a]) || st.low[a] == "most" || st.low[a] == "all" || st.low[a] == "many"):
			default:
				return -1
			}
			return o
		case ";", ".", "and", "or", "which", "who":
			return -1
		}
	}
	return -1
}
