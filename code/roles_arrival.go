package code

// arrivalHost returns the state a force arrives in when a deployment
// trigger ends on "in" and names it next: "Kenyan police officers began
// arriving in Haiti", "troops landed in Mozambique". The host, not the
// place, is the target; nil when the place is the force's own country or
// no state.
func (st *sent) arrivalHost(cd *candidate) []*mention {
	if cd.j <= 0 || cd.j >= len(st.low) || st.low[cd.j-1] != "in" {
		return nil
	}
	m := st.mentionAt(cd.j)
	if m == nil || m.i != cd.j || m.kind != "country" && m.kind != "capital" || m.j < len(st.low) && st.isPossessive(m.j) {
		return nil
	}
	for _, s := range cd.src {
		if s.actor.Country == m.actor.Country {
			return nil
		}
	}
	v := *m
	v.place = false
	return []*mention{&v}
}
