package code

// toll43PassiveLeft reports whether the phrase of harm at token k follows
// a passive "left" whose subject is the count: "two guards [were left] in
// critical condition", "a reporter [was left] with burns".
func toll43PassiveLeft(st *sent, k int) bool {
	if k < 2 || st.low[k-1] != "left" {
		return false
	}
	switch st.low[k-2] {
	case "was", "were", "been", "being", "is", "are":
		return true
	}
	return false
}

// toll43LeftHurt reports whether the passive "left" at token j leaves its
// subject hurt: "a farmer was [left] in a serious condition".
func toll43LeftHurt(st *sent, j int) bool {
	return j+1 < len(st.low) && st.low[j] == "left" && harmLeft(st, 0, j+1)
}
