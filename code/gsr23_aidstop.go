package code

// gsr23: aid named as what a verb stops is no aid given. "Those obstructing
// aid to the region", "troops blocking humanitarian assistance", "accused
// of denying aid to the displaced": the aid noun is the object of a verb of
// stopping, and codes no AID event of its own. (Aid cut off by a donor,
// "suspended aid", "prohibit all aid", is a sanction: the lexicon's rows.)

import "github.com/truce-project/truce"

// gsr23AidStoppers are the verbs of stopping, barring and holding back.
var gsr23AidStoppers = filtered(wordSet("obstruct", "obstructs", "obstructed", "obstructing",
	"block", "blocks", "blocked", "blocking", "impede", "impedes", "impeded", "impeding",
	"hinder", "hinders", "hindered", "hindering", "prevent", "prevents", "prevented", "preventing",
	"deny", "denies", "denied", "denying", "withhold", "withholds", "withheld", "withholding",
	"divert", "diverts", "diverted", "diverting", "loot", "loots", "looted", "looting",
	"steal", "steals", "stole", "stealing", "stolen"))

// gsr23AidStoppedPrec reports whether an aid noun is the object of a verb
// of stopping: the verb right before it, past an article, "all", "any" or
// adjectives.
func gsr23AidStoppedPrec(st *sent, _, _ []*candidate, cd *candidate) bool {
	if cd.ev.Type != truce.Aid || cd.e.pos != 'N' {
		return false
	}
	for k := cd.i - 1; k >= 0 && k >= cd.i-4; k-- {
		if gsr23AidStoppers.has(st.low[k]) {
			return true
		}
		if t := st.toks[k].tag; t != "DT" && t != "JJ" && st.low[k] != "all" && st.low[k] != "any" {
			return false
		}
	}
	return false
}
