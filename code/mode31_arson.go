package code

import "github.com/truce-project/truce"

// ownDestruction reports whether two assaults of one sentence are an
// attack and a burning or wrecking of property, each with its own object,
// which are two events though they share the doer and the place: "raided
// the village, killing three civilians and setting fire to 40 homes",
// "shot two guards and torched the police station" (an ASSAULT destroy,
// CAMEO 1712, beside the attack). "Shot and burned the houses", one
// object for both verbs, stays one event, and so does the damage an
// attack does ("the blast destroyed a vehicle").
func ownDestruction(b, cd *candidate) bool {
	x, y := &b.ev, &cd.ev
	if x.Type != truce.Assault || y.Type != truce.Assault || x.Mode == y.Mode {
		return false
	}
	if x.Mode != "destroy" && y.Mode != "destroy" {
		return false
	}
	burnt := cd
	if x.Mode == "destroy" {
		burnt = b
	}
	return b.e.pos == 'V' && cd.e.pos == 'V' && arsonWords.has(burnt.st.low[burnt.i]) && !sharedObject(b, cd)
}

// arsonWords open the triggers of setting property on fire: "set fire
// to", "torched", "burned". ("the blast that destroyed a vehicle" tells
// the damage the attack itself did.)
var arsonWords = filtered(wordSet("set", "sets", "setting", "torch", "torches", "torched", "torching",
	"burn", "burns", "burned", "burnt", "burning", "firebombed", "firebombing"))
