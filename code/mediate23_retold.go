package code

import "github.com/truce-project/truce"

// retoldTalks are what a go-between's part told again bears on: "which
// hosted the talks", "who helped mediate the meeting".
var retoldTalks = filtered(wordSet("talks", "meeting", "meetings", "negotiations", "deal", "accord", "agreement", "dialogue", "swap", "exchange", "ceasefire", "truce"))

// retoldBrokerage reports whether the talks trigger of cd is a
// go-between's part in talks already told, set in a relative clause on
// the go-between: in "Norway, which hosted the talks, praised both
// sides" and "a UN official who helped mediate the meeting said" the
// news is what the go-between says, and its part is the deal's broker
// (see laterBrokers), not new talks.
func retoldBrokerage(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Consult {
		return false
	}
	k := cd.i - 1
	for k >= 0 && (brokerAuxiliaries.has(st.low[k]) || st.low[k] == "helped" || st.low[k] == "to") {
		k--
	}
	if k < 1 || st.low[k] != "which" && st.low[k] != "who" {
		return false
	}
	for n := cd.i + 1; n+1 < len(st.low) && n <= cd.j; n++ {
		if st.low[n] == "the" && retoldTalks.has(st.low[n+1]) {
			return true
		}
	}
	return false
}
