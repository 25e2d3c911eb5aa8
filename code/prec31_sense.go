package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// demandMetPrec31 reports whether cd, a form of "meet", means to satisfy
// a demand, not to hold a meeting: its object is a demand, a deadline or
// a condition ("if the junta does not meet the deadline", "meets its
// demands", "failed to meet the targets"), or, in the passive, its subject
// is ("if the demand was not met", "once the conditions are met").
func demandMetPrec31(st *sent, _, _ []*candidate, cd *candidate) bool {
	if cd.ev.Type != truce.Consult || !meetFormsPrec31.has(st.low[cd.i]) {
		return false
	}
	// The object: up to three determiners and modifiers, then the noun.
	for k := cd.j; k < len(st.low) && k < cd.j+4; k++ {
		if metNounsPrec31.has(st.low[k]) {
			return true
		}
		if !determiners.has(st.low[k]) && !nounPremodifier(st.toks[k]) {
			break
		}
	}
	// The passive's subject: "the demands were not met", "conditions
	// had been met".
	if st.low[cd.i] != "met" {
		return false
	}
	for k := cd.i - 1; k >= 0 && k >= cd.i-5; k-- {
		w := st.low[k]
		if metNounsPrec31.has(w) {
			return true
		}
		switch {
		case w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "be" || w == "not" ||
			w == "had" || w == "has" || w == "have" || w == "fully" || w == "never" || w == "yet" || w == "all":
		case st.toks[k].tag == "MD" || strings.HasPrefix(st.toks[k].tag, "RB"):
		default:
			return false
		}
	}
	return false
}

// meetFormsPrec31 are the forms of "meet".
var meetFormsPrec31 = filtered(wordSet("meet", "meets", "met", "meeting"))

// metNounsPrec31 are what is met by being satisfied, not by being seen.
var metNounsPrec31 = filtered(wordSet("demand", "demands", "deadline", "deadlines", "condition", "conditions",
	"target", "targets", "requirement", "requirements", "need", "needs", "criteria", "criterion",
	"obligation", "obligations", "expectation", "expectations", "standard", "standards", "goal",
	"goals", "terms", "request", "requests", "ultimatum", "pledge", "pledges", "commitment", "commitments"))
