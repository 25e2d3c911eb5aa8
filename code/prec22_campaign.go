package code

// Campaigns named: an offensive is a war's chapter, not one attack.

import (
	"github.com/truce-project/truce"
)

// campaignNouns name a military campaign of many attacks over days or
// weeks rather than one attack.
var campaignNouns = filtered(wordSet("offensive", "offensives"))

// wagingVerbs tell a campaign begun or going on as news: "launched an
// offensive on Monday", "Ankara presses an offensive against the PKK".
var wagingVerbs = filtered(wordSet("launch", "launches", "launched", "press", "presses", "pressed", "pressing",
	"wage", "wages", "waged", "waging", "began", "begin", "begins", "started", "starts", "intensified", "intensifies",
	"open", "opens", "opened", "mount", "mounts", "mounted", "mounting", "unleash", "unleashes", "unleashed"))

// plannedCampaign words make a campaign one still to come, a threat or a
// build-up rather than a name: "preparing an offensive", "a
// long-threatened offensive".
var plannedCampaign = filtered(wordSet("preparing", "prepare", "prepares", "prepared", "planning", "plan", "plans", "planned",
	"threatened", "long-threatened", "expected", "imminent", "looming", "anticipated"))

// campaignNamed reports whether the trigger cd is a campaign noun that
// the sentence names rather than tells as an attack: "militias joined the
// army's offensive against the insurgents", "soldiers fled ahead of a
// rebel offensive", "the bombing was revenge for a government offensive",
// "the president announced an offensive against the gang". The campaign
// is the setting or the object of another act (a joining, an announcing,
// a flight), which is coded on its own; the attacks fought in it are told
// by their own words ("shelled", "stormed", "killed").
// A campaign launched or waged as the sentence's own news ("the army
// launched an offensive on the town") stays, as does one still to come
// ("preparing an offensive", "a long-threatened offensive"), and one a sentence
// that codes nothing else sets its news in ("the town's fall gave the
// rebels their biggest prize in a lightning offensive").
func campaignNamed(st *sent, built []*candidate, cd *candidate) bool {
	if cd.ev.Type != truce.Assault || cd.e.pos != 'N' || cd.j-cd.i != 1 || !campaignNouns.has(st.low[cd.i]) || cd.killed || campaignToll(st, cd) {
		return false
	}
	for k := cd.i - 1; k >= 0 && k >= cd.i-5; k-- {
		w := st.low[k]
		if plannedCampaign.has(w) {
			return false
		}
		if wagingVerbs.has(w) {
			return k > 0 && (leadUpWords.has(st.low[k-1]) || st.low[k-1] == "to")
		}
		if w == "in" {
			return len(built) > 0
		}
		if !isModifier(st.toks[k]) && st.toks[k].tag != "DT" && st.toks[k].tag != "PRP$" {
			break
		}
	}
	return true
}

// campaignToll reports whether the campaign noun cd does something the
// sentence tells, as the subject of a verb right after it ("the offensive
// retook the town") or with a toll in its stretch of the sentence ("an
// offensive on the town that killed 30 people", "the offensive left 12
// dead"): the campaign is then told as an attack.
func campaignToll(st *sent, cd *candidate) bool {
	if cd.j < len(st.toks) && finiteVerb(st.toks[cd.j].tag) && !predicateCopulas.has(st.low[cd.j]) {
		return true
	}
	for k := cd.j; k < len(st.low) && k < cd.j+15; k++ {
		w := st.low[k]
		if w == ";" || w == "." || frameBreaks.has(w) {
			return false
		}
		if campaignTollWords.has(w) {
			return true
		}
	}
	return false
}

// campaignTollWords tell the harm a campaign did.
var campaignTollWords = filtered(wordSet("killed", "killing", "kills", "dead", "died", "wounded", "wounding", "injured", "injuring"))

// leadUpWords before a verb set it before the news: "two days after
// launching an offensive".
var leadUpWords = filtered(wordSet("after", "following", "before"))
