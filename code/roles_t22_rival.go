package code

// Fights among one group's own rivals: "rival militias fought in Zawiya,
// killing two civilians", "clashes between rival clans killed six men".
// The group is on both sides of the fight; whom it killed is the fight's
// toll, not its foe.

// rivalMarks mark one group named as the two sides of its own fight:
// "rival militias", "feuding clans". ("The two forces" are two sides
// named before.)
var rivalMarks = filtered(wordSet("rival", "rivals", "feuding", "competing"))

// fightTolls open what a fight left behind, not whom it was fought
// with: "…, killing two civilians", "…, leaving 31 dead".
var fightTolls = filtered(wordSet("killing", "killed", "wounding", "wounded", "injuring", "injured", "leaving", "left"))

// rivalFoes returns the side a fight is fought against when its only
// side is one group named as rivals: "rival militias fought in Zawiya,
// killing two civilians" is a fight of militia on militia, so the
// militia is on both sides; the civilians it killed are its toll, not its
// foe. A fight with a foe named ("clashed with the army") keeps it.
func (st *sent) rivalFoes(cd *candidate) []*mention {
	if !cd.e.has(flagSym) || !cd.e.has(flagViolent) || len(cd.src) != 1 || !st.tollOnly(cd) || !st.rivalGroup(cd, cd.src[0]) {
		return nil
	}
	v := *cd.src[0]
	return []*mention{&v}
}

// rivalGroup reports whether m, the one side of the fight cd, is a group
// named as rivals among themselves: "rival clans", "two rival militias"
// before the head, "armed groups loyal to rival commanders" after it.
func (st *sent) rivalGroup(cd *candidate, m *mention) bool {
	// ("two of Tripoli's armed groups": a city's or state's name is no
	// side of a fight among its groups.)
	if m.place || m.kind == "country" || m.kind == "capital" || m.actor.Sector == "GOV" ||
		m.actor.Sector == "" && (m.actor.ID == "" || isState(m.actor)) {
		return false
	}
	lo, hi := m.i-3, m.j+4
	if lo < 0 {
		lo = 0
	}
	if hi > len(st.low) {
		hi = len(st.low)
	}
	// ("militias loyal to rival ministers Dbeibah and Farouk": the
	// leaders named are the sides.)
	if st.actorBetween(m.j, max(hi, cd.i)) {
		return false
	}
	for k := lo; k < hi; k++ {
		if k >= cd.i && k < cd.j || st.clause[k] != st.clause[m.i] {
			continue
		}
		if rivalMarks.has(st.low[k]) {
			return true
		}
	}
	return false
}

// tollOnly reports whether a fight has no target yet, or only the dead
// and hurt named after a toll word past the trigger.
func (st *sent) tollOnly(cd *candidate) bool {
	for _, t := range cd.tgt {
		toll := false
		for k := cd.j; k < t.i && k < len(st.low); k++ {
			if fightTolls.has(st.low[k]) {
				toll = true
			}
		}
		if !toll {
			return false
		}
	}
	return true
}

// rivalsOwnFoes reports whether a fight's only target is its own source,
// as rivalFoes makes it: the one case where an actor is its own target.
func (st *sent) rivalsOwnFoes(cd *candidate) bool {
	return cd.e.has(flagSym) && cd.e.has(flagViolent) && len(cd.src) == 1 && len(cd.tgt) == 1 &&
		cd.tgt[0].i == cd.src[0].i && cd.tgt[0].j == cd.src[0].j && st.rivalGroup(cd, cd.src[0])
}

// actorBetween reports whether an actor is named in tokens [i, j) by a
// name or title, not by a country, capital or demonym ("in the Nigerien
// town of Tahoua" names a place).
func (st *sent) actorBetween(i, j int) bool {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.kind == "country" || m.kind == "capital" || m.kind == "demonym" {
			continue
		}
		if m.i >= i && m.i < j && !m.place {
			return true
		}
	}
	return false
}
