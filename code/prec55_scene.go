package code

// A gathering a bomb went off in is the scene of the attack, not a protest
// of its own: "a blast hit a rally held by the rebels", "a grenade thrown
// into a crowd at a political rally", "the group, whose rally was
// targeted, condemned …". The attack is coded; the rally, a meeting of the
// party, names no demand of its own.

import "strings"

// prec55BlastWords name an explosive attack and what sets it off.
var prec55BlastWords = filtered(wordSet("bomb", "bombs", "bombing", "bombings", "blast", "blasts", "explosion",
	"explosions", "explosive", "explosives", "grenade", "grenades", "bomber", "bombers", "ied", "ieds",
	"rocket", "rockets", "mortar", "mortars", "landmine"))

// prec55SceneLinks join an attack to the gathering it hit: "hit a rally",
// "tore through a march", "thrown into a crowd at a rally".
var prec55SceneLinks = filtered(wordSet("at", "into", "through", "on", "near", "during", "outside", "among",
	"hit", "hits", "struck", "strikes", "targeted", "targeting", "targets", "attacked", "attacking", "bombed",
	"bombing", "bomb", "rocked", "ripped", "tore"))

// prec55TargetedPassives tell of a gathering as what was aimed at: "whose
// rally was targeted".
var prec55TargetedPassives = filtered(wordSet("targeted", "targetted", "bombed"))

// prec55AttackedGathering reports whether cd, a gathering noun read as a
// protest, is the scene of an explosive attack told in the sentence: the
// noun follows a link word ("at", "into", "hit") that a blast word comes
// shortly before, or is the subject of "was targeted".
func prec55AttackedGathering(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' || cd.j != cd.i+1 || !strings.HasPrefix(cd.e.cameo, "14") || !gatheringNouns.has(st.low[cd.i]) {
		return false
	}
	// "whose rally was targeted", "the march had been bombed".
	k := cd.j
	if k < len(st.low) && (st.low[k] == "was" || st.low[k] == "were") {
		k++
		if k < len(st.low) && prec55TargetedPassives.has(st.low[k]) {
			return true
		}
	}
	// Back over the noun's modifiers to the link word.
	l := cd.i - 1
	for n := 0; n < 4 && l >= 0 && prec55Modifier(st.toks[l].tag); n++ {
		l--
	}
	if l < 1 || !prec55SceneLinks.has(st.low[l]) {
		return false
	}
	for b := l; b >= 0 && b >= l-10; b-- {
		if st.low[b] == ";" || st.low[b] == "." {
			return false
		}
		if prec55BlastWords.has(st.low[b]) {
			return true
		}
	}
	return false
}

// prec55Modifier reports whether a token of this tag may stand inside the
// noun phrase before its head: "a political", "the opposition's campaign".
func prec55Modifier(tag string) bool {
	switch tag {
	case "DT", "JJ", "NN", "NNP", "PRP$", "POS", "CD", "VBN":
		return true
	}
	return false
}
