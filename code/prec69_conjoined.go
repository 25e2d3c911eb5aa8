package code

// Status over clause scope (prec69): what an "until" or an "as long as"
// waits for does not reach a past verb joined after it by a comma (or a
// closing quote) and "and": in "said the border would stay shut until the
// work stopped, and sent extra troops to the frontier" the deployment is
// told as done, a second predicate of the report's subject.

// prec69JoinedPastAfter reports whether the trigger at i is a simple past
// verb that ", and" or '" and' (or "but") joins after the condition or
// awaited clause opened at k.
func prec69JoinedPastAfter(st *sent, k, i int) bool {
	if i < 3 || k >= i-2 || st.toks[i].tag != "VBD" {
		return false
	}
	if st.low[i-1] != "and" && st.low[i-1] != "but" {
		return false
	}
	return st.low[i-2] == "," || quoteMark(st.low[i-2])
}

// prec69SecondThatFuture reports whether the "would" or "will" at k opens
// the predicate of a second "that" clause of a report verb told earlier:
// "said the envoys had a week to leave, and that Britain would suspend all
// contacts with Moscow", "said …, and that Berlin would consult its
// allies". The report verb is far back, but the ", and that" hands the
// clause to it as surely as a "that" right after it: the speaker's word
// on what its side will do is a stated plan.
func prec69SecondThatFuture(st *sent, k int) bool {
	if k < 4 || k+1 < len(st.low) && (st.low[k+1] == "not" || st.low[k+1] == "never") {
		return false
	}
	for _, w := range st.low {
		if w == "if" || w == "unless" {
			return false
		}
	}
	s := k - 1
	switch st.low[s] {
	case "they", "it", "he", "she", "we":
	default:
		m := st.mentionAt(s)
		if m == nil || m.place || m.kind == "sector" {
			return false
		}
		s = m.i
	}
	if s < 3 || st.low[s-1] != "that" || st.low[s-2] != "and" || st.low[s-3] != "," {
		return false
	}
	for v := s - 4; v >= 0; v-- {
		switch st.low[v] {
		case "said", "says", "announced", "told", "stated", "added":
			return true
		}
	}
	return false
}
