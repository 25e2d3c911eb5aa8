package code

import "github.com/truce-project/truce"

// Issue 3, round toll53: the dead of the other side told after an attack
// with "also" add to its toll. "Security forces killed five rebels in a
// gunfight. A constable was also killed." and "… killing 25 soldiers.
// Officials said 15 assailants were also killed." tell one clash whose
// toll holds both sides' dead, as ACLED counts a battle: the passive with
// no doer and "also" is no attack of its own, even though the attack
// before already has a toll (without "also" a second toll there is a
// rival figure or another attack, and stays as it was; so is one in a
// town other than the attack's). Dev: in every such sentence with no
// attack of its own (3 of 3: wire11-001, wire29-067, wire53-013) the gold
// has no event and the clash's toll admits the sum; "two soldiers were
// also killed in the exchange of fire" (wire-005) already went so through
// the definite noun.

// toll53AlsoAdds reports whether the passive verb of killing at token i
// adds its dead to the toll of prev, the attack told just before: "also"
// stands before it, and the sentence names no town or site other than
// prev's ("two soldiers were also killed in Gao" after an attack
// elsewhere is another attack).
func toll53AlsoAdds(st *sent, i int, prev *candidate) bool {
	if !toll53AlsoToll(st, i) {
		return false
	}
	for _, p := range st.places {
		if pr := p.place.Precision; (pr == "city" || pr == "point") && (prev.ev.Location == nil || prev.ev.Location.Name != p.place.Name) {
			return false
		}
	}
	return true
}

// toll53AlsoToll reports whether the passive verb of killing at token i
// has "also" among the auxiliaries and adverbs before it: "were also
// killed", "had also been killed".
func toll53AlsoToll(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch w := st.low[k]; {
		case w == "also":
			return true
		case auxiliaries.has(w) || st.toks[k].tag == "RB":
		default:
			return false
		}
	}
	return false
}

// toll53AlsoOne gives the one victim of a passive verb of killing that
// names no count ("A constable was also killed", "X, a local official,
// was killed") to the attack told just before, when the verb was screened
// as that attack's toll (cd.tollOf) and no count of the sentence says how
// many died: a count ("15 assailants were also killed") is summed by
// tollUpdate. One with no toll yet gets one; one with a toll gets one
// more only with "also": without it the one named may be one of those
// already counted. (A named victim with no toll before changes no dev
// event: "A soldier was killed" was already read as one.)
func toll53AlsoOne(st *sent, cands []*candidate, reads []tollRead) {
	for _, cd := range cands {
		prev := cd.tollOf
		if prev == nil || cd.ev.ID != "" || !passiveSingular(st, cd.i) {
			continue
		}
		counted := false
		for _, r := range reads {
			if r.field == "fatalities" && r.i < cd.i {
				counted = true
			}
		}
		if counted {
			continue
		}
		switch f := prev.ev.Fatalities; {
		case f == nil:
			prev.ev.Fatalities = &truce.Count{Min: 1, Max: 1}
		case f.Max > 0 && toll53AlsoToll(st, cd.i):
			prev.ev.Fatalities = &truce.Count{Min: f.Min + 1, Max: f.Max + 1}
		}
		return
	}
}
