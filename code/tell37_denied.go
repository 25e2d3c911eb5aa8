package code

// A denial in a later conjunct: "the army said it had shelled rebel
// positions and denied hitting civilians". The denied act is no part of
// the act the same speaker owns up to before it: it must not fold into
// that act, nor lend it its denial (the shelling stays claimed).

// tell37DeniedApart reports whether the violent verb cd is what a denial
// standing after the earlier act prev denies ("attacked the camps and
// denied targeting civilians"), so that cd is not read as the manner or
// toll of prev.
func tell37DeniedApart(st *sent, prev, cd *candidate) bool {
	if prev.j >= cd.i || !denied(st, cd.i) {
		return false
	}
	for k := prev.j; k < cd.i; k++ {
		if denialVerbs.has(st.low[k]) {
			// The denial shares the speaker's subject ("said it had …
			// and denied …"); one with a subject of its own ("; Ankara
			// denied firing") answers what others told.
			return st.low[k-1] == "and" && tell37ReportBefore(st, prev.i)
		}
	}
	return false
}

// tell37ReportBefore reports whether a verb of saying stands before token
// i in its sentence: "the army said it had shelled …".
func tell37ReportBefore(st *sent, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if reportVerbs.has(st.low[k]) {
			return true
		}
	}
	return false
}
