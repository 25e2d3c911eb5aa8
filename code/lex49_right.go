package code

import "strings"

// lex49RightTo reports whether the base-form verb at cd is what someone
// has the right to do: "upheld the right of the guards to fire on
// intruders", "defends the right to strike". A right held, or defended,
// is no act done; one reserved ("reserved the right to retaliate") is a
// threat, read elsewhere.
func lex49RightTo(st *sent, cd *candidate) bool {
	to := cd.i // the trigger may hold the "to" ("to fire on")
	if st.low[to] != "to" {
		if to < 1 || st.toks[to].tag != "VB" {
			return false
		}
		to--
	}
	if st.low[to] != "to" || to+1 >= len(st.low) || st.toks[to+1].tag != "VB" {
		return false
	}
	for k := to - 1; k >= 0 && k >= to-6; k-- {
		switch st.low[k] {
		case "right", "rights":
			// "reserved the right to retaliate" is a threat
			if k >= 2 && strings.HasPrefix(st.low[k-2], "reserv") {
				return false
			}
			return k == to-1 || st.low[k+1] == "of"
		case ".", ";", ",", "and", "but":
			return false
		}
	}
	return false
}
