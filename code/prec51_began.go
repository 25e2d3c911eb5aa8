package code

// The start of unrest told again after the lead: "The protests began on
// Sunday in the oil town", "The first protest broke out in a town south
// of the capital", "The fighting erupted over a land dispute". The
// definite noun points back to the unrest the story has told; the
// sentence says when or where it started, which is no new act. Its other
// clauses ("…began when workers walked off the job") still code.

import "time"

// prec51StartVerbs tell unrest starting; "broke" counts with its "out"
// and "flared" with or without "up".
var prec51StartVerbs = filtered(wordSet("began", "begun", "erupted", "started", "flared", "broke"))

// retoldStartPrec51 reports whether the noun trigger cd, after the lead,
// opens its sentence as "the" or "the first" and a noun that a verb of
// starting follows at once: "The protests began …", "The first protest
// broke out …", "The clashes had erupted …".
func retoldStartPrec51(st *sent, cd *candidate, _ time.Time) bool {
	if st.s.Index == 0 || cd.e.pos != 'N' && !nounTagged(st, cd.i) {
		return false
	}
	k := cd.i - 1
	if k >= 1 && (st.low[k] == "first" || st.low[k] == "initial") {
		k--
	}
	if k != 0 || st.low[k] != "the" {
		return false
	}
	v := cd.j
	if v < len(st.low) && (st.low[v] == "had" || st.low[v] == "have" || st.low[v] == "has") {
		v++
	}
	if v >= len(st.low) || !prec51StartVerbs.has(st.low[v]) {
		return false
	}
	return st.low[v] != "broke" || v+1 < len(st.low) && st.low[v+1] == "out"
}
