package code

import "strings"

// toll41NegationInRelative reports whether the negation at neg sits in a
// relative clause on the subject that closes before the verb at i:
// "dissidents who are not bound by the truce wounded two soldiers",
// "gunmen who had not been identified attacked a bus". The negation is
// the relative verb's ("not bound"), not the main verb's. It needs the
// relative pronoun just before the negation, a participle or verb of the
// relative clause between the negation and i, and i a verb in the past or
// present (the main clause's own tense).
func toll41NegationInRelative(st *sent, neg, i int) bool {
	if neg >= i || neg < 2 {
		return false
	}
	switch st.toks[i].tag {
	case "VBD", "VBZ", "VBP":
	default:
		return false
	}
	rel := false
	for k := neg - 1; k >= 0 && k >= neg-3; k-- {
		switch st.low[k] {
		case "who", "which", "that":
			rel = k > 0 && strings.HasPrefix(st.toks[k-1].tag, "NN")
		}
		if rel || st.low[k] == "," {
			break
		}
	}
	if !rel {
		return false
	}
	for k := neg + 1; k < i; k++ {
		if t := st.toks[k].tag; (t == "VBN" || t == "VBG" || t == "VB") && !auxiliaries.has(st.low[k]) {
			return true
		}
	}
	return false
}
