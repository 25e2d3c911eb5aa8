package code

// fromTo returns the giver and the receiver of a noun trigger followed by
// "from X to Y": "aid from Japan to Bangladesh", "arms shipments from Iran
// to the Houthis". Both must be actors named right after their
// prepositions; otherwise it returns nil, nil.
func (st *sent) fromTo(j int) ([]*mention, []*mention) {
	if j+1 >= len(st.low) || st.low[j] != "from" {
		return nil, nil
	}
	n := j + 1
	if st.low[n] == "the" && n+1 < len(st.low) {
		n++
	}
	g := st.mentionAt(n)
	if g == nil || g.i != n || g.kind == "sector" && g.actor.ID == "" {
		return nil, nil
	}
	to := st.recipientAt(g.j)
	if to == nil {
		return nil, nil
	}
	v := *g
	v.place = false
	return []*mention{&v}, to
}

// pastFrom returns the token after "and from" (or "and back from") at n,
// else n: "closed its airspace to flights to and from Mali" names Mali as
// whom the closure is aimed at, the "to" and the "from" sharing it.
func pastFrom(st *sent, n int) int {
	if n+2 < len(st.low) && st.low[n] == "and" && st.low[n+1] == "from" {
		return n + 2
	}
	return n
}
