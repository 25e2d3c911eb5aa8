package code

// Stances held now: a position told in the present is no act.

import "strings"

// standingStance reports whether the non-violent verb trigger cd tells a
// position held now rather than an act: the negated simple present ("the
// junta, which does not recognise the court,", "noting that Moscow does
// not recognise the tribunal") or the simple present with "now" ("only a
// dozen states now recognise Taipei"). A stance is the state of things;
// the act that made it, or a change to it, is told with a past or a
// future ("recognised on Friday", "will recognise").
func standingStance(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || cd.e.has(flagViolent) {
		return false
	}
	k := cd.i - 1
	for k >= 0 && st.toks[k].tag == "RB" && st.low[k] != "not" && st.low[k] != "n't" && st.low[k] != "now" {
		k-- // "does not formally recognise"
	}
	if k < 0 {
		return false
	}
	switch t := st.toks[cd.i].tag; {
	case t == "VB":
		return k >= 1 && (st.low[k] == "not" || st.low[k] == "n't") && presentDo.has(st.low[k-1])
	case t == "VBP" || t == "VBZ":
		return st.low[k] == "now" && !strings.HasSuffix(st.low[cd.i], "ed")
	}
	return false
}

// presentDo carries a negated simple present: "does not recognise".
var presentDo = filtered(wordSet("does", "do"))
