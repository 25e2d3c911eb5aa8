package code

import "strings"

// thatReportVerbs report what follows them when a "that" clause does:
// "the rebels alleged on Monday that troops had gassed their positions",
// "Israel disclosed that the two had met". Without one they are mostly
// adjectives ("the alleged plot") or tell of something else ("revealed
// a new drone"), so they stay out of reportVerbs, which roles read too.
var thatReportVerbs = filtered(wordSet("alleged", "alleges", "allege", "charged", "charges",
	"disclosed", "discloses", "revealed", "reveals"))

// allegations are the verbs whose report is a charge the speaker makes,
// not yet borne out: what the rebels "alleged" troops had done is alleged.
var allegations = filtered(wordSet("alleged", "alleges", "allege", "charged", "charges"))

// chargedIn reports whether the trigger at i lies in the "that" clause of
// an allegation at k ("alleged that troops had used gas"), not in a second
// act of the speaker's joined after a comma ("…, and released footage").
func chargedIn(st *sent, k, i int) bool {
	if !allegations.has(st.low[k]) || i-k > 20 {
		return false
	}
	for n := k + 1; n+1 < i; n++ {
		if st.low[n] == "," && (st.low[n+1] == "and" || st.low[n+1] == "but") {
			return false
		}
	}
	return true
}

// chargeVerb reports whether token k is one of thatReportVerbs used as a
// verb: not after an article or a possessive ("Rabat's alleged role")
// and not before a noun it qualifies ("the alleged plot that …").
func chargeVerb(st *sent, k int) bool {
	if !thatReportVerbs.has(st.low[k]) {
		return false
	}
	if k > 0 {
		if p := st.toks[k-1].tag; p == "DT" || p == "POS" || p == "PRP$" || st.low[k-1] == "'s" {
			return false
		}
	}
	return k+1 < len(st.toks) && !strings.HasPrefix(st.toks[k+1].tag, "NN") && !strings.HasPrefix(st.toks[k+1].tag, "JJ")
}
