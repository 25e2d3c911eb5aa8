package code

// Reactions and references: acts told before and whom a reaction to them is
// aimed at, sides that blame each other, subjects and speakers not named.

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
)

// definite reports whether the noun trigger at i has a definite
// determiner ("the strikes", "this truce").
func definite(st *sent, i int) bool {
	if prec54BothOf(st, i) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch st.low[k] {
		case "the", "this", "these", "those", "that", "its", "their":
			return true
		}
		if !isModifier(st.toks[k]) {
			return false
		}
	}
	return false
}

// reciprocal reports whether the trigger is done by each of two sides to
// the other: "each side accused the other of firing first", "both blamed
// each other".
func reciprocal(st *sent, cd *candidate) bool {
	each := false
	for k := cd.i - 1; k >= 0 && k >= cd.i-3; k-- {
		if st.low[k] == "each" || st.low[k] == "both" {
			each = true
		}
	}
	if !each {
		return false
	}
	for k := cd.j; k+1 < len(st.low) && k < cd.j+3; k++ {
		if (st.low[k] == "the" || st.low[k] == "each" || st.low[k] == "one") && (st.low[k+1] == "other" || st.low[k+1] == "another") {
			return true
		}
	}
	return false
}

// mutualReport reports whether the trigger is an act both sides tell of
// the other: "both sides reported fresh shelling", "each side reported
// new attacks on its positions". Each reports being hit, so the act runs
// between the two sides.
func mutualReport(st *sent, cd *candidate) bool {
	k := cd.i - 1
	for ; k >= 0 && k >= cd.i-4 && !sideReportVerbs.has(st.low[k]) && isModifier(st.toks[k]); k-- {
	}
	if k < 2 || !sideReportVerbs.has(st.low[k]) {
		return false
	}
	a, b := st.low[k-2], st.low[k-1]
	return (a == "both" || a == "two") && sidesNouns.has(b) || a == "each" && b == "side"
}

// sideReportVerbs tell an act without judging it: "both sides reported …".
var sideReportVerbs = filtered(wordSet("reported", "report", "reports", "described", "recorded", "logged"))

// pairBefore returns the first two actors of different countries named
// before k, or fewer: "Fighting between Thailand and Cambodia spread, and
// each side blamed the other".
func (st *sent) pairBefore(k int) []truce.Actor {
	var out []truce.Actor
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j > k || m.place || m.actor.ID == "" || m.actor.Country == "" {
			continue
		}
		if len(out) == 1 && out[0].Country == m.actor.Country {
			continue
		}
		out = append(out, m.actor)
		if len(out) == 2 {
			break
		}
	}
	return out
}

// actNouns name an act told before: "welcomed the move", "condemned the
// decision".
var actNouns = map[string]bool{
	"move": true, "decision": true, "decisions": true, "rulings": true, "verdicts": true, "step": true, "announcement": true, "deal": true,
	"agreement": true, "ruling": true, "vote": true, "plan": true, "offer": true,
	"proposal": true, "gesture": true, "release": true, "withdrawal": true,
	"statement": true, "remarks": true, "comments": true, "measure": true,
	"measures": true, "order": true, "verdict": true, "appointment": true,
	// "condemned the killings", "called the attack abhorrent": the
	// violence told before, whose doer the condemnation is aimed at.
	"attack": true, "attacks": true, "killing": true, "killings": true,
	"assassination": true, "massacre": true, "bombing": true, "bombings": true,
	"strike": true, "strikes": true, "shelling": true, "violence": true,
	"raid": true, "incident": true, "shooting": true, "murder": true,
	"crackdown": true, "arrest": true, "arrests": true, "detention": true,
	"abduction": true, "kidnapping": true, "execution": true, "executions": true,
	// "condemned the coup", "denounced the encounter", "criticised the
	// visit": an act of state told before.
	"coup": true, "encounter": true, "meeting": true, "visit": true,
	"invasion": true, "annexation": true, "occupation": true, "incursion": true,
	"expulsion": true, "sentence": true, "conviction": true, "test": true,
	"launch": true, "deployment": true, "blockade": true,
	// "praised the speech", "welcomed the initiative": words and offers.
	"speech": true, "address": true, "apology": true, "initiative": true,
	"resolution": true, "efforts": true,
	// "welcomed the accord", "hailed the truce": a deal told before,
	// aimed at those who made it.
	"accord": true, "accords": true, "pact": true, "treaty": true, "truce": true,
	"ceasefire": true, "armistice": true, "deals": true, "agreements": true,
	// "denounced the desecration", "condemned the burning of the flag":
	// an act of insult to what others hold sacred, told before.
	"desecration": true, "desecrations": true, "burning": true, "burnings": true,
	"insult": true, "insults": true, "vandalism": true, "defacement": true,
	// "condemned the repression", "praised the swap", "denounced the
	// takeover": more acts of force and of give-and-take, and the plurals
	// of acts above.
	"repression": true, "clampdown": true, "takeover": true, "blast": true,
	"blasts": true, "explosion": true, "raids": true, "exchange": true,
	"swap": true, "deportation": true, "deportations": true, "expulsions": true,
	"beatings": true, "shootings": true, "detentions": true, "abductions": true,
	"kidnappings": true,
	// "welcomed the pardon", "hailed the declaration", "praised the
	// climbdown": a clemency, a pledge made in public or a retreat from a
	// stance, told before, aimed at whoever made it.
	"pardon": true, "pardons": true, "amnesty": true, "declaration": true,
	"climbdown": true, "u-turn": true, "reversal": true, "concession": true,
	"concessions": true, "pledge": true, "commitment": true,
}

