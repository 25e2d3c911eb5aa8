package code

// visitedListS46 returns the visited place m with the states coordinated
// after it: "will visit Zembla and Ruritania", "toured Lagos, Accra and
// Dakar", "a trip to Chile and Peru" go to each, not to the first alone.
// Only countries and capitals join (the places a visit is to a state);
// each is a copy that stops being a place, as m's own copy is, so the
// sentence's other verbs still read them as places.
func (st *sent) visitedListS46(m, v *mention) []*mention {
	out := []*mention{v}
	for _, x := range st.chain(m, +1) {
		if x.kind != "country" && x.kind != "capital" || x.actor.Country == "" || x.actor.Country == v.actor.Country {
			continue
		}
		c := *x
		c.place = false
		out = append(out, &c)
	}
	return out
}
