package code

// gsr31WaitingClause reports whether the clause before the condition
// opener k tells what is still to come: a future or conditional modal
// ("will boycott the vote unless the president steps down", "would strike
// if the minister resigns") or a word of readiness before k. The act the
// condition names has not happened even when the waiting clause coded no
// event of its own (its doer unnamed, "the party said it will …"), so
// conditionVerbAtPrec37 may drop it without an event before k.
func gsr31WaitingClause(st *sent, k int) bool {
	for n := k - 1; n >= 0 && n >= k-20; n-- {
		w := st.low[n]
		if w == ";" || quoteMark(w) {
			return false
		}
		if readyWordsPrec37.has(w) || st.toks[n].tag == "MD" && gsr31FutureModals.has(w) {
			return true
		}
	}
	return false
}

// gsr31FutureModals put the clause that waits on a condition ahead in
// time: "will", "would", "shall" and their short forms.
var gsr31FutureModals = filtered(wordSet("will", "would", "'ll", "wo", "shall"))
