package code

import (
	"slices"

	"github.com/truce-project/truce"
)

// A reaction that names no one and no act: "Israel's parliament passed laws
// barring the agency … The United States said it was deeply troubled",
// "… Tokyo lodged a protest through diplomatic channels". It is aimed at
// the maker of the act the story told just before, not at no one.

// reactedActKinds are the kinds of act a bare reaction answers: deeds and
// measures, not the words of others reacting.
var reactedActKinds = []string{truce.Sanction, truce.Coerce, truce.Concede, truce.Retreat, truce.Agree,
	truce.Cooperate, truce.Aid, truce.Mobilize, truce.Assault, truce.Request, truce.Reject}

// bareReactionMaker returns, for an accusation or expression of disapproval
// that takes no object (bareTrigger) and whose clause names no one after
// its trigger and no act it answers, the
// makers of the first act of a fitting kind (reactedActKinds) told in the
// nearest of the sentence itself (before the trigger) and the two before
// it, as mentions at cd's trigger; nil when there is none or the reacting
// side made that act.
func bareReactionMaker(d *doc, cd *candidate) []*mention {
	st := cd.st
	if cd.tgt != nil || len(cd.src) == 0 || namesActBack(cd) || !bareTrigger(st, cd.j) || !clauseEmptyAfter(st, cd.j) {
		return nil
	}
	idx := st.s.Index
	for back := idx; back >= idx-2 && back >= 0; back-- {
		var first *candidate
		for _, p := range d.cands {
			if p.st == nil || p.st.s.Index != back || p.folded || len(p.ev.Source) == 0 || p == cd {
				continue
			}
			if back == idx && p.i >= cd.i || !slices.Contains(reactedActKinds, string(p.ev.Type)) || namesActBack(p) {
				continue
			}
			if first == nil || p.i < first.i {
				first = p
			}
		}
		if first == nil {
			continue
		}
		return makersAt(cd, first, func(cd *candidate, a truce.Actor) bool {
			return demander(cd, a) || a.Country != "" && a.Country == cd.src[0].actor.Country
		})
	}
	return nil
}

// clauseEmptyAfter reports whether the clause of token j-1 names no actor
// from token j to its end; a place ("a route through Armenia") names no
// one.
func clauseEmptyAfter(st *sent, j int) bool {
	if j <= 0 || j > len(st.low) {
		return false
	}
	cl := st.clause[j-1]
	for n := range st.mentions {
		if m := &st.mentions[n]; !m.place && m.i >= j && m.i < len(st.clause) && st.clause[m.i] == cl {
			return false
		}
	}
	return true
}

// bareTrigger reports whether the trigger ending before token j takes no
// object of its own: the sentence or clause ends there, or a preposition
// follows ("deeply troubled.", "lodged a protest through diplomatic
// channels", "voiced concern about a route"), not a noun it is aimed at
// ("accused the experts of …", "blamed a glitch").
func bareTrigger(st *sent, j int) bool {
	if j >= len(st.low) {
		return true
	}
	switch st.low[j] {
	case ".", ",", ";", ":", "and", "but":
		return true
	}
	return st.toks[j].tag == "IN"
}
