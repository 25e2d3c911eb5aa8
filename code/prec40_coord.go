package code

// Act nouns past joined modifiers and a quoted label: "condemned the
// reckless and unprovoked step", "denounced the cruel, cowardly attack",
// "condemned what she called mob violence". The noun that names the act
// told before stands further from the trigger than a plain "the step",
// but refers back all the same.

// prec40ModifierJoin reports whether token k joins two modifiers of one
// noun, "and", "but" or a comma with a modifier on each side: "the brutal
// and cowardly attack", "a bold, unexpected move".
func prec40ModifierJoin(st *sent, k int) bool {
	if k < 1 || k+1 >= len(st.low) {
		return false
	}
	switch st.low[k] {
	case "and", "but", ",":
	default:
		return false
	}
	prev, next := st.toks[k-1], st.toks[k+1]
	return isModifier(prev) && prev.tag != "CD" && len(next.tag) > 1 && next.tag[:2] == "JJ"
}

// prec40MobDeeds are words for mob violence and lawlessness, which name
// back the riot or attack told before: "condemned the thuggery", "deplored
// the looting and arson".
var prec40MobDeeds = []string{"thuggery", "hooliganism", "rioting", "riots", "riot", "looting",
	"lawlessness", "arson", "brutality", "atrocity", "atrocities", "aggression", "mayhem", "savagery"}

func init() {
	for _, w := range prec40MobDeeds {
		actNouns[w] = true
	}
}

// prec40WhatCalled returns how many words a label frame at k takes, "what
// he called", "what they described as", "what the minister termed", so
// that the label after it is read as the object; 0 when there is none.
func prec40WhatCalled(st *sent, k int) int {
	if st.low[k] != "what" {
		return 0
	}
	for n := k + 1; n < len(st.low) && n <= k+4; n++ {
		w := 0
		switch st.low[n] {
		case "called", "termed", "dubbed", "labelled", "labeled", "branded":
			w = n - k + 1
		case "described", "characterised", "characterized", "denounced", "condemned":
			if n+1 < len(st.low) && st.low[n+1] == "as" {
				w = n - k + 2
			} else {
				return 0
			}
		case ",", ";", ".":
			return 0
		}
		if w > 0 {
			// ("what he called a cowardly attack": the label's article.)
			if e := k + w; e < len(st.low) && (st.low[e] == "a" || st.low[e] == "an") {
				w++
			}
			return w
		}
	}
	return 0
}
