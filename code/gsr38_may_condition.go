package code

import "github.com/truce-project/truce"

// gsr38MayOnCondition reports whether cd is a penalty a state says it may
// impose when a condition is not met: "may halt its mediation if the
// fighting goes on", "could suspend aid to the junta if the vote is
// delayed", "might cut ties unless the envoy apologises". A measure held
// over another side on a condition is a threat, whether the modal is
// "will" or "may" (conditionalThreat reads the first); without the
// condition it stays a possibility. Only the non-violent penalties
// (SANCTION) read so: "could strike … if" is as often an analyst's guess
// as a warning. A negated modal ("may not suspend aid") promises instead.
func gsr38MayOnCondition(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Sanction {
		return false
	}
	for k := cd.i - 1; k >= 0 && k >= cd.i-3 && st.clause[k] == st.clause[cd.i]; k-- {
		switch st.low[k] {
		case "not", "never", "n't":
			return false
		case "may", "might", "could":
			return true
		}
	}
	return false
}
