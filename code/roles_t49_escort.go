package code

import "strings"

// "ambushed a convoy of fuel trucks and its army escort", "shelled the
// buses and their police guard": an "its" or "their" right after "and"
// that follows a plain noun of the object stands for that noun, not for
// the subject. The escort is the convoy's, and the attack hits it.

// t49NounOwned reports whether the sector mention m, the target of the
// attack cd, opens with "its" or "their" after "and" and a common noun
// that no actor names: the owner is that noun ("a convoy … and its
// escort"). (Words about "the vessel and its crew" are not aimed at the
// crew.)
func t49NounOwned(st *sent, cd *candidate, m *mention) bool {
	if !cd.e.has(flagViolent) {
		return false
	}
	k := m.i - 1
	if k < 2 || st.low[k] != "its" && st.low[k] != "their" || st.low[k-1] != "and" {
		return false
	}
	n := k - 2
	return strings.HasPrefix(st.toks[n].tag, "NN") && st.toks[n].tag != "NNP" && st.toks[n].tag != "NNPS" && st.mentionAt(n) == nil
}
