package code

// An act done to a place that names no one: "fired shells at targets in
// Jericho", "reimposed blockades in the West Bank", "suspended aid
// deliveries in Baghdad", "ordered an armed strike across northern
// Colombia". With no actor named as its object, the act is aimed at the
// people of the place it names after the trigger.

import (
	"strings"

	"github.com/truce-project/truce"
)

// placeAimTypesX51 are the categories whose act lands on a place: an
// attack, a coercive measure, a sanction, a threat. A statement, a
// meeting or a deployment held somewhere is not aimed at it.
var placeAimTypesX51 = filtered(map[string]bool{truce.Assault: true, truce.Coerce: true, truce.Sanction: true, truce.Threaten: true})

// placePrepsX51 open the phrase that names where an act lands.
var placePrepsX51 = filtered(wordSet("in", "into", "across", "throughout", "on", "at", "inside", "over", "around", "near", "against"))

// venueNounsX51 name a gathering a place may host; a place after them is
// where it was held, not what an act was aimed at ("imposed sanctions at
// a meeting in Brussels").
var venueNounsX51 = filtered(wordSet("meeting", "meetings", "summit", "talks", "conference", "session", "interview",
	"speech", "statement", "address", "ceremony", "visit", "briefing", "hearing", "trial", "court", "rally"))

// borderWordsX51 name a border post; one named by its place is the
// border, not the people of the place.
var borderWordsX51 = filtered(wordSet("crossing", "crossings", "border", "frontier", "checkpoint", "checkpoints", "post", "posts"))

// stateForcesOfX51 reports whether src holds the state of country cc or
// its forces, police or government: an insurgent or a gang attacking at
// home still hits the people of the place.
func stateForcesOfX51(src []truce.Actor, cc string) bool {
	for _, a := range src {
		if a.Country == cc && (a.ID == cc || t45StateForces.has(a.Sector) || a.Sector == "COP" || a.Sector == "GOV") {
			return true
		}
	}
	return false
}

// placeTargetX51 gives an act with no target, once every other reading
// has had its say, the people of the place it names, when that place
// follows the trigger in its clause through the act's own object and a
// preposition only, with no actor, owner, verb or comma between. An
// attack by a state's own forces on its own ground keeps no target: whom
// they strike at home the place does not say.
func (c *Coder) placeTargetX51(d *doc) {
	for _, cd := range d.cands {
		ev := &cd.ev
		if cd.folded || len(ev.Target) > 0 || !placeAimTypesX51.has(ev.Type) || cd.e == nil || cd.e.has(flagSym) || cd.e.has(flagTerritory) || cd.j >= len(cd.st.low) {
			continue
		}
		// (A fragment of the act beside it stays one to leave out.)
		if fragmentDropped(d, cd) {
			continue
		}
		st := cd.st
		p, object := st.aimedPlaceX51(cd)
		if p == nil || p.place.Country == "" {
			continue
		}
		// ("officials closed Torkham and Chaman": a state that closes or
		// seals a place of its own shuts it to others, not to its people.)
		cc := p.place.Country
		if (ev.Type == truce.Assault || object) && stateForcesOfX51(ev.Source, cc) {
			continue
		}
		if a, ok := c.actors.Lookup(cc+"CVL", d.date); ok {
			a.Text = st.textOf(p.i, p.j)
			ev.Target = []truce.Actor{a}
		}
	}
}

// aimedPlaceX51 returns the first place after the trigger of cd that the
// act reaches: right after it ("blockade Paris", object set) or after a
// preposition, past the act's own nouns ("shells at targets in Jericho",
// "power lines leading into Kabul").
func (st *sent) aimedPlaceX51(cd *candidate) (p *placeRef, object bool) {
	cl := st.clause[cd.i]
	j := st.x74StruckEnd(cd)
	// "threatened to impose a curfew in Algiers": the place the
	// threatened act would land on.
	if cd.ev.Type == truce.Threaten && j+1 < len(st.low) && st.low[j] == "to" && st.toks[j+1].tag == "VB" {
		j += 2
	}
	for n := range st.places {
		p = &st.places[n]
		if p.i < j || p.i-j > 10 {
			continue
		}
		// ("shut the Torkham crossing": a border closed is aimed at
		// the other side of it.)
		if st.borderAfterX51(p.j) {
			return nil, false
		}
		// The words the place opens with: "the", "northern", "central".
		q := p.i - 1
		for q >= j && (st.low[q] == "the" || strings.HasPrefix(st.toks[q].tag, "JJ") || st.x74TownPreface(q, p)) {
			q--
		}
		if q < j {
			return p, true
		}
		if !placePrepsX51.has(st.low[q]) {
			return nil, false
		}
		for k := j; k < p.i; k++ {
			if st.clause[k] != cl || st.low[k] == "," || venueNounsX51.has(st.low[k]) || borderWordsX51.has(st.low[k]) || reportVerbs.has(st.low[k]) {
				return nil, false
			}
			if verbAt(st, k) && st.toks[k].tag != "VBG" && st.toks[k].tag != "VBN" {
				return nil, false
			}
			if m := st.mentionAt(k); m != nil && !m.place || st.toks[k].tag == "PRP$" {
				return nil, false
			}
		}
		return p, false
	}
	return nil, false
}

// borderAfterX51 reports whether a border word follows the place ending
// at k, past the other places of a list: "the Torkham and Chaman
// crossings".
func (st *sent) borderAfterX51(k int) bool {
	for n := 0; k < len(st.low) && n < 6; n++ {
		switch {
		case borderWordsX51.has(st.low[k]):
			return true
		case st.low[k] == "and" || st.low[k] == ",":
			k++
		default:
			q := st.placeAtX51(k)
			if q == nil {
				return false
			}
			k = q.j
		}
	}
	return false
}

// placeAtX51 returns the place that starts at token k, or nil.
func (st *sent) placeAtX51(k int) *placeRef {
	for n := range st.places {
		if st.places[n].i == k {
			return &st.places[n]
		}
	}
	return nil
}
