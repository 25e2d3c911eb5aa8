package code

// Issue 3, round roles_x90: a person's named group. In "members of
// Khan's Pakistan Tehreek-e-Insaf party" or "tear-gassed members of
// Odinga's Orange Democratic Movement" the possessor only says whose group it is: the
// named group is the head of the phrase and the side of the event, not
// the person (whom coreference may otherwise give to a government or to
// protesters).

// personOwnedGroupsX90 folds each person mention right before a
// possessive and a named group or body into that group's mention.
func (st *sent) personOwnedGroupsX90() {
	for n := 0; n < len(st.mentions); n++ {
		m := &st.mentions[n]
		if m.kind != "person" || m.place || m.j+1 >= len(st.low) || !st.isPossessive(m.j) {
			continue
		}
		q := st.mentionAt(m.j + 1)
		if q == nil || q.i != m.j+1 || q.place || q.kind != "group" && q.kind != "org" ||
			q.actor.ID == "" || q.actor.ID == q.actor.Country {
			continue
		}
		i, qi := m.i, q.i
		st.dropMention(m)
		n--
		if q = st.mentionAt(qi); q != nil {
			q.i = i
			q.actor.Text = st.textOf(i, q.j)
		}
	}
}
