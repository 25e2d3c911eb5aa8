package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// warnedFact reports whether the warning cd states a fact rather than
// threatens: "warned that famine was spreading", "warning that women and
// girls faced grave risks", "had warned that the price of fuel had nearly
// tripled". A threat says what will or could be done ("warned that it
// would respond", "warned that troops could be expelled"): the first
// finite verb of the clause after "that" is then a modal. A warning of a
// fact names no act the speaker holds over anyone.
func warnedFact(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Threaten || !strings.HasPrefix(st.low[cd.i], "warn") || cd.j >= len(st.low) || st.low[cd.j] != "that" {
		return false
	}
	for k := cd.j + 1; k < len(st.low) && k <= cd.j+12; k++ {
		switch t := st.toks[k].tag; {
		case t == "MD":
			return false
		case t == "VBD" || t == "VBZ" || t == "VBP":
			return !readyAfter(st, k)
		case st.low[k] == "," || st.low[k] == "who" || st.low[k] == "which" || st.low[k] == "if" || st.low[k] == "unless":
			return false
		}
	}
	return false
}

// readyAfter reports whether the verb at k says its subject stands ready
// to act: "warned that it was ready to strike", "that they are prepared
// to use force". That is a threat, told in the past tense.
func readyAfter(st *sent, k int) bool {
	for n := k + 1; n < len(st.low) && n <= k+3; n++ {
		switch st.low[n] {
		case "ready", "prepared", "poised", "determined", "going":
			return true
		}
	}
	return false
}

// withoutWarning reports whether the warning or threat noun at cd is
// denied by "without" or "no" before it: "ordered troops to shoot to kill
// without warning", "said residents faced no threat". No one warned or
// threatened.
func withoutWarning(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Threaten || cd.i == 0 || !strings.HasPrefix(st.low[cd.i], "warning") && st.low[cd.i] != "threat" && st.low[cd.i] != "threats" {
		return false
	}
	w := st.low[cd.i-1]
	if (w == "prior" || w == "advance" || w == "any") && cd.i > 1 {
		w = st.low[cd.i-2]
	}
	return w == "without" || w == "no"
}
