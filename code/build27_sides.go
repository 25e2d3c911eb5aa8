package code

// The two sides an article's unnamed "both sides" stands for when they
// are not two states.

import (
	"strings"

	"github.com/truce-project/truce"
)

// lastPair returns the two sides of the latest act told before cd between
// two different actors, neither of them one of the speaker's (src), or
// nil: in "Rabat's troops moved into the buffer zone against the front
// … Algiers condemned the incursion and urged both sides to show
// restraint" the two sides are the kingdom's troops and the front, and in
// a story on a government and rebels it is them "both sides" stands for,
// though the article's two sides are no pair of states.
func (d *doc) lastPair(cd *candidate, src []truce.Actor) []truce.Actor {
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		if p == cd || p.folded || p.st.s.Index > cd.st.s.Index || p.st == cd.st && p.i >= cd.i {
			continue
		}
		if len(p.ev.Source) == 0 || len(p.ev.Target) == 0 {
			continue
		}
		a, t := p.ev.Source[0], p.ev.Target[0]
		if sameActor(a, t) || hasSame(src, a) || hasSame(src, t) || a.ID == "" && a.Country == "" || t.ID == "" && t.Country == "" {
			continue
		}
		return []truce.Actor{a, t}
	}
	return nil
}

// sidesInTrigger reports whether the trigger's own words name the two
// sides unnamed, as in a phrase trigger "urged both sides to show
// restraint" or "called on the two countries to de-escalate".
func sidesInTrigger(st *sent, cd *candidate) bool {
	for k := cd.i; k+1 < cd.j && k+1 < len(st.low); k++ {
		if (st.low[k] == "both" || st.low[k] == "two") && sideNouns.has(st.low[k+1]) {
			return true
		}
	}
	return false
}

// relationsPair gives a cut or cooling of ties between the article's two
// states (or the two of the latest act between states) the side it
// lacks: the other state of the pair. A recall or a
// break of ties is always between two. In "Accra recalled its ambassador
// and consuls from Lomé on Monday" the target is the state the envoy
// leaves; in "said it was withdrawing its envoys", with the doer lost
// to a pronoun, it is the state that the recall answers.
func (b *building) relationsPair() {
	if !strings.HasPrefix(b.e.cameo, "161") {
		return
	}
	// "recalled its ambassador from Lomé", "closed its embassy in Accra":
	// a place abroad the ties are cut with is its state.
	if loc := b.loc; len(b.tgt) == 0 && len(b.src) > 0 && loc != nil && loc.Country != "" && !hasCountry(b.src, loc.Country) {
		if a, ok := b.c.actors.Lookup(loc.Country, b.d.date); ok {
			a.Text = ""
			b.tgt = []truce.Actor{a}
			return
		}
	}
	dyad := b.d.twoSides()
	if len(dyad) != 2 || dyad[0].Country == dyad[1].Country {
		return
	}
	switch {
	case len(b.tgt) == 0 && len(b.src) > 0:
		if o, ok := otherSide(dyad, b.src); ok {
			o.Text = ""
			b.tgt = []truce.Actor{o}
		}
	case len(b.tgt) > 0 && (len(b.src) == 0 || sameCountries(b.src, b.tgt)):
		if o, ok := otherSide(dyad, b.tgt); ok {
			o.Text = ""
			b.src = []truce.Actor{o}
		}
	}
}

// sameCountries reports whether every actor of src and tgt is of one
// country: a break of ties a state makes with itself is a misreading.
func sameCountries(src, tgt []truce.Actor) bool {
	cc := src[0].Country
	for _, a := range append(append([]truce.Actor{}, src...), tgt...) {
		if a.Country == "" || a.Country != cc {
			return false
		}
	}
	return true
}

// samePair gives a mutual act whose subject joins two names that the
// dictionary reads as one actor that actor on the other side too: in
// "the Kurdish regional government and Baghdad agreed to share oil
// revenue" both are Iraq's governments, one on each side.
func (b *building) samePair() {
	cd, st := b.cd, b.st
	if len(b.tgt) > 0 || len(b.src) != 1 || len(cd.src) != 1 || !mutualActTypes.has(cd.ev.Type) || b.src[0].Country == "" {
		return
	}
	m := cd.src[0]
	if m.j >= cd.i || st.low[m.j] != "and" {
		return
	}
	other := st.mentionAt(m.j + 1)
	if other == nil || other.j > cd.i || !sameActor(other.actor, m.actor) && !sameActor(other.actor, b.src[0]) {
		return
	}
	a := b.src[0]
	a.Text = other.actor.Text
	b.tgt = []truce.Actor{a}
}
