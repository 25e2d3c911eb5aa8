package code

import (
	"slices"

	"github.com/truce-project/truce"
)

// actRefNouns name back, in general terms, the act a sentence before told:
// "Congo expelled Rwanda's envoy. Kigali regretted the decision", "Khartoum
// rejected the finding". Unlike a measure noun, which names the latest
// measure of its kind, such a noun names the main act of the sentence it
// looks back to, which that sentence tells first. A listing, a vote or a
// sanction is named back the same way: "Brussels froze the envoy's assets.
// Minsk rejected the listing", "Kigali welcomed the vote"; so is a plan or
// scheme agreed or laid ("London and Kigali signed a deal. Labour called
// the scheme unworkable"; dev, roles21: gold aims 8 of 8 reactions to "the
// plan" or "the scheme" at its makers).
var actRefNouns = filtered(wordSet("decision", "decisions", "ruling", "verdict", "move", "step", "finding", "findings", "determination",
	"listing", "listings", "designation", "vote", "sanction", "plan", "plans", "scheme", "schemes"))

// actRefKinds are the kinds of event a general act noun can name back; an
// attack, a meeting or a protest is not called "the decision".
var actRefKinds = []string{truce.Sanction, truce.Coerce, truce.Accuse, truce.Concede, truce.Retreat,
	truce.Reject, truce.Agree, truce.Support, truce.Cooperate, truce.Aid, truce.Mobilize}

// actMaker returns, for a reaction whose object is a general act noun
// ("Ankara welcomed the decision"), the makers of the first act of a
// fitting kind told in the nearest of the two sentences before that tells
// one, as mentions at cd's trigger; nil when there is none or the reacting
// side made it.
func actMaker(d *doc, cd *candidate) []*mention {
	st := cd.st
	if k := actNounPos(cd); k < 0 || actNounOwned(st, k) {
		return nil
	}
	var first *candidate
	only := actVerbSentence(d, cd)
	for n := len(d.cands) - 1; n >= 0; n-- {
		p := d.cands[n]
		idx := p.st.s.Index
		if idx >= st.s.Index || idx < st.s.Index-2 || first != nil && idx != first.st.s.Index || only >= 0 && idx != only {
			continue
		}
		// "Minsk called the decision reckless. Kyiv welcomed the move": a
		// reaction to the act is not the act, nor is one that names the
		// act by its kind ("ECOWAS regretted the pact. Dakar called the
		// plan dangerous").
		if p.folded || len(p.ev.Source) == 0 || !slices.Contains(actRefKinds, string(p.ev.Type)) || namesActBack(p) ||
			reactsToMeasure(p) {
			continue
		}
		if first == nil || p.i < first.i {
			first = p
		}
	}
	if first == nil {
		return nil
	}
	return makersAt(cd, first, demander)
}

// namesActBack reports whether the object of cd's trigger, inside it or
// right after it, is a general act noun: "welcomed the decision",
// "criticised the step".
func namesActBack(cd *candidate) bool {
	return actNounAt(cd) != ""
}

// reactsToMeasure reports whether cd is a reaction (an accusation or a
// rejection) whose object names an earlier measure or pact by its kind:
// "ECOWAS regretted the pact", "Moscow rejected the sanctions".
func reactsToMeasure(cd *candidate) bool {
	if cd.ev.Type != truce.Accuse && cd.ev.Type != truce.Reject {
		return false
	}
	if kinds, _ := measureNounAt(cd); kinds != nil {
		return true
	}
	st := cd.st
	for k := cd.j; k < len(st.low) && k < cd.j+3; k++ {
		switch {
		case x103DocumentNouns.has(st.low[k]) || st.low[k] == "deal":
			return true
		case !determiners.has(st.low[k]) && !isModifier(st.toks[k]):
			return false
		}
	}
	return false
}