// handoverNouns name a leaving or a handing over told before, which words
// of welcome are aimed at: "welcomed the departure", "hailed the transfer
// of the suspects". (A demand for "their departure" asks for what has not
// happened, and stays aimed at whom it names.)
var handoverNouns = filtered(wordSet("departure", "pullout", "pull-out", "exit", "handover",
	"hand-over", "transfer", "extradition", "extraditions"))

// actNounAfter returns the noun by which the words after a trigger refer
// back to an act ("the move", "this decision"), or "".
func actNounAfter(st *sent, j int) string {
	return nounAfter(st, j, actNouns)
}

// nounAfter returns the noun of nouns that the words after a trigger
// open with, past determiners and modifiers, or "".
func nounAfter(st *sent, j int, nouns map[string]bool) string {
	return nounFormAfter(st, j, func(w string) string {
		if nouns[w] {
			return w
		}
		return ""
	})
}

// nounFormAfter returns what form gives for the first word after a
// trigger, past determiners and modifiers, that it gives anything for,
// or "".
func nounFormAfter(st *sent, j int, form func(w string) string) string {
	end := j + 4
	for k := j; k < len(st.low) && k < end; k++ {
		if n := form(st.low[k]); n != "" {
			return n
		}
		switch st.low[k] {
		case "the", "this", "that", "these", "its", "their", "his", "her", "'s":
			continue
		}
		if k == j {
			if w := prec40WhatCalled(st, k); w > 0 {
				end += w
				k += w - 1
				continue
			}
		}
		if prec40ModifierJoin(st, k) {
			end++
			continue
		}
		if !isModifier(st.toks[k]) {
			return ""
		}
	}
	return ""
}

// actNounTypes give the kind of act some act nouns refer back to, so that
// "called the withdrawal a stab in the back" is aimed at who withdrew, not
// at whoever attacked since.
var actNounTypes = map[string][]string{
	"withdrawal": {truce.Retreat}, "release": {truce.Retreat}, "departure": {truce.Retreat},
	"pullout": {truce.Retreat}, "pull-out": {truce.Retreat}, "exit": {truce.Retreat},
	"attack": {truce.Assault}, "attacks": {truce.Assault}, "bombing": {truce.Assault},
	"bombings": {truce.Assault}, "shelling": {truce.Assault}, "massacre": {truce.Assault},
	"killing": {truce.Assault}, "killings": {truce.Assault}, "assassination": {truce.Assault},
	"arrest": {truce.Coerce}, "arrests": {truce.Coerce}, "detention": {truce.Coerce},
	"detentions": {truce.Coerce}, "repression": {truce.Assault, truce.Coerce},
	"clampdown": {truce.Assault, truce.Coerce}, "blast": {truce.Assault}, "blasts": {truce.Assault},
	"explosion": {truce.Assault}, "raids": {truce.Assault}, "beatings": {truce.Assault},
	"shootings": {truce.Assault}, "abductions": {truce.Assault}, "kidnappings": {truce.Assault},
	"takeover": {truce.Coerce, truce.Assault}, "expulsions": {truce.Sanction, truce.Coerce},
	"deportation": {truce.Coerce}, "deportations": {truce.Coerce},
	"exchange": {truce.Retreat, truce.Agree}, "swap": {truce.Retreat, truce.Agree},
	"expulsion": {truce.Sanction, truce.Coerce}, "visit": {truce.Consult}, "meeting": {truce.Consult},
	"deployment": {truce.Mobilize},
	// "Norway, which hosted the talks, called the agreement a milestone":
	// a deal is its parties', whatever was told in between.
	"agreement": {truce.Agree}, "agreements": {truce.Agree}, "deal": {truce.Agree},
	"deals": {truce.Agree}, "accord": {truce.Agree}, "accords": {truce.Agree},
	"pact": {truce.Agree}, "treaty": {truce.Agree}, "truce": {truce.Agree},
	"ceasefire": {truce.Agree}, "armistice": {truce.Agree},
	// "Bamako pardoned the soldiers … Lomé welcomed the pardon": clemency
	// frees someone; a climbdown gives ground or gives up a plan.
	"pardon": {truce.Retreat}, "pardons": {truce.Retreat}, "amnesty": {truce.Retreat},
	"climbdown": {truce.Retreat, truce.Concede}, "u-turn": {truce.Retreat, truce.Concede},
	"concession": {truce.Concede, truce.Retreat}, "concessions": {truce.Concede, truce.Retreat},
}

