package code

import "strings"

// An attack told only by those who saw or heard it (issue 3): "Residents
// of the capital reported air strikes and artillery fire on Friday",
// "witnesses described heavy gunfire in the old town", "villagers heard
// shelling near the border". The attack noun has no hand and no one hit
// named, and those who report it are its witnesses, not a side; the
// attack is the event, coded with no sides, where the story places it.

// lex58WitnessVerbs tell an attack as seen or heard by its witnesses.
var lex58WitnessVerbs = filtered(wordSet(
	"reported", "report", "reports", "reporting", "heard", "hear", "hears", "hearing",
	"described", "describe", "describes", "describing", "recounted", "recount", "recounts",
	"witnessed", "witness", "witnesses", "witnessing", "saw", "see", "sees", "seeing",
))

// lex58WitnessedAttack reports whether the violent noun of the candidate,
// with no side named, is the object of a verb of witnessing in a story
// that places it: then it codes an attack with no sides.
func (b *building) lex58WitnessedAttack() bool {
	cd, st, e := b.cd, b.st, b.e
	if len(b.src) > 0 || len(b.tgt) > 0 || e.pos != 'N' || !e.has(flagViolent) || b.loc == nil || b.loc.Name == "" {
		return false
	}
	k := verbOfObject(st, cd.i, func(k int) bool { return strings.HasPrefix(st.toks[k].tag, "VB") })
	if k < 0 || !lex58WitnessVerbs.has(st.low[k]) {
		return false
	}
	// Only the noun's article and modifiers stand between the verb and it.
	for m := k + 1; m < cd.i; m++ {
		if t := st.toks[m].tag; !(t == "DT" || t == "CD" || strings.HasPrefix(t, "JJ") || t == "NN" || t == "VBN" || prec65ListedNoun(st, m)) {
			return false
		}
	}
	// "… reported gunfire as the army and the rebels battled": another
	// clause tells the fight, with its sides.
	for m := cd.j; m < len(st.low); m++ {
		if t := st.toks[m].tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return false
		}
	}
	b.lex58WitnessPlace(k)
	return true
}

// lex58WitnessPlace places the attack where its witnesses live when they
// are told as "residents of" a place before the verb at k and no place is
// named after it: "Residents of Goma reported shelling across the city".
func (b *building) lex58WitnessPlace(k int) {
	st := b.st
	for _, p := range st.places {
		if p.i > k {
			return
		}
	}
	for n := len(st.places) - 1; n >= 0; n-- {
		p := st.places[n]
		if p.i >= 2 && st.low[p.i-1] == "of" && p.place.Precision != "country" && p.place.Name != "" {
			l := p.place.Location
			b.loc = &l
			return
		}
	}
}
