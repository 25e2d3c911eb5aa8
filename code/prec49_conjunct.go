package code

// Stated intentions joined by "and" (issue 3, clause readings): "said it
// would expel the envoys and would close the consulate", "said it was
// cutting ties and would recognise Beijing", "would not disarm and would
// keep fighting". The second predicate is told as the first is: a plan
// the report states, not a guess.

import "strings"

// prec49ConjoinedFuture reports whether the "would" at k opens a predicate
// joined by "and" or "but" to an earlier one that a report governs:
// "Moscow said it would expel two diplomats and would close the
// consulate", "Nauru said it was cutting ties with Taiwan and would
// recognise Beijing". A condition anywhere in the sentence ("if",
// "unless") leaves the plan a guess, and "would not" is a refusal made
// now, as reportedFuture reads it.
func prec49ConjoinedFuture(st *sent, k int) bool {
	if k < 2 || st.low[k] != "would" || k+1 >= len(st.low) || prec49Conditioned(st) {
		return false
	}
	if st.low[k+1] == "not" || st.low[k+1] == "never" || st.low[k-1] != "and" && st.low[k-1] != "but" {
		return false
	}
	for n := k - 2; n >= 1 && n >= k-15; n-- {
		switch st.low[n] {
		case ";", "because":
			return false
		case "would":
			return prec49ReportedModal(st, n)
		}
		if st.low[n] == "that" {
			break
		}
	}
	// A first predicate of another tense, under the same report and
	// subject.
	return prec49ReportedSubject(st, k)
}

// prec49ReportedModal reports whether the "would" at n is the future of a
// report, refused ("Hezbollah said it would not disarm") or not ("said it
// would expel").
func prec49ReportedModal(st *sent, n int) bool {
	if reportedFuture(st, n) {
		return true
	}
	if n+1 >= len(st.low) || st.low[n+1] != "not" && st.low[n+1] != "never" {
		return false
	}
	r := governingReport(st, n)
	return r >= 0 && st.low[r] != "according" && n-r <= 10
}

// prec49Conditioned reports whether a condition ("if", "unless") stands
// anywhere in the sentence.
func prec49Conditioned(st *sent) bool {
	for _, w := range st.low {
		if w == "if" || w == "unless" {
			return true
		}
	}
	return false
}

// prec49FreshModal reports whether a modal of its own, after "and" or
// "but", stands between the negation at neg and the trigger at i: "would
// not disarm and would keep attacking", "will not resign but will call a
// vote". The negation stays with its own predicate.
func prec49FreshModal(st *sent, neg, i int) bool {
	if neg >= i {
		return false
	}
	m := i
	if m > neg+2 && !baseAux.has(st.low[m]) && st.toks[m-1].tag == "RB" {
		m--
	}
	if !baseAux.has(st.low[m]) {
		m--
	}
	return m > neg+1 && baseAux.has(st.low[m]) && (st.low[m-1] == "and" || st.low[m-1] == "but")
}

// prec49ReportedSubject reports whether a report verb governs the token at
// k and its complement opens, within a few words, with a pronoun or an
// actor as subject: "Nauru said on Monday it was cutting ties …".
func prec49ReportedSubject(st *sent, k int) bool {
	r := governingReport(st, k)
	if r < 0 || st.low[r] == "according" || k-r > 20 {
		return false
	}
	for n := r + 1; n < k && n <= r+5; n++ {
		switch st.low[n] {
		case "it", "they", "he", "she", "we":
			return true
		}
		if m := st.mentionAt(n); m != nil && !m.place {
			return true
		}
	}
	return false
}

// prec49ModalConjunctSubject returns the subject of the earlier predicate
// when the trigger at i opens a predicate of its own modal joined by "and"
// or "but" to one led by a modal before it: in "Ghana said it would free
// the detained traders and would reopen the crossing" the reopening is
// Ghana's, not the traders'. It returns nil when the trigger has no such
// modal, or the earlier predicate no subject.
func (st *sent) prec49ModalConjunctSubject(i int) []*mention {
	m := i
	for n := 0; n < 2 && m > 0 && !baseAux.has(st.low[m]) && (st.toks[m-1].tag == "RB" || baseAux.has(st.low[m-1])); n++ {
		m--
	}
	if m < 3 || !baseAux.has(st.low[m]) || st.low[m-1] != "and" && st.low[m-1] != "but" {
		return nil
	}
	for n := m - 2; n >= 1 && n >= m-15 && st.clause[n] == st.clause[m]; n-- {
		if st.low[n] == ";" {
			return nil
		}
		if !baseAux.has(st.low[n]) {
			continue
		}
		v := n + 1
		for v < m-2 && (st.low[v] == "not" || st.low[v] == "never" || st.toks[v].tag == "RB") {
			v++
		}
		if !strings.HasPrefix(st.toks[v].tag, "VB") {
			return nil
		}
		return st.subject(v)
	}
	return nil
}

// reportedOrJoinedFuture reports whether the "would" at k states a plan:
// the future of a report ("said it would expel") or a second "and would"
// joined to one.
func reportedOrJoinedFuture(st *sent, k int) bool {
	return reportedFuture(st, k) || prec49ConjoinedFuture(st, k) || prec69SecondThatFuture(st, k)
}
