package code

import "github.com/truce-project/truce"

// gsr33UnlessWithdrawal reports whether cd is a withdrawal announced for
// the future on an "unless" condition: "will withdraw its peacekeepers
// unless the government holds elections", "would pull its troops out
// unless it is paid". An act done unless the other side yields is a
// penalty held over it, a threat (as "will expel … unless" is). "If"
// offers as often as it threatens ("would withdraw if the rebels
// disarmed"), so only "unless" reads so.
func gsr33UnlessWithdrawal(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Retreat || cd.ev.Mode != "withdraw" {
		return false
	}
	future := false
	for k := cd.i - 1; k >= 0 && k >= cd.i-3; k-- {
		switch st.low[k] {
		case "will", "would", "'ll":
			future = true
		case "not", "never", "n't":
			return false
		}
	}
	if !future {
		return false
	}
	for k := cd.j; k < len(st.low) && k < cd.j+20; k++ {
		switch st.low[k] {
		case "unless":
			return true
		case ";", "if":
			return false
		}
	}
	return false
}
