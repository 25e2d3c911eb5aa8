package code

// Issue 3, round perf28: sixteen rules ask governingReport which report
// verb governs a token, and each question scans up to forty tokens back;
// the same tokens are asked about again and again as a sentence's
// triggers are built. The answer reads only the sentence's words and tags,
// which newSent settles (irregularPasts, compoundPasts and the other
// retaggers run there), so from then on the sentence keeps it, in room
// allocated with the clause numbers.

// governingReport returns the report verb (or "according") before token
// i whose content token i is in, or -1: governingReportAt, read once per
// token of a sentence newSent has finished.
func governingReport(st *sent, i int) int {
	if i < 0 || i >= len(st.reports) {
		return governingReportAt(st, i)
	}
	// reports holds an answer plus two: zero is a token not asked about.
	if r := st.reports[i]; r != 0 {
		return r - 2
	}
	r := governingReportAt(st, i)
	st.reports[i] = r + 2
	return r
}
