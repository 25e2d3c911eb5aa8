package code

// gsr24: an act named as the object of the verb of a condition: "will pull
// its troops out unless the government signs a ceasefire with the rebels",
// "would resume talks if Hanoi accepts a truce". The verb of the condition
// ("signs", "accepts") codes nothing itself, so conditionPresentPrec37,
// which reads a trigger verb's tense, never sees the condition; the noun
// it governs has not happened either.

import "strings"

// gsr24ConditionNoun reports whether the noun act cd is the plain object
// of a verb that heads a condition another clause of the sentence waits
// on, read as conditionPresentPrec37 reads a verb trigger.
func gsr24ConditionNoun(st *sent, _, built []*candidate, cd *candidate) bool {
	if cd.e.pos != 'N' {
		return false
	}
	v := st.verbBefore(cd.i)
	if v <= 0 {
		return false
	}
	tag := st.toks[v].tag
	if tag == "NNS" && gsr24VerbTaggedNoun(st, v) {
		tag = "VBZ"
	}
	if !strings.HasPrefix(tag, "VB") {
		return false
	}
	return conditionVerbAtPrec37(st, built, cd, v, tag)
}

// gsr24VerbTaggedNoun reports whether the plural noun at v is a verb in
// the present the tagger took for a noun: a noun subject before it and a
// determiner opening its object after ("unless the government signs a
// ceasefire").
func gsr24VerbTaggedNoun(st *sent, v int) bool {
	if v+1 >= len(st.toks) || !strings.HasSuffix(st.low[v], "s") {
		return false
	}
	if t := st.toks[v+1].tag; t != "DT" && t != "PRP$" {
		return false
	}
	return strings.HasPrefix(st.toks[v-1].tag, "NN")
}
