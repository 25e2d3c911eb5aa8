package code

import "strings"

// A deal noun dated by the verb that makes it: "Chile and Peru signed an
// accord on Tuesday to settle debts run up in 2019" tells the signing on
// Tuesday; the year dates only the debts, as it would after "agreed on
// Tuesday to settle debts run up in 2019".

// gsr41DealVerb returns the verb that makes the deal noun trigger cd,
// with a subject of its own ("Ghana and Togo signed a pact", "the two
// sides reached an agreement"), or -1. The verb's own recent date then
// dates the noun, as it dates a verb trigger.
func gsr41DealVerb(st *sent, cd *candidate) int {
	if cd.e.pos != 'N' || !strings.HasPrefix(st.toks[cd.i].tag, "NN") {
		return -1
	}
	v := st.verbBefore(cd.i)
	if v < 0 || !agreementMakingVerbs.has(st.low[v]) || !verbAt(st, v) || len(st.subject(v)) == 0 {
		return -1
	}
	return v
}

// gsr41Infinitive reports whether the verb at k is an infinitive after
// "to": "signed a pact today to cut tariffs in 2020" gives the pact a
// purpose, not a predicate, and the year dates only the cutting.
func gsr41Infinitive(st *sent, k int) bool {
	return k > 0 && st.toks[k].tag == "VB" && st.low[k-1] == "to"
}
