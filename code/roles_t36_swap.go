package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// Two sides named together as the subject of a prisoner swap: "the Houthi
// movement and the government began exchanging 900 prisoners", "Russia and
// Ukraine swapped captives". Each side frees the other's people, so each is
// the other's target; the captives are no party to the act.

// swapSides makes the first of two or more coordinated subjects of a
// release or swap the source and the others its target, when what was
// found as the target is only the captives (a bare captive noun after the
// trigger) or no one. A release by one side alone ("the army and police
// freed 30 hostages") keeps its subject: only a trigger that tells of an
// exchange is read as two-sided, and only between a state and an armed
// group or two armed groups.
func swapSides(cd *candidate) {
	st := cd.st
	if cd.e.mode != "release" || len(cd.src) < 2 || !releaseSwap(st, cd) {
		return
	}
	for _, m := range cd.tgt {
		if !st.holds(m) || m.i < cd.i || !captiveNouns.has(strings.ToLower(st.textOf(m.i, m.j))) {
			return
		}
	}
	a, b := cd.src[0].actor, cd.src[1].actor
	if a.ID != "" && a.ID == b.ID || a.ID == "" && b.ID == "" && a.Sector == b.Sector {
		return
	}
	// "Armenia and Azerbaijan swapped prisoners": two states trading
	// captives stay the swap's joint source, as ACLED's reading of a trade
	// between states needs them.
	if stateOrForces(a) && stateOrForces(b) {
		return
	}
	cd.src, cd.tgt = cd.src[:1], cd.src[1:]
}

// releaseSwap reports whether the words of cd's trigger, or the few after
// it, tell of an exchange: "began exchanging", "releasing … in a swap".
func releaseSwap(st *sent, cd *candidate) bool {
	for k := cd.i; k < cd.j+10 && k < len(st.low); k++ {
		if swapWords.has(st.low[k]) {
			return true
		}
		if k >= cd.j && (st.low[k] == "," || st.low[k] == ";") {
			return false
		}
	}
	return false
}

// stateOrForces reports whether a is a state, its government or its forces
// (a country's sector actor with no group of its own), not rebels, gangs or
// militias.
func stateOrForces(a truce.Actor) bool {
	return a.Country != "" && (a.ID == "" || isState(a)) && !holderSectors.has(a.Sector)
}

// foldedPair gives an accord coded from its noun, whose parties are the
// subject of the verb folded into it, the two sides named before when that
// subject only counts them: "Border troops from Kyrgyzstan and Tajikistan
// clashed … By evening the two governments had agreed a ceasefire" is agreed
// between Kyrgyzstan's government and Tajikistan's (see bothSidesMeet; the
// states may be named as where the troops come from).
func (c *Coder) foldedPair(d *doc, cd *candidate) {
	if cd.tgt != nil && !allBare(cd.tgt) {
		return
	}
	if s, t := c.bothSidesMeet(d, cd); s != nil {
		cd.src, cd.tgt = s, t
		return
	}
	if !cd.e.has(flagSym) || len(cd.src) != 1 || !cd.st.unnamedSides(cd.src[0]) {
		return
	}
	pair := d.statesPairBefore(cd.st)
	if pair == nil {
		return
	}
	m := cd.src[0]
	pair = c.sided(d, pair, m.actor.Sector)
	cd.src = []*mention{{i: m.i, j: m.j, actor: pair[0], kind: "implied"}}
	cd.tgt = []*mention{{i: m.i, j: m.j, actor: pair[1], kind: "implied"}}
}

// statesPairBefore returns the first two states named together ("X and
// Y") in a sentence before st, as places or as actors: "troops from
// Kyrgyzstan and Tajikistan". Nil when there is none.
func (d *doc) statesPairBefore(st *sent) []truce.Actor {
	for _, p := range d.sents {
		if p.s.Index >= st.s.Index {
			continue
		}
		for x := range p.mentions {
			m := &p.mentions[x]
			if m.kind != "country" || m.actor.ID == "" || m.j+1 >= len(p.low) || p.low[m.j] != "and" {
				continue
			}
			n := p.mentionAt(m.j + 1)
			if n == nil || n.i != m.j+1 || n.kind != "country" || n.actor.ID == "" || n.actor.Country == m.actor.Country {
				continue
			}
			return []truce.Actor{m.actor, n.actor}
		}
	}
	return nil
}
