package code

// A passive toll whose "when" clause tells the attack at some length: the
// dead belong to that attack, not to a killing of their own.

import "github.com/truce-project/truce"

// whenReach bounds how far after the toll verb its "when" may stand (the
// toll's own wounded, place and date come between) and how far after the
// "when" the clause's verb may stand (a long name, a bracketed acronym or
// an aside on the doer come between).
const whenReach, whenVerbReach = 20, 30

// tollOfWhenAttack reports whether the passive toll verb of cd is told of
// an attack its "when" clause tells further on than the close reading of
// whenBetween reaches: "Six soldiers and a driver were killed and four
// soldiers wounded when rebels of the Front for Unity (FRU) attacked an
// army post", "A guard and a farmer were killed on Monday when a mob,
// angry over a land dispute, torched the police station". The toll
// is that attack's, and the killing no event of its own.
func (c *Coder) tollOfWhenAttack(st *sent, cd *candidate) bool {
	if !cd.e.has(flagKill) || cd.e.pos != 'V' || !st.isPassive(cd.i) || len(cd.src) > 0 || st.agentAfter(cd.j) != nil {
		return false
	}
	w := -1
	for k := cd.j; k < len(st.low) && k < cd.j+whenReach; k++ {
		if st.low[k] == ";" || st.low[k] == "said" || st.low[k] == "says" {
			return false
		}
		if st.low[k] == "when" {
			w = k
			break
		}
		// "were killed, some of them burned, when fighting erupted": a
		// violent word of its own before the "when" is the act the toll
		// stands beside; wounding words are the toll's own.
		if es, n := c.lex.match(st.low, k); n > 0 && c.violentNotToll(es) {
			return false
		}
	}
	if w < 0 {
		return false
	}
	for k := w + 1; k < len(st.low) && k < w+whenVerbReach; k++ {
		switch st.low[k] {
		case ";", "said", "says", "when":
			return false
		}
		if !verbAt(st, k) {
			continue
		}
		aside := withinAside(st, w, k)
		var e *entry
		if es, n := c.lex.match(st.low, k); n > 0 {
			e = pickEntry(es, st.toks[k].tag, st.toks[k-1].tag)
		}
		if e != nil && e.pos == 'V' && e.has(flagViolent) && !e.has(flagKill) {
			return true
		}
		if !aside {
			return false
		}
	}
	return false
}

// withinAside reports whether token k, in the clause opened at w, stands
// inside an aside set off by commas or brackets that has not closed yet:
// "when a mob, [angered by rumours that cattle had been stolen], torched".
func withinAside(st *sent, w, k int) bool {
	open := 0
	for x := w + 1; x < k; x++ {
		switch st.low[x] {
		case ",":
			if open > 0 {
				open--
			} else {
				open++
			}
		case "(":
			open++
		case ")":
			if open > 0 {
				open--
			}
		}
	}
	return open > 0
}

// violentNotToll reports whether some reading of a trigger is an attack
// or violent, and no toll word: "burned", "attack", not "wounded".
func (c *Coder) violentNotToll(es []*entry) bool {
	for _, e := range es {
		if (e.has(flagViolent) || c.ploverOf(e) == truce.Assault) && !e.has(flagKill) && !toll41HarmEntry(e) {
			return true
		}
	}
	return false
}
