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