// lastDoerOf is lastDoer for an act referred back to by noun: the doer of
// the latest act of the kind the noun names, when there is one.
func (d *doc) lastDoerOf(cd *candidate, src []truce.Actor, noun string) (truce.Actor, bool) {
	if types := actNounTypes[noun]; types != nil {
		if a, ok := d.latestDoer(cd, src, types); ok {
			return a, true
		}
	}
	if deedNouns.has(noun) {
		return d.latestDoerIf(cd, src, func(p *candidate) bool { return !wordsOfJudgment(p) })
	}
	return d.lastDoer(cd, src)
}

// deedNouns refer back to a deed or a decision, never to words about one:
// "Poland will send guns … Minsk called the decision reckless. Kyiv
// welcomed the move" welcomes Poland's.
var deedNouns = filtered(wordSet("move", "decision", "step", "measure", "measures", "gesture"))

// wordsOfJudgment reports whether p is words judging another's act: a
// rejection, praise or disapproval ("called the decision reckless").
func wordsOfJudgment(p *candidate) bool {
	switch p.ev.Type {
	case truce.Reject, truce.Support:
		return true
	case truce.Accuse:
		return p.ev.Mode == "disapprove"
	}
	return false
}

// lastDoer returns the source of the latest event coded before cd in the
// article, if it is not among src.
func (d *doc) lastDoer(cd *candidate, src []truce.Actor) (truce.Actor, bool) {
	return d.latestDoer(cd, src, nil)
}

// latestDoer returns the source of the latest event coded before cd in
// the article, of one of types when they are given, if it is not among
// src.
func (d *doc) latestDoer(cd *candidate, src []truce.Actor, types []string) (truce.Actor, bool) {
	return d.latestDoerIf(cd, src, func(p *candidate) bool {
		return types == nil || slices.Contains(types, p.ev.Type)
	})
}

// latestDoerIf is latestDoer over the earlier events that keep holds for.
func (d *doc) latestDoerIf(cd *candidate, src []truce.Actor, keep func(*candidate) bool) (truce.Actor, bool) {
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		if p == cd || p.st.s.Index > cd.st.s.Index || p.st.s.Index == cd.st.s.Index && p.i >= cd.i {
			continue
		}
		if !keep(p) {
			continue
		}
		if len(p.ev.Source) > 0 && p.ev.Type != "" {
			a := p.ev.Source[0]
			if hasCountry(src, a.Country) && a.ID == a.Country {
				return truce.Actor{}, false
			}
			// "The EU sanctioned Iran's police … Tehran condemned the
			// move": a government does not react to what its own organs
			// did; the act it reacts to is an earlier one.
			if ownOrgan(src, a) {
				continue
			}
			for _, s := range src {
				if sameActor(s, a) {
					return truce.Actor{}, false
				}
			}
			return a, true
		}
	}
	return truce.Actor{}, false
}

// commonSubject reports whether the passive verb at i has a common noun
// for its subject, no name and no relative pronoun: "two men were
// arrested", not "Zúñiga, who was arrested".
func commonSubject(st *sent, i int) bool {
	w, ok := passiveSubjectEnd(st, i)
	return ok && w >= 0 && (st.toks[w].tag == "NNS" || st.toks[w].tag == "NN") && st.mentionAt(w) == nil
}

// passiveSubjectEnd returns the last token of the subject of the passive
// verb at i, the word before its auxiliary ("two men [were] arrested",
// "the envoy [had been] summoned"), and whether an auxiliary was found
// within three tokens.
func passiveSubjectEnd(st *sent, i int) (int, bool) {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		switch st.low[k] {
		case "was", "were", "been", "being", "is", "are":
			w := k - 1
			if st.low[w] == "have" || st.low[w] == "had" || st.low[w] == "has" {
				w--
			}
			return w, true
		}
	}
	return -1, false
}

