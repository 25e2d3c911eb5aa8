package code

// ACLED rules for fighting named by a noun, and for barrages whose first
// weapon is a gun.

// fightNamed: a noun that names two-sided fighting, with an armed side
// among its actors, tells a battle, though the dead it counts are
// civilians or a side is borrowed from another clause: "clashes near the
// water intake killed 31 people" (the people fell in the fighting, not
// at one side's hands), "a week of clashes that killed two fighters and a
// bystander" (no mob fights fighters; byCivilianCrowd asks armedFight
// too). It runs last but one, after the rules for ground taken.
func fightNamed(x *acx) bool {
	return x.is(acledBattles, subClash) && x.armedFight()
}

// armedFight reports whether the trigger is a noun of two-sided fighting
// with an armed side among the event's actors, in a sentence that tells
// of no crowd or protest (those are the riot rules'): "clashes near the
// border post killed 31 people". A fight between civilians alone ("clashes
// between two villages") is left to the rule for mobs.
func (x *acx) armedFight() bool {
	if x.i < 0 || x.ev.Mode == "sexual" {
		return false
	}
	noun := false
	for k := x.i; k < x.j; k++ {
		noun = noun || fightNouns.has(x.st.low[k])
	}
	if !noun || x.st.hasAny(&streetCrowd) || x.st.hasAny(&marchWords) || x.st.hasAny(&rioterWords) {
		return false
	}
	_, srcArmed := x.sides(x.ev.Source)
	_, tgtArmed := x.sides(x.ev.Target)
	return srcArmed || tgtArmed
}

// fightNouns name fighting between two sides.
var fightNouns = filtered(wordSet("clash", "clashes", "fighting", "battle", "battles", "skirmish", "skirmishes", "firefight",
	"firefights", "gunfight", "gunfights"))

// gunsFirst reports whether the drones named at k close a list of
// weapons that a gun opens: "artillery and drones", "tanks, mortars and
// drones" fire from the ground with drones beside them, and the gun named
// first decides the sub-event type. Manned aircraft beside guns ("artillery
// and jets struck the villages") stay a strike from the air.
func (x *acx) gunsFirst(k int) bool {
	if k < 2 || !droneWords.has(x.st.low[k]) || x.st.low[k-1] != "and" && x.st.low[k-1] != "," {
		return false
	}
	for n := k - 2; n >= 0 && n >= k-6 && x.st.clause[n] == x.st.clause[k]; n-- {
		w := x.st.low[n]
		switch {
		case gunWords.has(w):
			return true
		case aircraftWords.has(w) || airStrikeWords.has(w) || w == "air":
			return false
		}
	}
	return false
}
