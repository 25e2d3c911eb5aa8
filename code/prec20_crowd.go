package code

// Crowds and forces named for who they are or where something happened:
// a rally that is only a speech's audience or an attack's scene, a
// crowd's defiance of a curfew told with its deed, and "fighting" saying
// who a force is ("the coalition fighting in Yemen").

import "strings"

// fightingParticiples are the participles of fighting that may describe a force.
var fightingParticiples = filtered(wordSet("fighting", "battling"))

// fighterDescribed reports whether the fighting verb cd is a participle
// right after a noun that it describes: "the coalition fighting in
// Yemen announced a truce", "troops in Niger fighting jihadists",
// "separatists fighting for independence". Who the force is fighting is
// what it is, not an act the sentence tells; "rebels were fighting
// troops" has its auxiliary and stays.
func fighterDescribed(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || !fightingParticiples.has(st.low[cd.i]) || cd.i == 0 {
		return false
	}
	prev := st.toks[cd.i-1]
	if !strings.HasPrefix(prev.tag, "NN") && prev.low != ")" || fightKinds.has(prev.low) || cd.i > 1 && st.low[cd.i-2] == "of" {
		return false
	}
	// What a verb of fighting takes must follow: its foe or a
	// preposition. "Border fighting that killed 35" is the noun.
	if cd.j >= len(st.toks) {
		return false
	}
	next := st.toks[cd.j]
	return next.tag == "IN" && next.low != "that" || strings.HasPrefix(next.tag, "NN") || strings.HasPrefix(next.tag, "JJ") || next.tag == "DT"
}

// fightKinds name a kind of fighting as a noun before it: "border
// fighting", "street fighting".
var fightKinds = filtered(wordSet("border", "street", "factional", "tribal", "clan", "ethnic", "sectarian",
	"intercommunal", "inter-communal", "urban", "frontline", "front-line", "ground", "militia", "gang"))

// rallyNouns are gatherings of a party or a leader's supporters; unlike
// a march or a protest, one named only as a speech's audience or an
// attack's scene tells of no protest.
var rallyNouns = filtered(wordSet("rally", "rallies", "gathering"))

// rallySpeechVerbs take a rally as the audience they address: "told a rally",
// "addressing a rally".
var rallySpeechVerbs = filtered(wordSet("told", "tells", "telling", "tell", "addressed", "addresses", "addressing", "address"))

// rallySpeechPreps follow a word of speaking to name where it was given:
// "speaking at a rally", "said at a campaign rally".
var rallySpeechPreps = filtered(wordSet("at", "to", "before"))

// rallySpeakers give a speech at a rally: "speaking at", "said at".
var rallySpeakers = filtered(wordSet("speaking", "spoke", "said", "says", "speech", "speeches", "remarks", "address"))

// attackOnRally are words of violence whose place a rally after "at",
// "into", "on" or "through" names: "a grenade thrown at a rally",
// "explosions tore through a rally", "plotting to bomb a rally".
var attackOnRally = filtered(wordSet("grenade", "grenades", "bomb", "bombs", "bombed", "bombing", "explosion",
	"explosions", "blast", "blasts", "thrown", "hurled", "tore", "ripped", "exploded", "detonated",
	"bomber", "attack", "attacked", "attacking", "target", "targeted", "targeting", "fired", "opened"))

// rallyPreps put a rally as the place of an attack.
var rallyPreps = filtered(wordSet("at", "into", "on", "through", "near"))

// rallySetting reports whether the rally noun cd is only the audience of
// a speech ("the president told a campaign rally in Goma", "speaking at a
// rally of supporters") or the scene of an attack ("a grenade thrown at a
// rally for the prime minister", "two blasts tore through a rally held by
// the rebels"). The speech or the attack is the news; the rally is where
// it happened.
func rallySetting(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' || cd.j-cd.i != 1 || !rallyNouns.has(st.low[cd.i]) {
		return false
	}
	k := cd.i - 1
	for k >= 0 && k >= cd.i-5 && (nounPremodifier(st.toks[k]) || isModifier(st.toks[k])) {
		k--
	}
	if k < 0 {
		return false
	}
	if rallySpeechVerbs.has(st.low[k]) || attackOnRally.has(st.low[k]) {
		return true
	}
	for p := k - 1; p >= 0 && p >= k-3; p-- {
		if rallySpeechPreps.has(st.low[k]) && rallySpeakers.has(st.low[p]) || rallyPreps.has(st.low[k]) && attackOnRally.has(st.low[p]) {
			return true
		}
	}
	return false
}

// defyWords defy an order.
var defyWords = filtered(wordSet("defy", "defies", "defied", "defying", "defiance"))

// curbNouns are the orders a crowd defies: "defying a curfew", "defied
// the junta's ban on demonstrations".
var curbNouns = filtered(wordSet("curfew", "curfews", "lockdown", "lockdowns", "ban", "bans", "emergency",
	"restrictions", "order", "orders", "prohibition"))

// crowdDeeds are what a defiant crowd does in the same sentence: "torched
// buildings", "set fire to a police station", "marched on the capital".
// Only deeds the coder codes are listed, so that the deed stays when the
// defiance goes.
var crowdDeeds = filtered(wordSet("torched", "torch", "burned", "burnt", "burn", "hurled", "stormed", "storm",
	"marched", "march", "rallied", "clashed", "protested"))

// defianceOfCrowdAct reports whether the trigger cd tells a crowd's
// defiance of a curfew or ban and the sentence tells, outside it, the
// deed the crowd defied it by: "Defying a curfew, protesters set fire to
// the parliament", "rioters burned shops for a third day, defying a
// lockdown", "defied a lockdown to torch buildings". The deed is the
// event; the defiance is how it was done. Defiance told alone ("crowds
// defied the curfew on Sunday") stays.
func defianceOfCrowdAct(st *sent, cd *candidate) bool {
	defy := -1
	for k := cd.i; k < cd.j; k++ {
		if defyWords.has(st.low[k]) {
			defy = k
		}
	}
	if defy < 0 {
		return false
	}
	curb := false
	for k := defy + 1; k < len(st.low) && k <= defy+6; k++ {
		if curbNouns.has(st.low[k]) {
			curb = true
			break
		}
	}
	if !curb {
		return false
	}
	for k := range st.low {
		if k >= cd.i && k < cd.j {
			continue
		}
		if crowdDeeds.has(st.low[k]) && strings.HasPrefix(st.toks[k].tag, "VB") {
			return true
		}
		// "set fire to the parliament".
		if st.low[k] == "fire" && k > 0 && (st.low[k-1] == "set" || st.low[k-1] == "sets" || st.low[k-1] == "setting") {
			return true
		}
	}
	return false
}
