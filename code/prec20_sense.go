package code

// Event words used of something other than the act they name, found
// recurring in blind wire copy. This file holds a report or video that is
// "released", a drone named only to say what made the footage, an act
// named again to be judged ("called the expulsion disproportionate",
// "branded the ban an attack on its sovereignty") and an act word saying
// what something is or is like ("goodwill is not a treaty");
// prec20_talks.go holds talks and accords not held or made, and
// prec20_crowd.go crowds and forces named for who they are.

import "strings"

// offSensePrec20 tells why the trigger cd is read here in a sense that
// names no event of its kind, or "".
func offSensePrec20(st *sent, cd *candidate) string {
	if releasedDocument(st, cd) {
		return "a document or recording made public (\"a report released on Monday\"): no one was freed"
	}
	if droneModifier(st, cd) {
		return "\"drone\" describing what it made or flew (\"drone footage\", \"drone flights\"): no strike"
	}
	if namedAct(st, cd) {
		return "an act named to be judged (\"described the expulsion as disproportionate\"): told before, or a figure of speech"
	}
	if stoppedTalks(st, cd) {
		return "talks a verb stops or puts off (\"froze accession talks\"): no talks were held"
	}
	if defianceOfCrowdAct(st, cd) {
		return "a crowd's defiance of a curfew or ban told with what it did (\"defying a curfew, protesters set fire to …\"): one act, coded from the deed"
	}
	if predicateNoun(st, cd) {
		return "an act word as what something is or is like (\"goodwill is not a treaty\", \"less a dispute than a battle\"): a comparison, no act"
	}
	if accordAsTopic(st, cd) {
		return "an accord as the topic of talks (\"talks on a permanent ceasefire\"): not yet made"
	}
	if signedDecree(st, cd) {
		return "a ruler signing an order or a law (\"signed a decree\"): an act of one side, told by what it does, not an agreement"
	}
	if rallySetting(st, cd) {
		return "a rally as the audience of a speech or the scene of an attack (\"told a rally\", \"a grenade thrown at a rally\"): no protest told"
	}
	if fighterDescribed(st, cd) || gsr24FightingToDescribed(st, cd) {
		return "\"fighting\" after a noun, saying who the force is (\"the coalition fighting in Yemen\"): no clash told"
	}
	return offSensePrec23(st, cd)
}

// releaseForms are the words of the release trigger that may be said of
// a document.
var releaseForms = filtered(wordSet("released", "release", "releases", "releasing"))

// documentNouns are what is released to the public rather than from
// captivity: "released a report", "footage released by the army".
var documentNouns = filtered(wordSet("report", "reports", "footage", "video", "videos", "statement", "statements",
	"figures", "data", "images", "image", "photos", "photographs", "pictures", "list", "results",
	"recording", "recordings", "audio", "study", "survey", "document", "documents", "transcript",
	"transcripts", "findings", "communique", "communiqué", "details", "names", "film", "clip", "clips",
	"tape", "tapes", "map", "maps", "satellite", "dossier", "assessment", "album", "game", "trailer",
	"version", "update", "budget", "text", "draft", "guidelines", "account"))

// releasedDocument reports whether the release trigger cd is said of a
// document or recording: its object ("the army released footage", "will
// release the full report") or the noun it follows as a participle ("a
// report released on Monday", "the video, released late on Sunday").
func releasedDocument(st *sent, cd *candidate) bool {
	if cd.e.cameo != "0841" || !releaseForms.has(st.low[cd.i]) {
		return false
	}
	// The object: up to three determiners and modifiers, then the noun.
	for k := cd.j; k < len(st.low) && k < cd.j+4; k++ {
		if documentNouns.has(st.low[k]) {
			return true
		}
		if !nounPremodifier(st.toks[k]) && !strings.HasPrefix(st.toks[k].tag, "NN") && st.low[k] != "of" {
			break
		}
	}
	// The noun a participle describes.
	k := cd.i - 1
	if k >= 0 && st.low[k] == "," {
		k--
	}
	return k >= 0 && st.low[cd.i] == "released" && documentNouns.has(st.low[k])
}

// droneHeads are nouns a bare "drone" may modify without telling of a
// strike: what drones film, who makes or flies them.
var droneHeads = filtered(wordSet("footage", "video", "videos", "images", "image", "pictures", "photos",
	"flights", "flight", "maker", "makers", "manufacturer", "manufacturers", "factory", "factories",
	"plant", "industry", "industries", "programme", "program", "pilot", "pilots", "operator",
	"operators", "sightings", "sighting", "parts", "components", "technology", "exports", "sales",
	"deliveries", "imports", "shipments", "surveillance", "reconnaissance", "show", "race", "racing",
	"delivery", "deliveries", "hobbyists", "license", "licence", "registry", "camera", "cameras"))

// droneModifier reports whether a bare "drone" trigger modifies a noun
// that tells no strike: "released drone footage of the camp", "the hub of
// American drone flights over the Sahel".
func droneModifier(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' || cd.j-cd.i != 1 || st.low[cd.i] != "drone" || cd.j >= len(st.low) {
		return false
	}
	return droneHeads.has(st.low[cd.j])
}

