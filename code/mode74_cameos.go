package code

import "github.com/truce-project/truce"

// mode74 reads more finer CAMEO codes (issue 3) off events once they are
// final, as mode59 to mode71 do: the trigger rows keep their codes for the
// confidence model, only the event's code (and Goldstein) change.
//
// Fire that a state's forces open in breach of a ceasefire is a ceasefire
// violated, CAMEO 196: "Armenian units had fired on its positions in
// violation of the ceasefire", "the truce was due to begin at midnight,
// but the army said enemy troops had attacked its posts", "the two
// governments agreed a ceasefire, but Dushanbe's forces fired on its
// positions again", "fighting continued in the capital despite the
// truce". The rows give the 190 of a fight at large, or the 194 of
// shelling; gold gives 196 (8 of 8 such fights judged on dev, in 8 files,
// old and new: DIP-accuse, DIP-wire9, VIO-agreement, VIO-wire11,
// VIO-wire12, VIO-wire19, VIO-wire37, VIO-wire63). An air strike so told
// gold leaves 195 ("a drone strike killed one man, in the latest breach
// of the truce"), and it is left. The breach must be told in the fight's
// own sentence: by a breach word or "despite" just before the truce noun,
// or by a contrast ("but", "though") between a truce told first and the
// fight told after it. A
// truce agreed after the fighting ("agreed a ceasefire, ending five days
// of clashes") is no breach, and the fight keeps its code; nor is a breach
// told as a charge ("took the village, accusing Baku of violating the
// ceasefire"), which gold codes 112 apart from the fight, left 190; and
// fighting between militias or clans told despite a truce gold leaves 190.
//
// A munition told as releasing, or filled with, a gas or a chemical agent
// is a chemical weapon used, CAMEO 2041: "accused the junta of dropping
// bombs that released a yellowish, choking gas on its positions", "drones
// dropped munitions containing chloropicrin", "fired artillery shells
// loaded with sulphur mustard", "a grenade released the gas on its
// trenches". The weapon rows give the 195 of an air strike, the 194 of
// shelling or the 183 of a bombing when the agent is not one of their
// chemical words; gold gives 2041 to such munitions (7 of 7 judged on dev,
// in 6 files, old and new; 2041 also holds 45 of the 49 events coded
// 2041 already, the rest 2042 or 180). Tear gas fired by the police
// ("fired rubber bullets and tear gas") names no munition that carries
// it, and keeps its code.
//
// Military drills or exercises are a raised military alert, CAMEO 152:
// "Tehran's army began large-scale exercises near the border", "Chinese
// warships kept up live-fire drills around the island", "ordered 5,600
// troops to take part in defensive exercises". The rows give the 150 of a
// show of force at large; gold gives 152 (6 of 8 such drills coded 150 on
// dev, in 5 files, old and new: DIP-wire11, DIP-wire14, DIP-wire33,
// DIP-wire37, DIP-wire61; the others 150 and, for drills told with units
// moved, 154). Our 150 is right for 1 of the 8. The drills must be the
// trigger's own words or told in its clause: a show of force told without
// them ("flew 40 warplanes near the island") keeps 150.
//
// mode74Code returns the finer code of cd's event, or "" to keep its own.
func mode74Code(cd *candidate) string {
	switch {
	case cd.st == nil:
	case cd.ev.Type == truce.Assault && mode74Fights[cd.ev.CAMEO] && mode74StateFire(cd.ev.Source) &&
		mode74TruceBroken(cd.st.low, cd.i):
		return mode74CeasefireCode
	case cd.ev.Type == truce.Assault && mode74Munitions[cd.ev.CAMEO] && mode74GasCarried(cd.st.low):
		return mode74ChemicalCode
	case cd.ev.Type == truce.Mobilize && cd.ev.CAMEO == "150" && mode74Drills(cd.st.low, cd.i, cd.j):
		return mode74AlertCode
	}
	return ""
}

// mode74Fights are the codes of a fight or a shelling that a breach of a
// truce makes a ceasefire violated.
var mode74Fights = map[string]bool{"190": true, "194": true}

// The codes mode74 gives.
const (
	mode74CeasefireCode = "196"  // violate ceasefire
	mode74ChemicalCode  = "2041" // use chemical, biological or radiological weapons
	mode74AlertCode     = "152"  // increase military alert status
)

// mode74DrillReach is the most tokens after a show of force's trigger the
// drills it names may be.
const mode74DrillReach = 6

// mode74Drills reports whether the show of force whose trigger spans i to
// j names drills or exercises, in its trigger or its own clause after it.
func mode74Drills(low []string, i, j int) bool {
	for k := i; k < len(low) && k < j+mode74DrillReach; k++ {
		if k >= j && (mode69OtherClause.has(low[k]) || mode74DrillStops.has(low[k])) {
			return false
		}
		if mode74DrillWords.has(low[k]) {
			return true
		}
	}
	return false
}

// mode74DrillStops open a clause of time whose drills are not the event's.
var mode74DrillStops = filtered(wordSet("once", "when", "until", "unless"))

// mode74DrillWords name military drills.
var mode74DrillWords = filtered(wordSet("drill", "drills", "exercise", "exercises", "manoeuvres",
	"maneuvers", "manoeuvre", "maneuver", "wargames", "war-games", "games"))

// mode74Munitions are the codes of an attack by a munition that may have
// carried a chemical agent.
var mode74Munitions = map[string]bool{"18": true, "183": true, "190": true, "194": true, "195": true}

