package code

// Talks and accords told of without being held or made: talks a verb
// stops ("froze talks"), an accord talks are about ("talks on a truce"),
// and an order one side signs ("signed a decree"), which is no agreement.

import "strings"

// talkNouns are the nouns of talks a stop verb may govern.
var talkNouns = filtered(wordSet("talks", "negotiations", "dialogue", "consultations", "meeting", "meetings", "summit", "visit", "trip"))

// talkStoppers stop, put off or walk out of talks: what they govern was
// not held.
var talkStoppers = filtered(wordSet("suspend", "suspends", "suspended", "suspending", "freeze", "freezes", "froze",
	"frozen", "freezing", "shelve", "shelves", "shelved", "shelving", "cancel", "cancels", "cancelled",
	"canceled", "cancelling", "canceling", "postpone", "postpones", "postponed", "postponing", "halt",
	"halts", "halted", "halting", "scrap", "scraps", "scrapped", "scrapping", "abandon", "abandons",
	"abandoned", "abandoning", "boycott", "boycotts", "boycotted", "boycotting", "delay",
	"delays", "delayed", "delaying"))

// offStoppers stop talks with "off" after them: "called off the
// meeting", "broke off negotiations" ("kicked off talks" opens them).
var offStoppers = filtered(wordSet("call", "calls", "called", "calling", "break", "breaks", "broke", "broken", "breaking"))

// stoppedTalks reports whether the talks noun cd is the object of a verb
// that stops or puts them off: "froze talks on joining the bloc",
// "cancelling talks between military commanders", "broke off the
// negotiations". The stopping is the act; the talks were not held.
func stoppedTalks(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' || !talkNouns.has(st.low[cd.j-1]) {
		return false
	}
	for k := cd.i - 1; k >= 0 && k >= cd.i-5; k-- {
		if talkStoppers.has(st.low[k]) || st.low[k] == "off" && k > 0 && offStoppers.has(st.low[k-1]) {
			return true
		}
		if !nounPremodifier(st.toks[k]) && !isModifier(st.toks[k]) {
			return false
		}
	}
	return false
}

// signForms are the forms of "sign" as a trigger of agreement.
var signForms = filtered(wordSet("signed", "sign", "signs", "signing"))

// decreeNouns are instruments one side signs alone: a ruler's order, a
// law, a letter. "Signed a decree ordering troops to the border" tells of
// the deployment, "signed a diplomatic note demanding reparations" of the
// demand.
var decreeNouns = filtered(wordSet("order", "orders", "decree", "decrees", "law", "laws", "bill", "bills",
	"note", "letter", "letters", "petition", "petitions", "appeal", "proclamation", "directive",
	"directives", "ordinance", "memo", "warrant", "warrants", "budget", "executive", "edict", "amnesty"))

// signedDecree reports whether the sign trigger cd has as object an
// instrument one side signs alone: "signed an executive order imposing
// sanctions", "signed a decree declaring a state of emergency", "signed a
// letter urging the council to act". A statement, a declaration or a
// memorandum may be signed by two, and is left to the agreement reading.
func signedDecree(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || !signForms.has(st.low[cd.i]) {
		return false
	}
	k := cd.j
	for k < len(st.low) && k < cd.j+4 && (st.toks[k].tag == "DT" || st.toks[k].tag == "PRP$" || strings.HasPrefix(st.toks[k].tag, "JJ") || st.toks[k].tag == "CD") {
		k++
	}
	if k >= len(st.low) || !decreeNouns.has(st.low[k]) {
		return false
	}
	// "Signed into law" and the like name the instrument after "into".
	if k+1 < len(st.low) && (st.low[k+1] == "of" || st.low[k+1] == "with" || st.low[k+1] == "between") {
		return false
	}
	if st.low[k] == "executive" {
		return k+1 < len(st.low) && (st.low[k+1] == "order" || st.low[k+1] == "orders")
	}
	return true
}

// topicTalkWords hold talks whose topic follows "on", "about" or "over".
var topicTalkWords = filtered(wordSet("talks", "talk", "talked", "talking", "negotiations", "negotiation",
	"discussions", "discussion", "consultations", "dialogue", "deliberations", "meeting", "meetings"))

// topicTalkPreps put the topic of talks after them.
var topicTalkPreps = filtered(wordSet("on", "about", "over", "for"))

// topicDiscussWords take the topic of talks as their object: "discussed a
// ceasefire". "Negotiated a ceasefire", done, made it, and is not here.
var topicDiscussWords = filtered(wordSet("discuss", "discussed", "discusses", "discussing", "negotiating", "debating", "debated"))

// accordAsTopic reports whether the agreement noun cd is what talks are
// about, past an article and modifiers: "talks with Houthi leaders on a
// permanent ceasefire", "talked about a ceasefire, but no progress was
// made", "discussing a draft peace treaty". The talks are the act; the
// accord is not yet made.
func accordAsTopic(st *sent, cd *candidate) bool {
	if !isAgreementNoun(cd.e) || cd.e.pos != 'N' {
		return false
	}
	k := cd.i - 1
	for k >= 0 && k >= cd.i-5 && (st.low[k] == "a" || st.low[k] == "an" || st.low[k] == "the" || isModifier(st.toks[k]) && st.low[k] != ",") {
		k--
	}
	if k < 0 {
		return false
	}
	if topicDiscussWords.has(st.low[k]) {
		return true
	}
	if !topicTalkPreps.has(st.low[k]) {
		return false
	}
	// The talk word, right before the preposition or before a short
	// "with" phrase: "talks with Houthi leaders on a ceasefire".
	for p := k - 1; p >= 0 && p >= k-6; p-- {
		if topicTalkWords.has(st.low[p]) {
			return true
		}
		if st.low[p] == "," || strings.HasPrefix(st.toks[p].tag, "VB") {
			return false
		}
	}
	return false
}
