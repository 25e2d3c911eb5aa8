package code

// A country or province that only says where an actor is from, and the
// town the rest of the sentence puts the act in.

// actorPlaceFiner returns, when pick is a country or province that only
// qualifies a side of the act named before the trigger ("Police in
// Ruritania", "fighters in Ruritania's Hentz province"), the town or
// district inside it that the sentence names after the trigger with a
// place preposition or a place noun, in whatever clause: "Police in
// Ruritania opened fire on students, killing a man who was shot in the
// northern city of Zenda" shot him in Zenda, and "Rebels in Ruritania's
// Hentz region ambushed a convoy, killing four soldiers near the town of
// Tarlenheim" ambushed it there. A place that qualifies another actor in turn
// ("officials in Zenda said") places no act. It returns pick otherwise.
func actorPlaceFiner(cd *candidate, roles []placeRole, pick *placeRef) *placeRef {
	if pick == nil || !coarse(pick.place.Precision) || pick.j > cd.i || !qualifiesSide(cd, pick) {
		return pick
	}
	st := cd.st
	for n := range st.places {
		p := &st.places[n]
		if p.i < cd.j || roles[n] != roleWhere || coarse(p.place.Precision) || p.place.Precision == "none" || p.place.Country != pick.place.Country {
			continue
		}
		if pick.place.Precision != "country" && p.place.Admin1 != pick.place.Name {
			continue
		}
		if !locPreps.has(prepBefore(st, p.i)) && !namedTown(st, p) || qualifiedMention(st, p) != nil {
			continue
		}
		return p
	}
	return pick
}

// qualifiesSide reports whether pick qualifies a source or target of the
// act named right before it: "Police in Ruritania", "fighters in
// Ruritania's Hentz region".
func qualifiesSide(cd *candidate, pick *placeRef) bool {
	m := qualifiedMention(cd.st, pick)
	if m == nil {
		return false
	}
	for _, side := range [][]*mention{cd.src, cd.tgt} {
		for _, s := range side {
			if s == m || s.i == m.i && s.j == m.j {
				return true
			}
		}
	}
	return false
}

// qualifiedMention returns the actor named right before the "in" that
// introduces p ("Police in Ruritania", "authorities in Ruritania's
// Hentz province"), or nil.
func qualifiedMention(st *sent, p *placeRef) *mention {
	k := p.i - 1
	// "in Ruritania's Hentz province": past the owning country.
	if k >= 2 && st.isPossessive(k) {
		if q := st.placeEndingAt(k); q != nil {
			k = q.i - 1
		} else if m := st.mentionAt(k - 1); m != nil && m.j == k {
			k = m.i - 1
		}
	}
	if k >= 0 && st.low[k] == "the" {
		k--
	}
	if k < 1 || st.low[k] != "in" {
		return nil
	}
	m := st.mentionAt(k - 1)
	if m == nil || m.j != k || m.place {
		return nil
	}
	return m
}
