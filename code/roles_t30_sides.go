package code

// The sides an appeal or a rebuke names only as "both sides": "The
// regional bloc urged both governments to return to talks", after a
// story of one state closing its border to another and the other
// protesting. The story told them as the two sides of its last act
// between two, not as a pair joined by "and".

import "github.com/truce-project/truce"

// storySidesBack is how many sentences back the act whose sides "both
// sides" stands for may be told.
const storySidesBack = 3

// sidesOfStory returns, as mentions over the words "both sides", the two
// sides of the latest act told between two in the sentences just before
// cd's, when cd's verb is aimed at "both sides", "all parties" or "the
// two governments" and names no one else: "Zambia shut the crossing …
// Lusaka's neighbour called the move hostile. The bloc urged both
// governments to talk" aims at the neighbour and Zambia. An act one of
// whose sides is the speaker's is passed over: the speaker does not urge
// itself. It returns nil when no such act is told.
func (d *doc) sidesOfStory(cd *candidate) []*mention {
	st := cd.st
	if cd.e.pos != 'V' || cd.e.has(flagSym) || len(cd.src) == 0 || len(cd.tgt) > 0 && !allBare(cd.tgt) {
		return nil
	}
	s, e := st.sidesObject(cd)
	if s < 0 {
		return nil
	}
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		ix := p.st.s.Index
		if p.folded || ix >= st.s.Index || ix < st.s.Index-storySidesBack || len(p.ev.Source) == 0 || len(p.ev.Target) == 0 {
			continue
		}
		a, b := p.ev.Source[0], p.ev.Target[0]
		if a.ID == "" || b.ID == "" || speaksFor(cd.src, a) || speaksFor(cd.src, b) {
			continue
		}
		a.Text, b.Text = st.textOf(s, e), st.textOf(s, e)
		return []*mention{{i: s, j: e, actor: a, kind: "implied"}, {i: s, j: e, actor: b, kind: "implied"}}
	}
	return nil
}

// speaksFor reports whether a is one of the speakers src or of a state
// among them: the UN does not urge the UN, nor Algeria Algeria's army.
func speaksFor(src []*mention, a truce.Actor) bool {
	for _, m := range src {
		if sameActor(m.actor, a) || isState(m.actor) && m.actor.Country != "" && m.actor.Country == a.Country {
			return true
		}
	}
	return false
}

// sidesObject returns the span [s, e) of "both sides", "all parties" or
// "the two governments" as the object of cd's verb: right after it, past
// "on" or "upon" ("called on all parties"), inside a trigger that takes
// in its object ("urged both sides to show restraint") or right after
// it; else -1, -1.
func (st *sent) sidesObject(cd *candidate) (int, int) {
	for k := cd.i + 1; k <= cd.j && k < len(st.low); k++ {
		if p := st.low[k-1]; k != cd.i+1 && k != cd.j && !((p == "on" || p == "upon") && k-1 <= cd.j) {
			continue
		}
		if s, e := st.sidesAt(k); s >= 0 {
			return s, e
		}
	}
	return -1, -1
}

// sidesAt returns the span of "both sides", "all parties" or "the two
// governments" starting at k, or -1, -1. "two sides" alone and "the both
// sides" are no such phrase.
func (st *sent) sidesAt(k int) (int, int) {
	s := k
	if k < len(st.low) && st.low[k] == "the" {
		k++
	}
	if k+1 >= len(st.low) || !sideNouns.has(st.low[k+1]) {
		return -1, -1
	}
	switch w := st.low[k]; {
	case w == "two" && s < k, (w == "both" || w == "all") && s == k:
		return s, k + 2
	}
	return -1, -1
}
