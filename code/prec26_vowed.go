package code

// Vows of resolve: "vowed to defend the border" is no pledge to cooperate.

import "github.com/truce-project/truce"

// vowWords are the forms of "vow", which news writers use for a resolve
// to fight, punish or hold out far more than for a pledge to cooperate.
var vowWords = filtered(wordSet("vow", "vows", "vowed", "vowing"))

// pledgedCooperation are the verbs after "vowed to" that make the vow a
// pledge to cooperate (CAMEO 030): "vowed to respect the truce", "vowed to
// work with the new government".
var pledgedCooperation = filtered(wordSet("respect", "honour", "honor", "uphold", "abide", "implement", "observe",
	"cooperate", "co-operate", "support", "work", "help", "assist", "protect", "return", "release", "free",
	"negotiate", "pursue", "seek", "restore", "resume", "continue", "stand", "boost", "expand", "deepen",
	"strengthen", "increase", "improve", "develop", "build", "share", "invest", "provide", "supply", "grant",
	"fund", "open", "reopen", "ease", "lift"))

// cooperationObjects in the words after a vow make it a pledge whatever
// its verb: "vowed closer trade ties", "vowed to take relations to a new
// level".
var cooperationObjects = filtered(wordSet("cooperation", "co-operation", "ties", "relations", "partnership", "trade",
	"aid", "assistance", "investment", "peace", "ceasefire", "truce", "dialogue", "talks", "agreement", "deal"))

// resolveVowed reports whether the trigger cd is an AGREE read from a bare
// "vowed" whose content is no cooperation: "vowed to defend the country's
// territory", "vowed that the killers would be brought to justice",
// "vowed to take the case to the European court", "vowed to keep
// resisting". Such a vow states a resolve; where it threatens, the
// threat's own words code it.
func resolveVowed(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Agree || cd.j-cd.i != 1 || !vowWords.has(st.low[cd.i]) {
		return false
	}
	for k := cd.j; k < len(st.low) && k <= cd.j+8; k++ {
		if cooperationObjects.has(st.low[k]) {
			return false
		}
	}
	// "vowed on Monday to respect the truce": the infinitive may follow a
	// date or an adverb.
	for k := cd.j; k < len(st.low) && k <= cd.j+5; k++ {
		if st.low[k] == "to" {
			return k+1 >= len(st.low) || !pledgedCooperation.has(st.low[k+1])
		}
		if st.low[k] == "," || st.low[k] == "that" {
			break
		}
	}
	return true
}