// nameBefore reports whether a proper name that is no place stands before
// token i: a speaker the roles may have missed ("The Polisario Front,
// which …, condemned").
func nameBefore(st *sent, i int) bool {
	for k := 0; k < i; k++ {
		if !strings.HasPrefix(st.toks[k].tag, "NNP") {
			continue
		}
		if m := st.mentionAt(k); m != nil && m.place {
			continue
		}
		if weekdaysAndMonths.has(st.low[k]) {
			continue
		}
		return true
	}
	return false
}

var weekdaysAndMonths = filtered(map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
})

// freshToll reports whether the definite attack noun at token i is what a
// toll is given for ("the toll from the X", "the death toll in the X")
// while the article has told no attack before it: "The death toll from the
// shelling of a market in the north rose to 30" opening a report names its
// attack by a definite noun, yet tells it for the first time.
func freshToll(d *doc, st *sent, i int) bool {
	for _, cd := range d.cands {
		if cd.ev.Type == truce.Assault {
			return false
		}
	}
	k := i - 1
	for k >= 0 && st.low[k] != "the" {
		k--
	}
	if k < 2 || !tollOf.has(st.low[k-1]) || st.low[k-2] != "toll" && st.low[k-2] != "tolls" {
		return false
	}
	for _, t := range readTolls(st) {
		if t.count.Max > 0 && t.i > i {
			return true
		}
	}
	return false
}

// ensuingAct reports whether a definite attack noun names an act that came
// out of the one told before rather than that act again: "In the firefight
// that followed, three gunmen were killed", "the ensuing clashes left two
// dead". "The clashes that followed the vote" is left to the other tests:
// what followed something named may well be told already.
func ensuingAct(st *sent, cd *candidate) bool {
	if k := cd.i - 1; k >= 0 && ensuingWords.has(st.low[k]) {
		return true
	}
	k := cd.j
	if k+2 > len(st.low) || st.low[k] != "that" && st.low[k] != "which" || !ensuedVerbs.has(st.low[k+1]) {
		return false
	}
	return k+2 == len(st.low) || st.toks[k+2].tag == "," || st.toks[k+2].tag == "." || st.low[k+2] == ","
}

// ensuingWords, before an attack noun, make it the act that came next.
var ensuingWords = filtered(wordSet("ensuing", "subsequent"))

// ensuedVerbs, in "the clashes that followed", tell an act that came next.
var ensuedVerbs = filtered(wordSet("followed", "ensued"))

// tollOf are the words that tie a toll to the attack it counts: "the toll
// from the raid", "the death toll in the bombing", "the toll of the
// massacre".
var tollOf = filtered(map[string]bool{"from": true, "in": true, "of": true})

// firstTelling reports whether a definite attack noun tells its attack
// for the first time: no attack was told before it, and the words after
// it name what was hit ("The bombing of a crowded bus station drew
// condemnation", "the abduction of 30 pupils shocked the country").
// Told after an attack, such words retell it.
func firstTelling(d *doc, st *sent, cd *candidate) bool {
	for _, x := range d.cands {
		if x.ev.Type == truce.Assault {
			return false
		}
	}
	// "angry over the killing of a teenager", "involved in the killing of
	// a separatist": a preposition's object is what another word is about.
	if governedByPrep(st, cd.i) {
		return false
	}
	// The "of" may be the trigger's own last word ("assassination of").
	k := cd.j
	if w := st.low[cd.j-1]; w == "of" || w == "on" {
		k = cd.j - 1
	}
	return k+1 < len(st.low) && (st.low[k] == "of" || st.low[k] == "on") &&
		(st.toks[k+1].tag == "DT" || st.toks[k+1].tag == "CD")
}

// governedByPrep reports whether the noun at i, past its determiner and
// modifiers, is the object of a preposition: "over the raid", "in the
// killing of".
func governedByPrep(st *sent, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if t := st.toks[k].tag; t == "IN" || t == "TO" {
			return true
		}
		if !determiners.has(st.low[k]) && !isModifier(st.toks[k]) && st.toks[k].tag != "POS" {
			return false
		}
	}
	return false
}

// motiveOf reports whether the noun at i is what a feeling is about, an
// adjective of feeling and its preposition before the noun's
// determiner and modifiers: "Youths angry over the killing of a teenager
// by a police officer set cars ablaze", "crowds outraged at the shooting
// of a student". The attack is the cause of the act the sentence tells.
func motiveOf(st *sent, i int) bool {
	k := i - 1
	for k >= 0 && (determiners.has(st.low[k]) || isModifier(st.toks[k]) || st.toks[k].tag == "POS") {
		k--
	}
	return k >= 1 && st.toks[k].tag == "IN" && feelingWords.has(st.low[k-1])
}

