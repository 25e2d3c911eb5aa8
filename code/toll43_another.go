package code

// toll43AnotherCount reports whether the "another" at token k opens a
// count ("Another 19 people were wounded", "another two dozen were
// hurt"): it adds to the tally told before rather than setting the
// sentence apart as a separate incident.
func toll43AnotherCount(st *sent, k int) bool {
	return st.low[k] == "another" && k+1 < len(st.toks) && st.toks[k+1].tag == "CD"
}
