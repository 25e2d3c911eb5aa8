package code

// pairSplit returns the "and" that joins two tellers in the speaker phrase
// [s, e), or -1: in "residents and a civil society leader said" or "a
// rights group and the prosecutor said" the first named leads the account.
// An "and" inside a name the dictionary knows ("Jammu and Kashmir police")
// joins nothing, and one with nothing before it or after it joins no pair.
func pairSplit(st *sent, s, e int) int {
	for a := s + 1; a < e-1; a++ {
		if st.low[a] != "and" {
			continue
		}
		if m := st.mentionAt(a); m != nil && m.i < a {
			return -1
		}
		return a
	}
	return -1
}
