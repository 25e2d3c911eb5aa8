package code

// "Over what it called a violation": the label a side gives the cause of
// its own act is the reason for that act, not a second accusation.

import "github.com/truce-project/truce"

// labelVerbs give something a name: "what it called", "what it termed".
var labelVerbs = filtered(wordSet("called", "calls", "termed", "terms", "described", "describes", "branded"))

// reasonPreps open the cause an act answers: "summoned the envoy over
// what it called", "protested against what it called".
var reasonPreps = filtered(wordSet("over", "against", "at", "for", "about", "to", "on", "in"))

// calledReason returns the earlier act of the sentence whose reason the
// blame trigger cd gives in a free relative after a preposition, or nil:
// "Baghdad summoned Ankara's envoy over what it called a violation of its
// sovereignty", "severed ties in protest at what it called a brutal
// offensive". The label says why the act was done; it is part of it. A
// label with no act before it ("said the decision answered what it called
// abuse"), or given by someone else ("shelled the town, in what the
// government called a breach of the truce"), stays a blame of its own.
func calledReason(st *sent, built []*candidate, cd *candidate) *candidate {
	if cd.ev.Type != truce.Accuse || !labelVerbs.has(st.low[cd.i]) {
		return nil
	}
	w := -1
	for k := cd.i - 1; k >= 1 && k >= cd.i-4; k-- {
		if st.low[k] == "what" {
			w = k
			break
		}
		// Only the act's own doer, named by a pronoun, gives its reason:
		// "in what the government called a breach" is someone else's
		// charge.
		if st.toks[k].tag != "PRP" {
			return nil
		}
	}
	if w < 1 || !reasonPreps.has(st.low[w-1]) {
		return nil
	}
	for n := len(built) - 1; n >= 0; n-- {
		if b := built[n]; b != cd && !b.folded && b.st == st && b.j <= w {
			return b
		}
	}
	return nil
}
