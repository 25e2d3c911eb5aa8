package code

// A subject that names two parties of one kind, "the two militaries",
// "rival legislatures", "two warring clans", as the doer of a mutual act
// puts one party on each side.

import "github.com/truce-project/truce"

// mutualActTypes are the acts two parties do together, one on each side:
// talks, deals and joint work.
var mutualActTypes = filtered(wordSet(truce.Consult, truce.Agree, truce.Cooperate))

// pairWords before a plural noun make it two parties facing each other:
// "the two navies", "both legislatures", "rival factions", "two feuding
// clans".
var pairWords = filtered(wordSet("two", "both", "rival", "warring", "feuding", "opposing"))

// wholeStateSectors are the sectors that stand for a whole state; two parties
// of one of them are two states, never one state twice.
var wholeStateSectors = filtered(wordSet("", "GOV", "MIL", "COP"))

// pairedSubject gives a mutual act whose one named doer is a pair of
// parties of one kind, and which has no target, a party on each side. Of
// two states ("Iraq and Turkey signed a memorandum … the two militaries
// will share intelligence") the other side is the article's other state
// with the same sector; of parties inside one state ("Leaders of two
// warring clans signed a peace agreement") it is a party of the same kind.
func (b *building) pairedSubject() {
	cd := b.cd
	if len(b.tgt) > 0 || len(b.src) != 1 || len(cd.src) != 1 || !mutualActTypes.has(cd.ev.Type) {
		return
	}
	m := cd.src[0]
	if m.j > cd.i || !pairPhrase(b.st, m) {
		return
	}
	a := b.src[0]
	if a.Country == "" {
		return
	}
	if two := b.d.twoSides(); len(two) == 2 && two[0].Country != two[1].Country && hasCountry(two, a.Country) {
		other := two[0]
		if other.Country == a.Country {
			other = two[1]
		}
		if s, ok := b.c.actors.Lookup(other.Country+a.Sector, b.d.date); ok && a.Sector != "" {
			other = s
		}
		other.Text = a.Text
		b.tgt = []truce.Actor{other}
		return
	}
	if !wholeStateSectors.has(a.Sector) {
		b.tgt = []truce.Actor{a}
	}
}

// pairPhrase reports whether the mention m ends in a plural noun with a
// pair word in it or among the few modifiers just before it: "the two
// governments", "Libya's rival legislatures", "two warring clans".
func pairPhrase(st *sent, m *mention) bool {
	h := m.j - 1
	if h < 0 || h >= len(st.toks) || st.toks[h].tag != "NNS" && st.toks[h].tag != "NNPS" {
		return false
	}
	for k := h - 1; k >= 0 && k >= m.i-4; k-- {
		if pairWords.has(st.low[k]) {
			return true
		}
		if k < m.i && !isModifier(st.toks[k]) && st.low[k] != "the" {
			return false
		}
	}
	return false
}