// feelingWords are adjectives of feeling whose preposition's object is
// what moved someone: "angry over", "outraged at", "furious about".
var feelingWords = filtered(wordSet("angry", "angered", "furious", "outraged", "incensed", "enraged",
	"upset", "indignant", "livid", "anguished", "grieving", "mourning"))

// tollIn reports whether a definite attack noun is the place a toll
// tells of, with no attack told before it: "nine people died in the
// shelling of Avdiivka", "dozens of fighters were killed in the clashes
// near Gao". The toll is the news, and the noun tells its attack for the
// first time; told after an attack, riot or crackdown, it retells it.
func tollIn(d *doc, st *sent, i int) bool {
	for _, cd := range d.cands {
		// "stormed the airport …; two were killed in the clashes": a riot
		// or crackdown told before is the attack the toll counts.
		if cd.ev.Type == truce.Assault || cd.ev.Type == truce.Protest || cd.ev.Type == truce.Coerce {
			return false
		}
	}
	k := i - 1
	for k >= 0 && st.low[k] != "the" {
		k--
	}
	if k < 2 || st.low[k-1] != "in" && st.low[k-1] != "during" {
		return false
	}
	return tollInVerbs.has(st.low[k-2])
}

// tollInVerbs are the words of a toll that an "in" phrase ties to its
// attack: "died in", "were killed in", "were wounded in".
var tollInVerbs = filtered(wordSet("died", "killed", "wounded", "injured", "hurt", "dead", "perished"))

// ownOrgan reports whether a, the doer of an act, is an organ of the state
// that one of the speakers src speaks for: Iran's police for Tehran.
func ownOrgan(src []truce.Actor, a truce.Actor) bool {
	if a.Country == "" || a.ID == a.Country || !stateSectors.has(a.Sector) {
		return false
	}
	for _, s := range src {
		if s.Country == a.Country && (s.ID == s.Country || s.Sector == "GOV") {
			return true
		}
	}
	return false
}

// deedTypes are the kinds of act that words of judgment refer back to by
// "it": deeds, decisions and charges, not a rejection or praise of them
// ("The court charged him … Moscow dismissed the move. Kyiv hailed it"
// praises the court).
var deedTypes = []string{truce.Agree, truce.Consult, truce.Concede, truce.Cooperate,
	truce.Aid, truce.Retreat, truce.Sanction, truce.Mobilize, truce.Coerce, truce.Assault,
	truce.Protest, truce.Threaten, truce.Accuse, truce.Request}

// pronounAct reports whether the verb trigger cd takes a bare "it" as its
// object: inside its own words ("called it a milestone"), or after them,
// judged "as" something or standing alone at the clause's end ("welcomed
// it as overdue", "condemned it.").
func pronounAct(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' {
		return false
	}
	if cd.j-cd.i > 2 && st.low[cd.i+1] == "it" {
		return true
	}
	if cd.j >= len(st.low) || st.low[cd.j] != "it" {
		return false
	}
	if cd.j+1 >= len(st.low) {
		return true
	}
	switch st.low[cd.j+1] {
	case "as", ".", ",", ";", "and":
		return true
	}
	return false
}

// whatJudged reports whether a verb of judgment stands in a free relative
// on the clause before it, "in what" its subject calls the act: "in what
// Kyiv called a war crime", "in what the president denounced as a coup".
// Only a subject of names and nouns stands between "what" and the verb.
func whatJudged(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' {
		return false
	}
	for k := cd.i - 1; k >= 1 && k >= cd.i-7; k-- {
		if st.low[k] == "what" {
			return k < cd.i-1 && (st.low[k-1] == "in" || st.low[k-1] == ",")
		}
		if t := st.toks[k].tag; strings.HasPrefix(t, "VB") || t == "," || t == "." || t == "IN" && st.low[k] != "of" {
			return false
		}
	}
	return false
}

// actNounBetween returns the first act noun among tokens [a, b) that no
// verb precedes: the subject of a judged clause ("said the incursion
// was a violation"), or "".
func actNounBetween(st *sent, a, b int) string {
	for k := a; k < b && k < len(st.low); k++ {
		if actNouns[st.low[k]] {
			return st.low[k]
		}
		if strings.HasPrefix(st.toks[k].tag, "VB") {
			return ""
		}
	}
	return ""
}
