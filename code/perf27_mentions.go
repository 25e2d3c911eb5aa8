package code

// Issue 3, round perf27: coordinated is asked for the members of a list
// many times a sentence, and most answers are one mention; each answer
// was a slice of its own. mentionList hands out the room for them from
// one block at a time.

// mentionListBlock is how many mentions a block of lists holds.
const mentionListBlock = 8

// mentionSpare is a block of room for lists and how much of it is handed
// out. A sentence holds it by pointer, so that a copy of the sentence
// (accordHistory's, with other dates) hands out from the same count and
// never gives away room the original gave already.
type mentionSpare struct {
	room [mentionListBlock]*mention
	used int
}

// mentionList returns an empty list with room for n mentions and no
// more, so that appending to it past n copies it and never writes over
// the list handed out after it.
func (st *sent) mentionList(n int) []*mention {
	if n > mentionListBlock {
		return make([]*mention, 0, n)
	}
	if st.spare == nil || st.spare.used+n > mentionListBlock {
		st.spare = new(mentionSpare)
	}
	sp := st.spare
	out := sp.room[sp.used : sp.used : sp.used+n]
	sp.used += n
	return out
}
