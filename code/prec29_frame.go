package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// frameOnly returns why the trigger cd names no act of its own, or "":
//   - the agreement an act is part of: "began deploying troops on Monday,
//     part of a deal under which …", "as part of an accord to curb
//     departures"; like "under a deal", the deal frames the act and was
//     told before;
//   - a place or office that stays closed: "the market stayed shut",
//     "the border will remain closed", "considered the matter closed";
//   - a war or crisis entering a new stretch of time: "as the war entered
//     its second month";
//   - an agreement no one made that day (see agreementNotMade);
//   - an arrest protested against (see arrestAsGrievance);
//   - a warning of a fact, not of an act, or no warning at all (see
//     warnedFact, withoutWarning);
//   - an attack only plotted or planned (see attackNotDone);
//   - someone dismissed from a post (see dismissedFromPost);
//   - what words were about (see topicOfWords);
//   - a power or an attempt to coerce (see arrestNotMade);
//   - a product recall (see goodsWithdrawn).
func frameOnly(st *sent, cd *candidate) string {
	switch {
	case isAgreementNoun(cd.e) && cd.e.pos == 'N' && partOfBefore(st, cd.i):
		return "the agreement an act is part of (\"part of a deal under which\")"
	case cd.ev.Type == truce.Coerce && stateOfClosure(st, cd):
		return "a place that stays closed (\"the market stayed shut\"): a state, no act"
	case enteredSpan(st, cd):
		return "a war entering a new stretch of time (\"the war entered its second month\")"
	case agreementNotMade(st, cd):
		return "an agreement denied, supposed, or already in force (\"no deal\", \"revoked an accord\")"
	case arrestAsGrievance(st, cd):
		return "an arrest told as what a protest is against (\"protesting against the arrest of\")"
	case withoutWarning(st, cd):
		return "a warning denied (\"shoot to kill without warning\"): no one warned"
	case warnedFact(st, cd):
		return "a warning that states a fact (\"warned that famine was spreading\"): no threat"
	case attackNotDone(st, cd):
		return "an attack only plotted or planned, or one a force is there to counter (\"foiled a plot to attack\")"
	case dismissedFromPost(st, cd):
		return "someone dismissed from a post (\"had been dismissed the day before\"), no rejection"
	case arrestNotMade(st, cd):
		return "a power or an attempt to coerce (\"powers to detain\", \"trying to detain\"), no act"
	case lex49RightTo(st, cd):
		return "what someone has the right to do (\"the right of the guards to fire on\"), no act"
	case topicOfWords(st, cd):
		return "what words were about (\"spoke to a broadcaster about the protests\")"
	case goodsWithdrawn(st, cd):
		return "goods taken off the market (\"ordered the withdrawal of two batches of formula\"): commerce"
	}
	return ""
}

// partOfBefore reports whether "part of" and an article come just before
// the noun at i, past a few modifiers: "part of a deal", "part of the new
// accord".
func partOfBefore(st *sent, i int) bool {
	k := i - 1
	for k >= 0 && k >= i-3 && isModifier(st.toks[k]) && st.mentionAt(k) == nil {
		k--
	}
	if k < 2 {
		return false
	}
	switch st.low[k] {
	case "a", "an", "the", "its", "their":
	default:
		return false
	}
	return st.low[k-1] == "of" && st.low[k-2] == "part"
}

// stateOfClosure reports whether "closed" or "shut" at cd says that
// something is or stays closed: after "stay" or "remain", or after
// "matter" or "case" ("considered the matter closed").
func stateOfClosure(st *sent, cd *candidate) bool {
	if cd.j != cd.i+1 || st.low[cd.i] != "closed" && st.low[cd.i] != "shut" || cd.i == 0 {
		return false
	}
	k := cd.i - 1
	if st.toks[k].tag == "RB" && k > 0 {
		k--
	}
	w := st.low[k]
	return strings.HasPrefix(w, "stay") || strings.HasPrefix(w, "remain") || w == "matter" || w == "case"
}

// enteredSpan reports whether the verb "entered" or "enters" at cd takes
// a stretch of time as its object: "entered its second month", "enters a
// third year".
func enteredSpan(st *sent, cd *candidate) bool {
	if cd.j != cd.i+1 || !strings.HasPrefix(st.low[cd.i], "enter") {
		return false
	}
	for k := cd.j; k < len(st.low) && k <= cd.j+3; k++ {
		if spanUnits.has(st.low[k]) {
			return true
		}
		if !isModifier(st.toks[k]) && st.low[k] != "its" && st.low[k] != "a" && st.low[k] != "the" && st.toks[k].tag != "RB" {
			return false
		}
	}
	return false
}

// spanUnits are stretches of time something may enter.
var spanUnits = filtered(wordSet("day", "days", "week", "weeks", "month", "months", "year", "years", "phase", "stage", "decade"))

// goodsWithdrawn reports whether a withdrawal or removal at cd takes
// goods off the market: "ordered the withdrawal of two batches of infant
// formula", "ordered shops to pull a brand of baby milk from their
// shelves". A product recall is commerce, not a retreat or an expulsion.
func goodsWithdrawn(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Retreat && cd.ev.Type != truce.Sanction && cd.ev.Type != truce.Coerce {
		return false
	}
	for k := cd.i; k < len(st.low) && k < cd.j+10; k++ {
		if k >= cd.j && (st.low[k] == ";" || st.low[k] == ",") {
			return false
		}
		if recallWords.has(st.low[k]) {
			return true
		}
	}
	return false
}

// recallWords name goods on sale.
var recallWords = filtered(wordSet("batch", "batches", "shelf", "shelves", "brand", "brands"))

