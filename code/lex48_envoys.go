package code

// lex48EnvoyBodies are the bodies of envoys the lex48 visit row sends:
// "send a delegation to", "a mission of senior officials to".
var lex48EnvoyBodies = filtered(wordSet("delegation", "mission", "panel"))

// lex48NotEnvoys are the words before such a body that make it forces,
// aid or monitors rather than envoys: "a peacekeeping mission", "a
// medical mission", "a military training mission", "an election
// observation mission".
var lex48NotEnvoys = filtered(wordSet("peacekeeping", "military", "training", "naval", "police", "rescue", "medical",
	"relief", "humanitarian", "aid", "security", "stabilisation", "stabilization", "combat", "army", "troop",
	"evacuation", "search", "fact-finding", "observer", "observers", "observation", "monitoring", "election",
	"electoral", "space", "lunar", "trade", "sports"))

// lex48ForceMission drops the lex48 reading of a body sent as a visit
// when a word between the determiner and the body names forces, aid or
// monitoring: "sent a peacekeeping mission to Haiti".
func lex48ForceMission(st *sent, cd *candidate) bool {
	ws := cd.e.words
	if cd.e.cameo != "042" || len(ws) < 5 || !lex48EnvoyBodies.has(ws[len(ws)-2]) {
		return false
	}
	for k := cd.i + 1; k < cd.j-2; k++ {
		if lex48NotEnvoys.has(st.low[k]) {
			return true
		}
	}
	return false
}
