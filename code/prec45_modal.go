package code

// A modal shared by two verbs (issue 3, type): "said it would withdraw its
// diplomats and end all aid projects", "Kenya will reopen the border and
// release the trucks". The second verb, joined by "and" in its bare form,
// is as planned as the first: the modal governs both.

// prec45SharedModal reports whether the bare verb at i follows "and" in a
// clause whose earlier verb a future modal governs ("will", "shall", or
// "would" reporting a plan), with no negation after the modal.
func prec45SharedModal(st *sent, i int) bool {
	if i < 2 || st.low[i-1] != "and" || st.toks[i].tag != "VB" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-14 && st.clause[k] == st.clause[i]; k-- {
		w := st.low[k]
		if w == "." || w == ";" || w == ":" {
			return false
		}
		if w != "will" && w != "shall" && w != "would" && w != "'ll" {
			continue
		}
		if k+1 < len(st.low) && (st.low[k+1] == "not" || st.low[k+1] == "never" || st.low[k+1] == "n't") {
			return false
		}
		return w != "would" || reportedFuture(st, k)
	}
	return false
}