// agreementNotMade reports whether the agreement noun at cd names no
// agreement reached in the news: one denied or only supposed ("no deal",
// "any agreement", "such an accord") or one in force that an act ends,
// breaks, keeps or opposes ("revoked an agreement allowing …", "will end
// a training agreement", "detained activists who opposed a deal").
func agreementNotMade(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Agree || cd.e.cameo != "057" || cd.e.pos != 'N' || cd.e.has(flagCease) {
		return false
	}
	k := cd.i - 1
	for k >= 0 && k >= cd.i-4 && isModifier(st.toks[k]) {
		k--
	}
	if k < 0 {
		return false
	}
	// "did not reach any deal", "reached no agreement" are a negated
	// agreement, coded as such; "any deal would hinge on …", "has no
	// extradition treaty" deny or suppose none.
	if noAgreementWords.has(st.low[k]) {
		return k == 0 || !agreementMakingVerbs.has(st.low[k-1])
	}
	switch st.low[k] {
	case "a", "an", "the", "its", "their", "this", "that":
		k--
	}
	return k >= 0 && agreementInForceVerbs.has(st.low[k])
}

// agreementMakingVerbs make an agreement: "reached", "signed".
var agreementMakingVerbs = filtered(wordSet("reach", "reached", "reaching", "reaches", "sign", "signed", "signing", "signs",
	"conclude", "concluded", "concluding", "strike", "struck", "striking", "agree", "agreed", "seal", "sealed"))

// noAgreementWords deny or only suppose the agreement they qualify.
var noAgreementWords = filtered(wordSet("no", "any", "such"))

// agreementInForceVerbs act on an agreement already made.
var agreementInForceVerbs = filtered(wordSet("end", "ends", "ending", "ended", "revoke", "revokes", "revoked", "revoking",
	"oppose", "opposes", "opposed", "opposing", "fulfil", "fulfils", "fulfilled", "fulfilling", "fulfill",
	"suspend", "suspends", "suspended", "suspending", "scrap", "scraps", "scrapped", "scrapping",
	"violate", "violates", "violated", "violating", "breach", "breached", "breaching", "quit", "quitting"))

// arrestAsGrievance reports whether the arrest noun at cd is what a
// protest is against: "opened fire on a crowd protesting against the
// arrest of a classmate". The arrest was told before; the news is the
// protest and what was done to it.
func arrestAsGrievance(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Coerce || cd.e.mode != "arrest" || !strings.HasPrefix(st.toks[cd.i].tag, "NN") {
		return false
	}
	k := cd.i - 1
	for k >= 0 && k >= cd.i-4 {
		w := st.low[k]
		if w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || w == "its" || isModifier(st.toks[k]) {
			k--
			continue
		}
		break
	}
	// ("Over the arrest of" may tell an arrest as news: "a protest over
	// the arrest of a monk in Chittagong".)
	return k >= 0 && st.low[k] == "against"
}

// dismissedFromPost reports whether "dismissed" at cd is a passive that
// tells someone was removed from a post ("the commander had been
// dismissed the day before", "the army chief dismissed a day earlier"),
// not that a claim was rejected ("dismissed the claim as propaganda").
func dismissedFromPost(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Reject || st.low[cd.i] != "dismissed" || cd.i == 0 {
		return false
	}
	k := cd.i - 1
	if st.toks[k].tag == "RB" && k > 0 {
		k--
	}
	switch st.low[k] {
	case "was", "were", "been", "be", "being", "is", "are":
		return true
	}
	// "the army commander dismissed a day earlier": a participle on the
	// noun, dated, with no object.
	if k != cd.i-1 || !strings.HasPrefix(st.toks[k].tag, "NN") || cd.j >= len(st.low) {
		return false
	}
	if st.low[cd.j] == "earlier" {
		return true
	}
	return (st.low[cd.j] == "a" || st.low[cd.j] == "last") && cd.j+1 < len(st.low) && spanUnits.has(st.low[cd.j+1])
}

// topicOfWords reports whether the event noun at cd is only what words
// were about: "spoke to a broadcaster about the protests", "reported on
// weekend protests", "spreading false information about an attack". The
// news is the speaking, and what was done to the speaker.
func topicOfWords(st *sent, cd *candidate) bool {
	if !strings.HasPrefix(st.toks[cd.i].tag, "NN") {
		return false
	}
	k := skipNounPhraseBack(st, cd.i)
	if k < 1 {
		return false
	}
	switch st.low[k] {
	case "about":
		// ("About 40 air strikes" counts them.)
		return st.toks[k+1].tag != "CD"
	case "on":
		return topicVerbs.has(st.low[k-1])
	}
	return false
}

// topicVerbs take, after "on", what they tell of.
var topicVerbs = filtered(wordSet("reported", "reporting", "reports", "commented", "commenting", "comment", "information", "briefed", "briefing"))

// arrestNotMade reports whether the base-form coercion verb at cd tells a
// power or an attempt, not an act: "giving police powers to detain
// suspects", "police may detain suspects without a warrant", "fired on
// officers trying to detain them". No one was held by it.
func arrestNotMade(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Coerce || st.toks[cd.i].tag != "VB" || cd.i == 0 {
		return false
	}
	switch st.low[cd.i-1] {
	case "can", "may", "could", "might":
		return true
	case "to":
		return cd.i > 1 && powerOrAttempt.has(st.low[cd.i-2])
	}
	return false
}

// powerOrAttempt, before "to", make what follows a power held or an
// attempt under way when something else happened ("officers trying to
// detain them"). (An attempt told as the news, "tried to dissolve
// Congress", is an event.)
var powerOrAttempt = filtered(wordSet("powers", "power", "authority", "right", "trying", "attempting"))
