package code

import "strings"

// A killing told in a relative clause on an accident or a disaster is no
// attack: "the collapse of a station canopy in Novi Sad that killed 15",
// "the nightclub fire in Kocani that killed 61", "the stampede at the
// stadium which killed nine". The relative pronoun's antecedent is the
// killer, and it is no one.

// toll37AccidentNouns are events that kill with no one attacking,
// besides the accident and disaster words of domains.tsv.
var toll37AccidentNouns = filtered(wordSet("collapse", "fire", "blaze", "inferno", "sinking", "shipwreck", "outbreak", "epidemic"))

// toll37FireWeapons make "fire" the fire of a weapon: "sniper fire that
// killed two", "artillery fire which killed a child".
var toll37FireWeapons = filtered(wordSet("sniper", "snipers", "artillery", "mortar", "tank", "rocket", "machine-gun", "heavy", "cross",
	"enemy", "live", "small-arms", "police", "army", "gun", "naval", "automatic", "hostile"))

// toll37SubjectStops open the clause a subject stands in: the subject of
// "killed" ends at them.
var toll37SubjectStops = filtered(wordSet("after", "before", "when", "as", "since", "while", "and", "but", "because"))

// toll37AccidentRelative reports whether the violent verb cd opens a
// relative clause ("that killed", "which has killed") whose antecedent,
// within the noun phrase before the pronoun, is an accident or disaster,
// or has such a noun phrase for its subject ("a stampede at the stadium
// killed nine").
func (c *Coder) toll37AccidentRelative(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || !cd.e.has(flagKill) {
		return false
	}
	k := cd.i - 1
	for k >= 0 && (st.toks[k].tag == "RB" || auxiliaries.has(st.low[k])) {
		k--
	}
	if k < 0 {
		return false
	}
	// "the collapse of a school roof killed 12 pupils": the accident is
	// the verb's subject itself.
	if w := st.low[k]; w == "that" || w == "which" {
		k--
	} else if st.toks[cd.i].tag != "VBD" {
		return false
	}
	for n := k; n >= 0 && n >= k-10; n-- {
		w, tag := st.low[n], st.toks[n].tag
		if w == "," || w == ";" || toll37SubjectStops.has(w) || strings.HasPrefix(tag, "VB") && tag != "VBN" {
			return false
		}
		if capitalised(st.toks[n].text) {
			continue // a name ("the Gran Ravine gang") is no accident
		}
		if d := c.lex.domains[w]; d == "accident" || d == "disaster" {
			return true
		}
		if toll37AccidentNouns.has(w) {
			if w == "fire" && n > 0 && (toll37FireWeapons.has(st.low[n-1]) || c.remoteWeaponAt(st, n-1)) {
				return false
			}
			return true
		}
	}
	return false
}
