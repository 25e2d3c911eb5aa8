package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// A state's armed forces are often named by the unit that acts rather
// than by the army: "the 6th Infantry Division said", "troops of the
// 101st Brigade overran", "the Western Mindanao Command deployed". The
// dictionary cannot list every unit of every army, so a capitalised name
// ending in a unit word and marked as a military formation (a number, an
// ordinal or an arm of service) is the army of the country the words
// around it give, like "soldiers". A unit of a police force ("the Sokoto
// State Police Command") is the police. A unit that belongs to a
// non-state group ("the ELN's 10th Brigade", "its Majeed Brigade") is left
// to that group.

// unitHeads end the name of a military formation.
var unitHeads = filtered(wordSet("division", "brigade", "battalion", "regiment", "corps", "command"))

// unitArms are words in a unit's name that make it military: "Light
// Infantry Battalion", "Armoured Brigade", "Marine Division".
var unitArms = filtered(wordSet("infantry", "armoured", "armored", "mechanised", "mechanized", "marine",
	"airborne", "artillery", "commando", "mountain", "rapid", "intervention", "special", "army",
	"paratroop", "parachute", "cavalry", "tank", "rifle", "rifles", "guards", "motorised", "motorized",
	"theatre", "theater", "joint", "operations", "military", "naval", "air"))

// spelledOrdinals number a unit in words: "the army's Second Division".
var spelledOrdinals = filtered(wordSet("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
	"eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
	"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"))

// militaryUnits adds a mention for each military unit the dictionary
// does not know, over any generic noun inside it ("Battalion").
func (st *sent) militaryUnits() {
	for k := 1; k < len(st.low); k++ {
		if st.unitAgain(k) {
			text := st.textOf(k-1, k+1)
			st.dropMentions(k, k+1)
			st.mentions = append(st.mentions, mention{i: k, j: k + 1, kind: "sector",
				actor: truce.Actor{Text: text, Name: text, Sector: "MIL"}})
			continue
		}
		if !unitHeads.has(st.low[k]) || !capitalised(st.toks[k].text) {
			continue
		}
		end := k + 1
		// "Light Infantry Battalion 72": a number after the head.
		if end < len(st.low) && st.toks[end].tag == "CD" {
			end++
		}
		if end < len(st.low) && capitalised(st.toks[end].text) && st.toks[end].tag == "NNP" {
			continue // "Command Authority": the head is not the last word
		}
		b, marked, police := k, end > k+1, false
		for b > 0 {
			w := st.low[b-1]
			if determiners.has(w) || st.isPossessive(b-1) || !(capitalised(st.toks[b-1].text) || unitOrdinal(w)) {
				break
			}
			b--
			marked = marked || unitOrdinal(w) || unitArms.has(w)
			police = police || w == "police"
		}
		if b == k || !marked && st.low[k] != "command" {
			continue
		}
		// "the army's 11th Infantry Division": the force named just
		// before already stands for its unit.
		if st.forceOwner(b) != nil {
			k = end - 1
			continue
		}
		a, ok := st.unitActor(b, end, police)
		if !ok {
			continue
		}
		st.dropMentions(b, end)
		st.mentions = append(st.mentions, mention{i: b, j: end, kind: "sector", actor: a})
		k = end - 1
	}
}

// forceOwner returns the army or police mention whose possessive stands
// right before token b, or nil.
func (st *sent) forceOwner(b int) *mention {
	if b < 2 || !st.isPossessive(b-1) {
		return nil
	}
	m := st.mentionAt(b - 2)
	if m == nil || m.j != b-1 || m.place || m.actor.Sector != "MIL" && m.actor.Sector != "COP" {
		return nil
	}
	if m.actor.ID != "" && !isState(m.actor) {
		return nil
	}
	return m
}

// unitActor returns the actor of a unit named at tokens [b, end): the
// army (or police) of the state a demonym inside the name or a
// possessive before it gives ("US Central Command", "the Philippine
// Army's 6th Infantry Division"), else of no country yet. It reports
// false when a name inside it or a possessor before it is not a state's.
func (st *sent) unitActor(b, end int, police bool) (truce.Actor, bool) {
	text := st.textOf(b, end)
	a := truce.Actor{Text: text, Name: text, Sector: "MIL"}
	if police {
		a.Sector = "COP"
	}
	owner := func(m *mention) bool {
		if m.actor.ID == "" && m.actor.Country == "" {
			return true // a generic noun: "the army's"
		}
		if !isState(m.actor) && m.actor.Country == "" {
			return false
		}
		if a.Country == "" {
			a.Country = m.actor.Country
		}
		return isState(m.actor)
	}
	for n := b; n < end; n++ {
		if m := st.mentionAt(n); m != nil && !owner(m) {
			return a, false
		}
	}
	if p := b - 1; p > 0 && st.isPossessive(p) {
		m := st.mentionAt(p - 1)
		if m == nil || !owner(m) {
			return a, false
		}
	}
	// "its 3rd Brigade": the unit of the group the sentence is about.
	if b > 0 && (st.low[b-1] == "its" || st.low[b-1] == "their") {
		if f := st.firstActor(); f == nil || !isState(f.actor) {
			return a, false
		}
	}
	if a.Country != "" {
		a.ID = a.Country + a.Sector
	}
	return a, true
}

// unitOrdinal reports whether a word numbers a unit: "6th", "101st",
// "Third".
func unitOrdinal(w string) bool {
	if spelledOrdinals.has(w) {
		return true
	}
	if len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	s := strings.TrimLeft(w, "0123456789")
	return s == "st" || s == "nd" || s == "rd" || s == "th"
}

// unitAgainNouns name a unit again once the story has named it: "The command
// said it had sent two more battalions". ("The division" is left out: it
// is as often a split as a unit.)
var unitAgainNouns = filtered(wordSet("command", "brigade", "battalion", "regiment"))

// unitAgain reports whether token k is a unit named again as the subject
// of a verb: "the" before it and a finite verb or modal right after.
func (st *sent) unitAgain(k int) bool {
	if !unitAgainNouns.has(st.low[k]) || st.low[k-1] != "the" || k+1 >= len(st.low) {
		return false
	}
	if m := st.mentionAt(k); m != nil && m.actor.ID != "" {
		return false
	}
	switch st.toks[k+1].tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}
