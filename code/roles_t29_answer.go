package code

// Reactions aimed at who made the act they name back by its kind: "Moldova
// offered to supply gas. The separatists refused the offer" refuses
// Moldova; "The deputies appealed to Moscow. The government dismissed the
// appeal" dismisses the deputies; "Kabul and the rebels signed an accord. A
// rival faction rejected the agreement" rejects the accord's parties.

import (
	"slices"

	"github.com/truce-project/truce"
)

// answeredNouns name back an act told before by its kind, with the kinds of
// event that tell it: an offer or a proposal is a promise, an appeal or a
// demand a request, an agreement an accord. (A charge answered is
// answeredState's: "Iran rejected the accusation".)
var answeredNouns = map[string][]string{
	"offer": {truce.Agree, truce.Aid}, "offers": {truce.Agree, truce.Aid},
	"proposal": {truce.Agree, truce.Request}, "proposals": {truce.Agree, truce.Request},
	"appeal": {truce.Request}, "appeals": {truce.Request}, "plea": {truce.Request},
	"request": {truce.Request}, "requests": {truce.Request},
	"demand": {truce.Request}, "demands": {truce.Request},
	"ultimatum": {truce.Request, truce.Threaten},
	"agreement": accordKinds, "deal": accordKinds, "accord": accordKinds, "pact": accordKinds,
}

// accordKinds tell an accord, which has parties rather than a maker.
var accordKinds = []string{truce.Agree}

// answeringKinds are the reactions whose object may name back an act:
// rejecting, criticising or welcoming it.
var answeringKinds = []string{truce.Reject, truce.Accuse, truce.Support}

// answeredMaker returns, for a reaction whose object is a definite noun
// naming back an act by its kind ("refused the offer", "dismissed the
// appeal", "rejected the agreement"), the sides of the latest act of that
// kind told earlier in the sentence or in the two sentences before, as
// mentions at cd's trigger: its makers, and for an accord its other
// parties too. The reacting side itself is passed over; nil when no such
// act is told, when the noun's own words name its maker ("the offer by
// Qatar", "Russia's offer"), or when the reaction is no answer.
func (c *Coder) answeredMaker(d *doc, cd *candidate, earlier []*candidate) []*mention {
	if !slices.Contains(answeringKinds, c.lex.cameo[cd.e.cameo].plover) || len(cd.src) == 0 {
		return nil
	}
	kinds := cd.st.answeredKinds(cd)
	// An offer or an appeal has a maker; an accord has parties.
	accord := slices.Equal(kinds, accordKinds)
	// "Fishermen's unions welcomed the accord": a welcome names no side of
	// an accord; its parties are not whom the unions answer.
	if kinds == nil || accord && c.lex.cameo[cd.e.cameo].plover == truce.Support {
		return nil
	}
	var sides []truce.Actor
	for n := len(earlier) - 1; n >= 0 && sides == nil; n-- {
		p := earlier[n]
		if p.st != cd.st || p.folded || len(p.src) == 0 || !slices.Contains(kinds, c.lex.cameo[p.e.cameo].plover) {
			continue
		}
		for _, m := range p.src {
			sides = append(sides, m.actor)
		}
		if accord {
			for _, m := range p.tgt {
				sides = append(sides, m.actor)
			}
		}
	}
	for n := len(d.cands) - 1; n >= 0 && sides == nil; n-- {
		p := d.cands[n]
		ix := p.st.s.Index
		if ix >= cd.st.s.Index || ix < cd.st.s.Index-2 || p.folded || len(p.ev.Source) == 0 || !slices.Contains(kinds, string(p.ev.Type)) {
			continue
		}
		sides = append(sides, p.ev.Source...)
		if accord {
			sides = append(sides, p.ev.Target...)
		}
	}
	var out []*mention
	seen := map[string]bool{}
	for _, a := range sides {
		if a.ID == "" || seen[a.ID] || answerer(cd, a) {
			continue
		}
		seen[a.ID] = true
		a.Text = ""
		out = append(out, &mention{i: cd.i, j: cd.j, actor: a, kind: "implied"})
	}
	return out
}

// answeredKinds returns the kinds of act the object of cd's trigger names
// back, when it is a definite noun of answeredNouns inside the trigger or
// right after it past determiners and modifiers, and nothing in the phrase
// names its maker: "refused the offer" but not "refused Russia's offer" or
// "refused the offer from Qatar".
func (st *sent) answeredKinds(cd *candidate) []string {
	definite := false
	for k := cd.i + 1; k < len(st.low) && k < cd.j+4; k++ {
		if m := st.mentionAt(k); m != nil && !m.place {
			return nil
		}
		switch st.low[k] {
		case "the", "this", "that", "these", "those":
			definite = true
			continue
		}
		if kinds := answeredNouns[st.low[k]]; kinds != nil {
			if !definite || k+2 < len(st.low) && makerPreps.has(st.low[k+1]) && st.mentionAt(k+2) != nil {
				return nil
			}
			return kinds
		}
		if k >= cd.j && !isModifier(st.toks[k]) {
			return nil
		}
	}
	return nil
}

// makerPreps introduce who made an act inside its noun phrase: "the offer
// from Qatar", "the appeal by the deputies", "the deal with the rebels".
var makerPreps = filtered(wordSet("from", "by", "of", "with"))

// answerer reports whether a is the reacting side itself: the very actor,
// or the same state when both are the state or its government. Another
// organ or group of the same country is another side: a government that
// dismisses its parliament's appeal answers the parliament, and one that
// welcomes its rebels' disarmament answers the rebels.
func answerer(cd *candidate, a truce.Actor) bool {
	for _, m := range cd.src {
		if m.actor.ID != "" && sameActor(m.actor, a) {
			return true
		}
		if stateProper(m.actor) && stateProper(a) && m.actor.Country == a.Country {
			return true
		}
	}
	return false
}

// stateProper reports whether a is a state itself or its government.
func stateProper(a truce.Actor) bool {
	return a.Country != "" && (a.ID == a.Country || a.ID == a.Country+"GOV")
}
