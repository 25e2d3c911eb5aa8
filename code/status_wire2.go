package code

// Second-round status constructions from blind wire copy: a negation
// inside a condition, and a decision of both parties told by one.

// negatedCondition reports whether the negation at k lies in a clause
// that "if" or "unless" opens: in "would resume attacks if the blockade
// was not lifted" the lifting is the condition of a threat, neither done
// nor refused.
func negatedCondition(st *sent, k int) bool {
	for n := k - 1; n >= 0 && n >= k-10 && st.clause[n] == st.clause[k] && !quoteMark(st.low[n]); n-- {
		switch st.low[n] {
		case "if", "unless":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// jointNouns name the parties to a pact together: "the two sides",
// "both countries".
var jointNouns = filtered(wordSet("sides", "parties", "countries", "governments", "nations", "leaders", "delegations"))

// jointVerbs are what a party to a pact announces the parties together
// resolved.
var jointVerbs = filtered(wordSet("agreed", "decided", "resolved", "pledged", "committed", "signed"))

// jointDecision reports whether the trigger at i is a decision the
// reported clause gives to both parties together: "Japarov said the two
// sides had also agreed to reopen checkpoints". A party telling what it
// and the other side resolved accuses no one.
func jointDecision(st *sent, i int) bool {
	if !jointVerbs.has(st.low[i]) {
		return false
	}
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if jointNouns.has(st.low[k]) && (st.low[k-1] == "two" || st.low[k-1] == "both") {
			return true
		}
	}
	return false
}