// namedAct reports whether the noun trigger cd is the object or the
// complement of a verb that names an act to judge it: "described the
// expulsion as disproportionate", "called the deployment a threat",
// "branded the ban an attack on its sovereignty". The act named as object
// was told before; the one named as complement is a figure of speech.
// "Called a ceasefire" and "called a general strike", with no complement,
// make the act and stay.
func namedAct(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' {
		return false
	}
	v := cd.i - 1
	for v >= 0 && v >= cd.i-8 && !namingVerbs.has(st.low[v]) {
		if !namePhraseToken(st.toks[v]) {
			return false
		}
		v--
	}
	if v < 0 || !namingVerbs.has(st.low[v]) || v+1 == cd.i {
		return false
	}
	// The trigger as complement: a second phrase opens before it, after a
	// noun or pronoun of the first ("called the ban an attack", "calling it
	// a massacre").
	for k := v + 2; k < cd.i; k++ {
		if complementOpeners.has(st.low[k]) && objectEnd(st.toks[k-1]) {
			return true
		}
	}
	// The trigger as object: a complement follows it ("the expulsion as
	// disproportionate", "the deployment a 'threat'", "the raid
	// 'barbaric'").
	if prec43NamedActPhrase(st, cd, v) {
		return true
	}
	if cd.j >= len(st.low) {
		return false
	}
	next := st.low[cd.j]
	if !definite(st, cd.i) {
		return false
	}
	return complementOpeners.has(next) || (strings.HasPrefix(st.toks[cd.j].tag, "JJ") && cd.j+1 < len(st.low) && clauseEnd.has(st.low[cd.j+1]))
}

// complementOpeners open the name a naming verb gives its object.
var complementOpeners = filtered(wordSet("as", "a", "an", "'", "\"", "“", "‘", "``"))

// clauseEnd are tokens that close a short complement: "called the raid
// barbaric."
var clauseEnd = filtered(wordSet(".", ",", ";", "and", "but"))

// namePhraseToken reports whether a token may stand inside the object or
// complement of a naming verb: determiners, modifiers, nouns, pronouns
// and quotes.
func namePhraseToken(t tok) bool {
	if nounPremodifier(t) || isModifier(t) || strings.HasPrefix(t.tag, "PRP") {
		return true
	}
	return complementOpeners.has(t.low)
}

// objectEnd reports whether a token can end the object a complement
// follows: a noun or a pronoun.
func objectEnd(t tok) bool {
	return strings.HasPrefix(t.tag, "NN") || t.tag == "PRP"
}

// predicateCopulas link a subject to the noun that says what it is.
var predicateCopulas = filtered(wordSet("is", "are", "was", "were", "be", "been", "being", "becomes", "became", "seems", "seemed", "remains", "remained"))

// predicateLikening put a noun after them as what something is likened to:
// "looks less like a pact than a club", "less a dispute than a battle".
var predicateLikening = filtered(wordSet("like", "than", "less", "more", "not", "merely", "just", "simply", "rather"))

// judgingCameo reports whether a CAMEO code is one of blame, rejection or
// threat (roots 11 to 13), whose nouns judge when they are predicates:
// "the move was a violation of our sovereignty" accuses.
func judgingCameo(code string) bool {
	return strings.HasPrefix(code, "11") || strings.HasPrefix(code, "12") || strings.HasPrefix(code, "13")
}

// predicateNoun reports whether the noun trigger cd says what its subject
// is, or is like, after a copula or in a comparison: "goodwill is not a
// treaty", "the alliance looks less like a security pact than a club",
// "the row is less a border dispute than a battle for national pride".
// Such a noun likens or classes; it reports no act. Only an indefinite
// noun is read so: "it was the deadliest attack" names one told before.
func predicateNoun(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' || judgingCameo(cd.e.cameo) {
		return false
	}
	k := cd.i - 1
	for k >= 0 && k >= cd.i-4 && st.low[k] != "a" && st.low[k] != "an" && isModifier(st.toks[k]) && st.low[k] != "," {
		k--
	}
	if k < 0 || st.low[k] != "a" && st.low[k] != "an" {
		return false
	}
	k--
	liken := false
	for k >= 0 && predicateLikening.has(st.low[k]) {
		liken = liken || st.low[k] == "like" || st.low[k] == "than" || st.low[k] == "less"
		k--
		// "less a border dispute than a battle": past "than", the first
		// noun of the comparison and its article.
		if st.low[k+1] == "than" {
			for k >= 0 && k > cd.i-12 && isModifier(st.toks[k]) && st.low[k] != "," {
				k--
			}
			if k >= 0 && (st.low[k] == "a" || st.low[k] == "an") {
				k--
			}
		}
	}
	if k >= 0 && predicateCopulas.has(st.low[k]) {
		// "After what state media said was a chemical attack": the act,
		// told through the one who named it.
		for w := k - 1; w >= 0 && w >= k-6; w-- {
			if st.low[w] == "what" {
				return false
			}
		}
		return true
	}
	return liken && k >= 0 && (st.low[k] == "looks" || st.low[k] == "look" || st.low[k] == "looked" || st.low[k] == "seems" || st.low[k] == "seemed")
}
