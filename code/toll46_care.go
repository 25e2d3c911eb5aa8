package code

// toll46CareAfter reports whether the words from token k name the care the
// hurt are given, so that a count before "needed", "received" or "sought"
// counts the wounded: "29 people [sought medical help]", "a dozen needed
// [treatment]", "40 received [hospital care]", "three were seeking
// [medical attention]". "sought talks" or "received aid" is no harm.
func toll46CareAfter(st *sent, k int) bool {
	if k < len(st.low) && st.low[k] == "treatment" {
		return true
	}
	if k+1 >= len(st.low) {
		return false
	}
	switch st.low[k] {
	case "medical", "hospital", "emergency":
	default:
		return false
	}
	switch st.low[k+1] {
	case "treatment", "help", "care", "attention":
		return true
	}
	return false
}
