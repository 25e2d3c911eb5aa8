package code

// prec60: forces a hindrance is aimed at.
//
// "set off bombs along the road to delay reinforcements", "scattered
// spikes to hold off reinforcements", "blew up the bridge to slow down
// the army's build-up". The force noun is what the attackers tried to
// keep away: the hindrance is the act, and no side is told to send the
// forces. Annotators of every batch code the attack and no deployment.

// prec60HinderForms are the verbs of hindering forces on their way: "to
// delay reinforcements", "held off reinforcements", "to block the
// deployment".
var prec60HinderForms = filtered(wordSet("delay", "delays", "delayed", "delaying", "slow", "slows", "slowed", "slowing",
	"hold", "holds", "held", "holding", "block", "blocks", "blocked", "blocking", "stop", "stops", "stopped", "stopping",
	"hamper", "hampers", "hampered", "hampering", "impede", "impedes", "impeded", "impeding", "prevent", "prevents",
	"prevented", "preventing", "halt", "halts", "halted", "halting", "deter", "deters", "deterred", "deterring",
	"thwart", "thwarts", "thwarted", "thwarting", "obstruct", "obstructs", "obstructed", "obstructing", "hinder",
	"hinders", "hindered", "hindering", "keep", "keeps", "kept", "keeping", "cut", "cuts", "cutting"))

// prec60HinderParticles complete a verb of hindering: "slow down", "hold
// off", "keep out", "cut off".
var prec60HinderParticles = filtered(wordSet("down", "off", "up", "back", "out", "away"))

// prec60ForceNouns are the nouns of forces sent that a hindrance takes as
// its object.
var prec60ForceNouns = filtered(wordSet("reinforcements", "reinforcement", "deployment", "buildup", "build-up"))

// prec60HinderedForces drops a noun of forces sent that is the object of
// a verb of hindering, past a determiner, modifiers or "the arrival of":
// "to delay reinforcements", "to slow down the army's reinforcements".
// "hold", "keep" and "cut" hinder only with their particle ("held off",
// "kept out", "cut off"); "held reinforcements in reserve" is no
// hindrance.
func prec60HinderedForces(st *sent, cd *candidate) bool {
	i := cd.i
	if cd.j != i+1 || !prec60ForceNouns.has(st.low[i]) {
		return false
	}
	k := i - 1
	for k >= 0 && k >= i-5 && !prec60HinderForms.has(st.low[k]) && !prec60HinderParticles.has(st.low[k]) {
		t := st.toks[k]
		if t.tag != "DT" && t.tag != "PRP$" && t.low != "of" && t.low != "arrival" && !isModifier(t) {
			return false
		}
		k--
	}
	if k < 0 || k < i-5 {
		return false
	}
	particle := false
	if prec60HinderParticles.has(st.low[k]) {
		particle = true
		k--
		if k < 0 || !prec60HinderForms.has(st.low[k]) {
			return false
		}
	}
	switch st.low[k] {
	case "hold", "holds", "held", "holding", "keep", "keeps", "kept", "keeping", "cut", "cuts", "cutting":
		return particle
	}
	return true
}
