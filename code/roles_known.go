package code

// namingBreak reports whether the clause break at token x, before k, is
// the "as" of a naming participle inside a comma aside whose name is no
// actor: in "troops backed by clan militias, known as macawisley,
// recaptured the town" the aside only names the militias, so the subject
// search skips it whole. When the name is an actor ("the armed group,
// known as the Gulf Clan, attacked") the aside stays a clause of its own
// and the name it gives is the one found.
func (st *sent) namingBreak(x, k int) bool {
	if x < 1 || st.low[x] != "as" || !asParticiples.has(st.low[x-1]) {
		return false
	}
	for y := x + 1; y < k; y++ {
		if m := st.mentionAt(y); m != nil && !m.place {
			return false
		}
	}
	return true
}
