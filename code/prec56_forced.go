package code

// prec56: a closure that an act forced on what it hit.
//
// "ordered an armed strike across the north, forcing shops to shut",
// "shelling near the plant forced one of its reactors to shut down": the
// closing is the harm the act just told did, suffered by shops or a
// reactor, not a restriction a party imposed. With an object of its own
// ("forced the government to close the border") the closing is a party's
// act and stays.

import "strings"

// prec56ForceWords make the verb after "to" what the act before brought
// about: "forcing shops to shut", "caused the plant to close".
var prec56ForceWords = filtered(wordSet("forcing", "forced", "force", "forces", "causing", "caused", "prompting", "prompted"))

// prec56ForcedClosure drops a closing verb ("shut", "closed") that is the
// bare infinitive a verb of forcing takes, with no object of its own:
// "forcing shops to shut", "forced a reactor to shut down".
func prec56ForcedClosure(st *sent, cd *candidate) bool {
	i := cd.i
	if cd.e.pos != 'V' || cd.e.mode != "restrict" || cd.j != i+1 || i < 3 || st.low[i-1] != "to" {
		return false
	}
	forced := false
	for k := i - 2; k >= 0 && k >= i-7; k-- {
		if prec56ForceWords.has(st.low[k]) {
			forced = true
			break
		}
		if w := st.low[k]; w == "," || w == ";" || verbAt(st, k) {
			return false
		}
	}
	if !forced {
		return false
	}
	k := cd.j
	if k < len(st.low) && (st.low[k] == "down" || st.low[k] == "off") {
		k++
	}
	if k >= len(st.low) {
		return true
	}
	t := st.toks[k].tag
	return !(t == "DT" || t == "PRP$" || t == "CD" || strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || st.mentionAt(k) != nil)
}