// mode74CarrierReach is the most tokens before a carrying word ("released",
// "filled") its munition may be; mode74AgentReach the most tokens after it
// the agent may be.
const (
	mode74CarrierReach = 3
	mode74AgentReach   = 6
)

// mode74GasCarried reports whether the sentence whose tokens are low tells
// a munition carrying a gas or a chemical agent: a munition noun, a
// carrying word just after it ("bombs that released", "shells loaded
// with", "munitions containing") and the agent after that (smoke or fumes
// only when told as choking or poisonous).
func mode74GasCarried(low []string) bool {
	for k, w := range low {
		if !mode74CarryWords.has(w) || !mode74MunitionBefore(low, k) {
			continue
		}
		harm := false
		for n := k + 1; n < len(low) && n <= k+mode74AgentReach; n++ {
			if mode74Agents.has(low[n]) || harm && mode74Vapours.has(low[n]) {
				return true
			}
			harm = harm || mode74HarmWords.has(low[n])
			if low[n] == "and" || low[n] == ";" || low[n] == "." {
				break
			}
		}
	}
	return false
}

// mode74MunitionBefore reports whether a munition noun is told just before
// the carrying word at k.
func mode74MunitionBefore(low []string, k int) bool {
	for n := k - 1; n >= 0 && n >= k-mode74CarrierReach; n-- {
		if mode74MunitionNouns.has(low[n]) {
			return true
		}
	}
	return false
}

// mode74CarryWords tell what a munition carried or gave off.
var mode74CarryWords = filtered(wordSet("released", "releasing", "releases", "release", "filled",
	"loaded", "laden", "containing", "contained", "contains", "carrying", "emitting", "emitted"))

// mode74MunitionNouns name what is dropped or fired.
var mode74MunitionNouns = filtered(wordSet("bomb", "bombs", "munition", "munitions", "shell", "shells",
	"grenade", "grenades", "rocket", "rockets", "missile", "missiles", "barrel", "barrels", "canister",
	"canisters", "cylinder", "cylinders", "mortar", "mortars", "rounds", "projectile", "projectiles",
	"device", "devices", "ordnance"))

// mode74Agents name a gas or chemical agent a munition may carry.
var mode74Agents = filtered(wordSet("gas", "gases", "chlorine", "chloropicrin", "sarin", "mustard",
	"phosgene", "agent", "agents", "chemical", "chemicals", "toxin", "toxins"))

// mode74Vapours name what a munition gives off, a chemical agent only when
// told as choking or poisonous: "released a yellowish, choking smoke", not
// "bombs that released thick smoke".
var mode74Vapours = filtered(wordSet("smoke", "fumes", "vapour", "vapor", "vapours", "vapors", "cloud"))

// mode74HarmWords tell a vapour a chemical agent.
var mode74HarmWords = filtered(wordSet("choking", "toxic", "poisonous", "stinging", "noxious",
	"suffocating", "yellow", "yellowish", "greenish"))

// mode74StateFire reports whether some side that fired is a state or its
// forces: a ceasefire gold reads as broken is one between states or a
// state and its foes.
func mode74StateFire(src []truce.Actor) bool {
	for _, a := range src {
		if stateSide(a) {
			return true
		}
	}
	return false
}

// mode74BreachReach is the most tokens before a truce noun its breach word
// ("in violation of the ceasefire", "despite a week-long truce") may be.
const mode74BreachReach = 4

// mode74TruceBroken reports whether the sentence whose tokens are low tells
// the fight whose trigger starts at i as done in breach of a truce: a
// breach word or "despite" just before a truce noun, or a truce noun
// before i with a contrast between it and the fight.
func mode74TruceBroken(low []string, i int) bool {
	for k, w := range low {
		if !truceWords.has(w) {
			continue
		}
		for n := k - 1; n >= 0 && n >= k-mode74BreachReach; n-- {
			if mode74BreachWords.has(low[n]) && !mode74BreachCharged(low, n) {
				return true
			}
		}
		if k >= i {
			continue
		}
		for n := k + 1; n < i; n++ {
			if mode74Contrasts.has(low[n]) {
				return true
			}
		}
	}
	return false
}

// mode74ChargeReach is the most tokens before a breach word the verb of
// a charge that governs it may be.
const mode74ChargeReach = 5

// mode74BreachCharged reports whether the breach word at n is what a
// charge of its own tells, "accusing Baku of violating the ceasefire":
// gold codes the charge 112 and leaves the fight its own code.
func mode74BreachCharged(low []string, n int) bool {
	for m := n - 1; m >= 0 && m >= n-mode74ChargeReach; m-- {
		if mode74ChargeVerbs.has(low[m]) {
			return true
		}
	}
	return false
}

// mode74ChargeVerbs lay a breach at someone's door.
var mode74ChargeVerbs = filtered(wordSet("accusing", "accused", "accuses", "accuse", "charging",
	"blaming", "blamed", "blames", "alleging", "alleged"))

// mode74BreachWords, just before a truce noun, tell it broken.
var mode74BreachWords = filtered(wordSet("violation", "violations", "violating", "violated", "breach",
	"breaches", "breaching", "breached", "despite", "defiance", "flouting", "flouted"))

// mode74Contrasts, between a truce told and a fight told after it, tell
// the fight done against the truce.
var mode74Contrasts = filtered(wordSet("but", "though", "although", "yet"))
