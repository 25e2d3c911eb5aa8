package code

// Fallback actors when a trigger has no subject: the sentence's first actor
// with its partner and the others named after it, and the first actor of a
// clause.

// firstActor returns the sentence's first actor that is not a place, with
// the actors coordinated with it as its peers.
func (st *sent) firstActor() *mention {
	for n := range st.mentions {
		if m := &st.mentions[n]; !m.place {
			m.peers = m.peers[:0]
			for _, x := range st.coordinated(m) {
				if x != m {
					m.peers = append(m.peers, *x)
				}
			}
			m.partner = nil
			m.others = st.othersAfter(m)
			for k := n + 1; k < len(st.mentions); k++ {
				if y := &st.mentions[k]; !y.place && y.actor.Country != "" && y.actor.Country != m.actor.Country && y.kind != "pronoun" {
					// a copy, made only for the partner: taken of every
					// mention looked at, it went to the heap each time
					x := *y
					x.peers, x.partner = nil, nil
					m.partner = &x
					break
				}
			}
			return m
		}
	}
	return nil
}

// othersAfter returns copies of the actors named after m and its peers,
// each with the actors coordinated with it as its peers.
func (st *sent) othersAfter(m *mention) []mention {
	end := m.j
	for _, p := range m.peers {
		end = max(end, p.j)
	}
	other := func(x *mention) bool {
		return x.i >= end && !x.place && x.kind != "pronoun"
	}
	// Counted first, the copies are made in one allocation: firstActor,
	// asked many times a sentence, grew the slice anew each time.
	count := 0
	for k := range st.mentions {
		if other(&st.mentions[k]) {
			count++
		}
	}
	if count == 0 {
		return nil
	}
	out := make([]mention, 0, count)
	for n := range st.mentions {
		x := &st.mentions[n]
		if !other(x) {
			continue
		}
		c := *x
		c.peers, c.partner, c.others = nil, nil, nil
		for _, y := range st.coordinated(x) {
			if y != x {
				z := *y
				z.peers, z.partner, z.others = nil, nil, nil
				c.peers = append(c.peers, z)
			}
		}
		out = append(out, c)
	}
	return out
}

// clauseFirst returns the first actor of the clause holding token i, before
// it ("hours after police stormed the embassy and arrested …": the police),
// else the sentence's first actor.
func (st *sent) clauseFirst(i int) *mention {
	for n := range st.mentions {
		m := &st.mentions[n]
		// ("had removed him from power and closed the borders": an
		// object pronoun is no subject.)
		if m.i < i && !m.place && st.clause[m.i] == st.clause[i] && !objectPronoun(st, m) {
			return m
		}
	}
	// "the OLA, which denied any role and accused militias …": a
	// relative clause's verbs share the actor it hangs from.
	s := i
	for s > 0 && st.clause[s-1] == st.clause[i] {
		s--
	}
	// "Paris described the junta as illegitimate and accused it of …":
	// the "as" complement opens no clause of its own for the verb after
	// "and", which goes back to the describing verb's subject.
	if s > 1 && describingAs(st, s) {
		if m := st.clauseFirst(s - 1); m != nil {
			return m
		}
	}
	if m := st.antecedent(s); m != nil {
		return m
	}
	return st.firstActor()
}
