package code

// gsr22: a sentence of advice ("must", "should") still tells an act when
// its act is told in the present perfect: "students have staged a sit-in
// against the dean, saying he must resign" is a protest as much as
// "students staged a sit-in …". The screen that drops advice with no past
// act counts an active perfect as a past act, as it counts a simple past.
// A passive ("it has been argued that …") is no act.

// gsr22PerfectAct reports whether the token at k is the participle of an
// active present perfect: "have staged", "has repeatedly blocked".
func gsr22PerfectAct(st *sent, k int) bool {
	if st.toks[k].tag != "VBN" || st.low[k] == "been" {
		return false
	}
	n := k - 1
	if n >= 0 && st.toks[n].tag == "RB" {
		n--
	}
	if n < 0 {
		return false
	}
	switch st.low[n] {
	case "has", "have", "'ve":
		return true
	}
	return false
}
