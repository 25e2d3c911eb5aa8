package code

import "strings"

// tell43: a negation inside a reported clause does not reach a verb joined
// by "and" to the report itself.

// tell43ReportConjunct reports whether the trigger at i belongs to a
// predicate joined by "and" or "but" to the report verb that governs the
// negation at neg, not to the negated clause it reports: "the government
// said troops had not fired a single shot and blamed the protesters", "the
// bloc said it had not been notified and remained committed to talks". The
// reported clause has a subject of its own after the report verb, its
// negated predicate runs at least two words, and the joined verb is a past
// or present form heading a predicate of its own, the trigger within it.
func tell43ReportConjunct(st *sent, neg, i int) bool {
	if neg < 1 || neg >= i || !finiteAux.has(st.low[neg-1]) {
		return false
	}
	if !prec49ReportedSubject(st, neg-1) && !tell43NounSubject(st, neg-1) {
		return false
	}
	conj := -1
	for k := neg + 3; k < i; k++ {
		switch st.low[k] {
		case "and", "but":
			conj = k
		case ";", ":", "if", "unless", "because", "after", "when", "while":
			return false
		}
	}
	if conj < 0 {
		return false
	}
	h := conj + 1
	if h < i && st.toks[h].tag == "RB" {
		h++
	}
	if h > i || i-h > 3 {
		return false
	}
	switch st.toks[h].tag {
	case "VBD", "VBZ":
		return true
	case "VBN", "JJ":
		// The tagger takes "and accused opposition leaders" for an
		// adjective; a trigger read as a verb there is one.
		return h == i && strings.HasSuffix(st.low[h], "ed")
	}
	return false
}

// tell43NounSubject reports whether a report verb a few words before the
// auxiliary at aux opens a clause whose subject is a plain noun phrase:
// "said the town was not …", "said its soldiers had not …".
func tell43NounSubject(st *sent, aux int) bool {
	r := governingReport(st, aux)
	if r < 0 || st.low[r] == "according" || aux-r < 2 || aux-r > 6 {
		return false
	}
	noun := false
	for k := r + 1; k < aux; k++ {
		switch t := st.toks[k].tag; {
		case strings.HasPrefix(t, "NN") || t == "PRP":
			noun = true
		case strings.HasPrefix(t, "VB") || st.low[k] == ",":
			return false
		}
	}
	return noun
}
