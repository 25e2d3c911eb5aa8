package code

// The giver of a thing received, named after "from" past the object:
// "Mali took delivery on Thursday of four helicopters from Russia".

// fromPastObject returns the "from" after the object of a trigger that
// ends in "of", or -1: in "took delivery of six jets from France" France
// is the giver.
func (st *sent) fromPastObject(j int) int {
	if j < 1 || j >= len(st.low) || st.low[j-1] != "of" {
		return -1
	}
	return st.prepPastObject(j, "from")
}

// stateAt returns the country or capital at token n, past a "the", as an
// actor rather than a place, or nil: "to Turkey", "from the Philippines".
func (st *sent) stateAt(n int) []*mention {
	if n >= len(st.low) {
		return nil
	}
	if st.low[n] == "the" && n+1 < len(st.low) {
		n++
	}
	m := st.mentionAt(n)
	if m == nil || m.i != n || m.kind != "country" && m.kind != "capital" {
		return nil
	}
	v := *m
	v.place = false
	return []*mention{&v}
}

// sentFrom returns the sides of a deployment told in the passive once the
// state the forces come from is known: in "hundreds of gendarmes were
// flown in from mainland France" the gendarmes are France's, wherever they
// land, and France is not whom the deployment is aimed at. src and tgt
// come back unchanged when no state follows "from" after the trigger
// ending at j.
func (st *sent) sentFrom(j int, src, tgt []*mention) ([]*mention, []*mention) {
	if j < len(st.low) && (st.low[j] == "in" || phrasalParticles.has(st.low[j])) {
		j++
	}
	if j+1 >= len(st.low) || st.low[j] != "from" {
		return src, tgt
	}
	n := j + 1
	if homeModifiers.has(st.low[n]) {
		n++
	}
	home := st.stateAt(n)
	if home == nil {
		return src, tgt
	}
	cc := home[0].actor.Country
	out := make([]*mention, 0, len(src))
	for _, m := range src {
		if m.actor.ID == "" && loyalForces.has(m.actor.Sector) && cc != "" {
			v := *m
			v.actor.Country, v.actor.ID = cc, cc+m.actor.Sector
			m = &v
		}
		out = append(out, m)
	}
	var rest []*mention
	for _, m := range tgt {
		if m.actor.Country != cc || m.actor.Sector != "" {
			rest = append(rest, m)
		}
	}
	return out, rest
}

// homeModifiers stand between "from" and the state forces come from:
// "from mainland France".
var homeModifiers = filtered(map[string]bool{"mainland": true, "metropolitan": true, "neighbouring": true, "neighboring": true})
