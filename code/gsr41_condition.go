package code

// gsr41: a verb of a condition the tagger took for a plural noun. In
// "will boycott the vote unless the president resigns", "would pull out
// if the army advances", the verb after the condition's subject ends in
// -s like a plural, and the tagger reads "president resigns" as a
// compound noun. conditionPresentPrec37 reads the tense of the tag, so
// the condition, which has not happened, was coded as an act.

import "strings"

// gsr41ConditionTag returns the tag of the verb trigger at i, read as a
// present (VBZ) when the tagger made it a plural noun after a singular
// noun or name, with no verb after it: "unless the president resigns",
// "if the army withdraws from the town". "If the border clashes
// continue" keeps its noun: a verb follows.
func gsr41ConditionTag(st *sent, i int) string {
	tag := st.toks[i].tag
	if tag != "NNS" || i < 2 || !strings.HasSuffix(st.low[i], "s") {
		return tag
	}
	if p := st.toks[i-1].tag; p != "NN" && p != "NNP" {
		return tag
	}
	if i+1 < len(st.toks) {
		if n := st.toks[i+1].tag; strings.HasPrefix(n, "VB") || n == "MD" || strings.HasPrefix(n, "NN") {
			return tag
		}
	}
	return "VBZ"
}
