package code

import "strings"

// A refusal or a threat whose form opens with the negation (issue 3,
// status readings): "said he would not bow to pressure", "will never give
// in to the strikers", "did not rule out the use of force". The negation
// is the act the form codes, a demand turned down (CAMEO 12) or force
// held over a rival (CAMEO 13), made now: the event is reported, not
// negated, as "refused to bow to" is. A form that negates an act of its
// own ("did not fire on") stays negated.

// tell41NegationIsTheAct reports whether the entry e, whose form opens
// with "not" or "never", codes the refusal or threat that negation makes.
func tell41NegationIsTheAct(e *entry) bool {
	return strings.HasPrefix(e.cameo, "12") || strings.HasPrefix(e.cameo, "13")
}

// tell41RefusalNow reports whether cd, a refusal or threat whose form
// opens with the negation after "would" or "will" ("said he would not bow
// to pressure", "will never give in to", "would not rule out force"), is
// made now: no condition follows it ("would not bow to them if …" waits
// on one).
func tell41RefusalNow(st *sent, cd *candidate) bool {
	if !tell41NegationIsTheAct(cd.e) || cd.i == 0 || prec52ConditionAfter(st, cd.j) {
		return false
	}
	switch st.low[cd.i] {
	case "not", "never", "n't":
	default:
		return false
	}
	switch st.low[cd.i-1] {
	case "would", "will", "shall", "'ll", "wo":
		return true
	}
	return false
}
