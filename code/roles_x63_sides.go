package code

// A collective subject that stands for the two actors just named: "the
// two agreed to …", "both sides had accepted it", "The two sides said they
// would meet again". Its parties are the pair of the latest act told
// between two actors in this sentence or the one before, not the speaker
// who reports it, nor a thing in the object ("joint police patrols").

import (
	"github.com/truce-project/truce"
)

// x63CollectiveSides gives a mutual act whose subject is the two sides
// unnamed those two sides, one on each side.
func (b *building) x63CollectiveSides() {
	cd, st := b.cd, b.st
	if !mutualActTypes.has(cd.ev.Type) && !b.e.has(flagSym) {
		return
	}
	// People or bodies "of the two countries" stand for the article's two
	// states, which the sides of an act told just before need not be.
	if !x63BareTwoBefore(st, cd.i) && !x63BareSidesSubject(st, cd.i) {
		return
	}
	pair := b.d.x63RecentPair(cd)
	if pair == nil {
		return
	}
	// Already the two sides (in either order): nothing to mend.
	if len(b.src) == 1 && len(b.tgt) == 1 && (sameActor(b.src[0], pair[0]) && sameActor(b.tgt[0], pair[1]) || sameActor(b.src[0], pair[1]) && sameActor(b.tgt[0], pair[0])) {
		return
	}
	a, t := pair[0], pair[1]
	a.Text, t.Text = "", ""
	b.src, b.tgt = []truce.Actor{a}, []truce.Actor{t}
}

// x63BareTwoBefore reports whether "the two" stands alone as the subject
// of the verb at i, with only modals, adverbs and auxiliaries between:
// "the two agreed", "the two have since met twice".
func x63BareTwoBefore(st *sent, i int) bool {
	k := skipAuxiliaries(st, i-1)
	return k >= 1 && k < i && st.low[k] == "two" && st.low[k-1] == "the" && x63OwnSubject(st, k-1)
}

// x63BareSidesSubject reports whether "both sides" or "the two
// countries" is the subject of the verb at i on its own, not the
// countries of people or bodies ("ministers of the two countries met").
func x63BareSidesSubject(st *sent, i int) bool {
	if !bareSidesBefore(st, i) {
		return false
	}
	k := skipAuxiliaries(st, i-1) - 1
	if k >= 1 && st.low[k-1] == "the" {
		k--
	}
	return x63OwnSubject(st, k)
}

// x63OwnSubject reports whether the words of the sides starting at k are
// a subject of their own, not the object of a preposition ("of the two",
// "between the two", "from both countries").
func x63OwnSubject(st *sent, k int) bool {
	if k < 1 {
		return true
	}
	switch st.low[k-1] {
	case "of", "between", "to", "with", "for", "from", "on", "by":
		return false
	}
	return true
}

// x63RecentPair returns the two different actors of the latest act told
// before cd, in cd's sentence or the one before, or nil.
func (d *doc) x63RecentPair(cd *candidate) []truce.Actor {
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		if p == cd || p.folded || p.st.s.Index > cd.st.s.Index || p.st == cd.st && p.i >= cd.i {
			continue
		}
		if p.st.s.Index < cd.st.s.Index-1 {
			return nil
		}
		if len(p.ev.Source) == 0 || len(p.ev.Target) == 0 {
			continue
		}
		a, t := p.ev.Source[0], p.ev.Target[0]
		if sameActor(a, t) || a.ID == "" && a.Country == "" || t.ID == "" && t.Country == "" {
			continue
		}
		// Two sectors of one country ("the army freed … the government",
		// a government and its protesters) are left to the article's
		// other clues: the sides "both sides" stands for are two states,
		// or a state and a named armed group.
		if a.Country == t.Country && isState(a) && isState(t) {
			return nil
		}
		return []truce.Actor{a, t}
	}
	return nil
}
