package code

import "strings"

// shortOf are the words that, with "to" right before a trigger, say the
// act did not happen: "failed to reach a deal", "has yet to sign the
// accord".
var shortOf = filtered(wordSet("failed", "fail", "fails", "yet"))

// fellShort reports whether the trigger at i is an act its clause says
// fell short: "the two sides failed to reach a deal", "Kyiv has yet to
// sign the accord". The cue governs the trigger itself or the noun its
// verb takes ("to reach a deal"), so "failed to stop the attack" leaves
// the attack told: "stop" is no verb that only brings its object about.
func fellShort(st *sent, i int) bool {
	k := i - 1
	for k >= 0 && (st.toks[k].tag == "DT" || strings.HasPrefix(st.toks[k].tag, "JJ") || st.toks[k].tag == "PRP$") {
		k--
	}
	if k < i-1 && k >= 0 && reachVerbs.has(st.low[k]) {
		k--
	}
	return k >= 1 && st.low[k] == "to" && shortOf.has(st.low[k-1])
}

// reachVerbs bring about the event their object names: "reach a deal",
// "hold talks", "sign an accord".
var reachVerbs = filtered(wordSet("reach", "hold", "sign", "strike", "secure", "agree", "conclude", "finalise", "finalize", "seal", "broker", "make"))
