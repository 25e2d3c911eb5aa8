package code

import "github.com/truce-project/truce"

// conditionActPrec35 reports whether cd is an act of cooperation (quad 1
// or 3) left hypothetical because its trigger lies inside the condition a
// clause waits on, not in the clause that waits: "would reimpose the
// measures if the government did not lift the ban", "will keep up
// pressure until the minister steps down", "the deal takes effect once
// the curbs are lifted", "would strike again if talks failed". What the
// condition names has not happened; the threat or demand around it is the
// news. Hypothetical acts of force are dropped when built (statusOf).
func conditionActPrec35(st *sent, _, _ []*candidate, cd *candidate) bool {
	ev := &cd.ev
	if ev.Status != truce.StatusHypothetical || ev.Quad != 1 && ev.Quad != 3 {
		return false
	}
	for k := cd.i - 1; k > 0 && k >= cd.i-14 && st.clause[k] == st.clause[cd.i] && !quoteMark(st.low[k]); k-- {
		switch st.low[k] {
		case "if", "unless":
			return true
		case "until", "till":
			// "until the minister steps down", not "until 3 a.m." or
			// "until Monday": a clause follows, led by a determiner or
			// a name, and the trigger is its verb.
			return clauseOpensPrec35(st, k)
		case "once":
			// "once the curbs are lifted", not "once again" or "at once".
			if st.low[k-1] == "at" || st.low[k-1] == "all" {
				return false
			}
			return clauseOpensPrec35(st, k)
		}
	}
	return false
}

// clauseOpensPrec35 reports whether the word after the subordinator k
// opens a clause's subject: a determiner, a pronoun or a capitalised name,
// not a number, a time word or an adverb ("once again", "until now").
func clauseOpensPrec35(st *sent, k int) bool {
	if k+1 >= len(st.low) {
		return false
	}
	switch st.toks[k+1].tag {
	case "DT", "PRP", "PRP$", "NNP", "NNPS", "NNS", "NN", "JJ":
	default:
		return false
	}
	switch st.low[k+1] {
	case "again", "more", "now", "then", "further", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "midnight", "noon", "next", "last", "this", "mid", "dawn", "today", "tomorrow", "tonight",
		"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december":
		return false
	}
	return true
}
