package code

// thatAsked reports whether a request puts what it asks in a clause of
// its own after "that", opening on the one asked: "demanded that the
// soldiers who seized power free the president", "demanded that Moscow
// act against such statements". Such a clause always names an act to be
// done, even when a relative clause or a word the tagger misreads keeps
// asksAction from finding its verb.
func thatAsked(cd *candidate) bool {
	st := cd.st
	k := cd.j
	if st.low[cd.j-1] != "that" {
		// "demanded on Sunday that …": the day told between.
		for k < len(st.low) && k < cd.j+4 && (st.low[k] == "on" || inDate(st, k)) {
			k++
		}
		if k >= len(st.low) || st.low[k] != "that" {
			return false
		}
		k++
	}
	for n := k; n < len(st.low) && n <= k+2; n++ {
		if m := st.mentionAt(n); m != nil && !m.place {
			return true
		}
	}
	return false
}
