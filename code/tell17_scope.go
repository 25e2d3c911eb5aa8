package code

// Status over clause scope: how far a negation, a condition or an announced
// future reaches.

// baseAux are the auxiliaries that take a verb's bare form: "would not
// resign", "did not attend". A past form joined after them by "and"
// cannot share them.
var baseAux = filtered(wordSet("would", "will", "could", "can", "should", "shall", "may", "might", "must", "did", "does", "do", "wo", "ca"))

// ownConjunct reports whether the trigger at i opens a predicate of its
// own, joined by "and" or "but" to the one the negation at neg belongs
// to: "said he would not resign and accused the envoys of plotting" —
// "accused" is past, so it cannot share the bare-form "would"; "did not
// meet and agree" keeps both verbs under the negation. A negation inside
// a relative aside, or a "without" whose phrase a conjunction closes, does
// not reach the trigger either (negationOutOfReach).
func ownConjunct(st *sent, neg, i int) bool {
	return neg >= 1 && pastAfterAux(st, neg-1, i) || negationOutOfReach(st, neg, i) || toll41NegationInRelative(st, neg, i) || prec49FreshModal(st, neg, i) || tell43ReportConjunct(st, neg, i)
}

// pastAfterAux reports whether the trigger at i is a past or present
// verb joined by "and" or "but" after a predicate led by the bare-form
// auxiliary at aux: "would not resign and accused", "could stay and
// condemned". Such a verb cannot share the auxiliary, nor its negation
// or its condition.
func pastAfterAux(st *sent, aux, i int) bool {
	if aux < 0 || !baseAux.has(st.low[aux]) {
		return false
	}
	switch st.toks[i].tag {
	case "VBD", "VBN", "VBZ":
	default:
		return false
	}
	k := i - 1
	if k > aux && st.toks[k].tag == "RB" {
		k--
	}
	return k > aux+1 && (st.low[k] == "and" || st.low[k] == "but")
}

// passivePlan reports whether the trigger at i is a passive participle
// after "would be" or "will be" that a report verb before it announces,
// on no condition: "the minister said soldiers would be sent to the
// border", "officials said the prisoners will be freed on Monday". A
// speaker's word on what is to be done is a plan; with no report verb
// ("the truce would be tested") it stays a guess.
func passivePlan(st *sent, i int) bool {
	if i < 2 || st.toks[i].tag != "VBN" || st.low[i-1] != "be" || st.low[i-2] != "would" && st.low[i-2] != "will" {
		return false
	}
	for _, w := range st.low {
		if w == "if" || w == "unless" {
			return false
		}
	}
	for v := i - 3; v >= 0 && v >= i-10; v-- {
		if st.low[v] == "," || frameBreaks.has(st.low[v]) {
			return false
		}
		switch st.low[v] {
		case "said", "says", "announced", "confirmed", "told", "stated", "added":
			return true
		}
	}
	return false
}
