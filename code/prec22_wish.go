package code

// What a party wants: the content of a wish or a condition is no act yet.

import "strings"

// wantWords voice what a party wants done: "the group wanted the blockade
// lifted first".
var wantWords = filtered(wordSet("want", "wants", "wanted"))

// soughtBy are the words after "wanted" that make it a participle: a
// person sought by the law, not a party's wish ("wanted by Interpol",
// "wanted for murder", "wanted in Spain", "wanted on charges of").
var soughtBy = filtered(wordSet("by", "for", "in", "on", "over"))

// wishedFor reports whether the trigger at i lies in what a party says it
// wants, the object or infinitive of a finite "want" in the same stretch
// of the sentence: "the rebels said they wanted the siege of the port
// lifted first", "said it wanted an end to the blockade", "saying they
// wanted to give the talks a chance". What is wanted has not happened.
// A participle ("a warlord wanted by the court", "a businessman wanted
// for fraud was extradited") wants nothing, and a verb
// of its own after the wish ("fighters who want the base fired on the
// plane", "wanted revenge and torched the village", "wanted to leave
// when gunmen opened fire") tells an act.
func wishedFor(st *sent, i int) bool {
	finite := finiteVerb(st.toks[i].tag)
	for n := i - 1; n >= 0 && n >= i-12; n-- {
		w := st.low[n]
		if w == "," || frameBreaks.has(w) || relativeWords.has(w) || clauseBreaks.has(w) || finite && w == "and" && n+1 < len(st.toks) && finiteVerb(st.toks[n+1].tag) {
			return false
		}
		if wantWords.has(w) {
			t := st.toks[n].tag
			if finite && n > 0 && (relativeWords.has(st.low[n-1]) || n > 1 && relativeWords.has(st.low[n-2])) {
				return false
			}
			return (t == "VBD" || t == "VBZ" || t == "VBP") && !(n+1 < len(st.low) && soughtBy.has(st.low[n+1]))
		}
		if n < i-1 && finiteVerb(st.toks[n].tag) && !strings.HasPrefix(st.low[n], "'") {
			return false
		}
	}
	return false
}
