package code

// The sense a trigger is read in: words that name no event of their kind
// here ("slammed into the ward", "hit with sanctions"), and the domain the
// rest of the sentence puts it in.

import (
	"strings"

	"github.com/truce-project/truce"
)

// offSense tells why a trigger is read here in a sense that names no event
// of its kind, or "" when its sense stands: "a missile slammed into the
// ward" is no condemnation, "militiamen fighting alongside the army" no
// clash with it, "struck civilian targets" has one attack, not two, and
// "was targeted by sanctions" or "hit back with tariffs" is no attack.
func offSense(st *sent, cd *candidate, plover string) string {
	e := cd.e
	next := ""
	if cd.j < len(st.low) {
		next = st.low[cd.j]
	}
	if e.pos == 'V' && cd.j-cd.i == 1 && quadOf(plover) == 3 && next == "into" {
		return "a word of blame telling motion (\"slammed into the hospital\")"
	}
	if e.pos == 'V' && e.has(flagSym) && e.has(flagViolent) && allyWords.has(next) && !wordInClause(st, "against", cd.j) {
		return "fighting beside an ally (\"fighting alongside the army\"): no clash with it"
	}
	if plover == truce.Assault && targetNouns.has(st.low[cd.i]) && cd.j-cd.i == 1 && strings.HasPrefix(st.toks[cd.i].tag, "NN") &&
		cd.i > 0 && nounPremodifier(st.toks[cd.i-1]) {
		return "\"targets\" as a noun, what was struck (\"struck military targets\")"
	}
	if plover == truce.Mobilize && armedAsAdjective(st, cd.i) {
		return "\"armed\" describing the people named (\"clashes between armed tribesmen\"): no arming"
	}
	if seizedPowerWho(st, cd) {
		return "a coup told in a relative clause on its makers (\"the officers who seized power\"): who they are"
	}
	if plover == truce.Consult && blocMeetingSetting(st, cd.i) {
		return "one bloc's members \"meeting in\" a place, the setting of their act (\"leaders meeting in Abuja ordered\")"
	}
	if accordAsGoal(st, cd) {
		return "an accord as the goal of steps (\"a step towards a peace treaty\"): not yet made"
	}
	if plover == truce.Consult && placesMeet(st, cd) {
		return "places that meet (\"where the borders of three states meet\"): no meeting"
	}
	if plover == truce.Accuse && answeredChargeNoun(st, cd) {
		return "a definite charge a rejection answers (\"rejected the accusation\"): told before"
	}
	if plover == truce.Assault && dealStruck(st, cd.i) {
		return "the participle of making a deal (\"the accord, struck in Doha\"): no attack"
	}
	if e.pos == 'V' && plover == truce.Assault && measureAfter(st, cd.j) {
		return "a measure told in words of attack (\"targeted by sanctions\")"
	}
	if plover == truce.Mobilize && gsr37CivilMobilised(st, cd) {
		return "rallying backers, money or opinion (\"mobilised its supporters\"): no forces mobilised"
	}
	if why := offSensePrec20(st, cd); why != "" {
		return why
	}
	return offSensePrec74(st, cd, plover)
}

// seizedPowerWho reports whether the trigger tells, in a relative clause,
// the coup that made its subject rulers: "the officers who seized power in
// July rejected the ultimatum", "the junta, which took power in 2021".
// The clause names who the actors are; the sentence's news is elsewhere.
func seizedPowerWho(st *sent, cd *candidate) bool {
	next := ""
	if cd.j < len(st.low) {
		next = st.low[cd.j]
	}
	if cd.e.pos != 'V' || st.low[cd.j-1] != "power" && next != "power" {
		return false
	}
	k := cd.i - 1
	for k > 0 && (st.low[k] == "had" || st.low[k] == "has" || st.low[k] == "have" || st.toks[k].tag == "RB") {
		k--
	}
	return k > 0 && relativeWords.has(st.low[k])
}

// blocMeetingSetting reports whether "meeting" at i is a participle that
// only sets the scene of what one body's members did there: "West African
// leaders meeting in Abuja gave the junta a week", "donors meeting in
// Paris pledged 2 billion euros". Its subject is a plural noun with no
// second party joined by "and" ("Kenyan and Somali ministers meeting in
// Nairobi" meet each other), and a finite verb follows.
func blocMeetingSetting(st *sent, i int) bool {
	if st.low[i] != "meeting" || i == 0 || i+1 >= len(st.low) || st.low[i+1] != "in" && st.low[i+1] != "at" {
		return false
	}
	if st.toks[i-1].tag != "NNS" {
		return false
	}
	for k := 0; k < i; k++ {
		if st.low[k] == "and" || st.low[k] == "," {
			return false
		}
	}
	for k := i + 2; k < len(st.low) && st.low[k] != ";"; k++ {
		if t := st.toks[k].tag; t == "VBD" || t == "VBZ" || t == "VBP" {
			return true
		}
	}
	return false
}

// answeredChargeNoun reports whether a definite charge noun is the object
// of a rejection and has no party or content of its own: in "Kyiv rejected
// the accusation as absurd" the accusation is one told before, and the
// rejection the only new act. "Rejected the accusation by Kinshasa that
// …" tells the charge with it and keeps it.
func answeredChargeNoun(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' && !strings.HasPrefix(st.toks[cd.i].tag, "NN") || !definite(st, cd.i) {
		return false
	}
	k := cd.i - 1
	for k > 0 && (isModifier(st.toks[k]) || st.toks[k].tag == "DT" || st.toks[k].tag == "PRP$") && !rejectionWords.has(st.low[k]) {
		k--
	}
	if !rejectionWords.has(st.low[k]) {
		return false
	}
	if cd.j < len(st.low) {
		switch st.low[cd.j] {
		case "that", "of", "by", "from", "against":
			return false
		}
	}
	return true
}

// rejectionWords are verbs of answering a charge by denying it.
var rejectionWords = filtered(map[string]bool{
	"rejected": true, "rejects": true, "denied": true, "denies": true, "dismissed": true,
	"dismisses": true, "refuted": true, "refutes": true, "disputed": true, "disputes": true,
	"rebuffed": true, "contested": true,
})

// armedAsAdjective reports whether "armed" at i describes the people after
// it rather than telling that someone armed them: at the start of the
// sentence, after a preposition, an article, a number or a possessive, or
// after an adverb of degree ("clashes between armed tribesmen", "raided
// by heavily armed militias"). "The army armed tribal militias" keeps
// its verb.
func armedAsAdjective(st *sent, i int) bool {
	if st.low[i] != "armed" {
		return false
	}
	if i == 0 {
		return true
	}
	switch st.toks[i-1].tag {
	case "IN", "DT", "CD", "PRP$", "POS", "JJ":
		return true
	}
	return armedDegree.has(st.low[i-1])
}

// armedDegree are adverbs that make "armed" an adjective: "heavily armed".
var armedDegree = filtered(map[string]bool{"heavily": true, "lightly": true, "well": true, "poorly": true})

// dealStruckVerbs are the verbs of attack that also make a deal: "a deal
// struck last month", "the truce hammered out in Jeddah".
var dealStruckVerbs = filtered(map[string]bool{"struck": true, "hammered": true})

// dealNouns are the agreements a deal is struck on.
var dealNouns = filtered(map[string]bool{
	"deal": true, "deals": true, "agreement": true, "agreements": true, "accord": true,
	"accords": true, "bargain": true, "compromise": true, "pact": true, "truce": true,
	"ceasefire": true, "cease-fire": true, "settlement": true, "arrangement": true,
})

// dealStruck reports whether the verb at i is the participle of making a
// deal after its noun, straight or behind a comma: "under a bargain struck
// in Muscat", "the agreement, struck in Oman between the two sides".
func dealStruck(st *sent, i int) bool {
	if !dealStruckVerbs.has(st.low[i]) || i == 0 {
		return false
	}
	k := i - 1
	if st.low[k] == "," && k > 0 {
		k--
	}
	return dealNouns.has(st.low[k])
}

// allyWords, after a verb of fighting, make its object an ally: "rebels
// fighting alongside government troops".
var allyWords = filtered(map[string]bool{"alongside": true, "beside": true})

// targetNouns are the verb trigger "target" spelt as the noun of what is
// aimed at.
var targetNouns = filtered(map[string]bool{"target": true, "targets": true})

// nounPremodifier reports whether a token can stand before a noun as its
// modifier or determiner: "civilian targets", "60 targets", "its targets".
func nounPremodifier(t tok) bool {
	switch {
	case strings.HasPrefix(t.tag, "JJ"), t.tag == "CD", t.tag == "DT", t.tag == "PRP$", t.tag == "POS":
		return true
	}
	return false
}

// nounPhraseHead returns the last noun of the noun phrase that opens at
// token k (determiners, possessors, numbers and modifiers, then nouns;
// at most eight tokens) and the token after the phrase; head is -1 when no
// noun opens there: "the government's economic record" gives "record",
// "girls' secondary schools" gives "schools".
func nounPhraseHead(st *sent, k int) (head, end int) {
	head = -1
	for end = k; end < len(st.toks) && end < k+8; end++ {
		t := st.toks[end]
		switch {
		case strings.HasPrefix(t.tag, "NN"):
			head = end
		case nounPremodifier(t) || st.low[end] == "'s" || st.low[end] == "’s" || st.low[end] == "'":
			// a modifier, or the possessive that closes a possessor
		default:
			return head, end
		}
	}
	return head, end
}

// penaltyNouns are the non-violent means a verb of attack may be used of:
// "hit with sanctions", "targeted by a travel ban".
var penaltyNouns = filtered(map[string]bool{
	"sanction": true, "sanctions": true, "tariff": true, "tariffs": true, "embargo": true,
	"embargoes": true, "ban": true, "bans": true, "fine": true, "fines": true, "penalties": true,
	"restrictions": true, "curbs": true, "measures": true, "levies": true, "duties": true,
	"lawsuit": true, "lawsuits": true, "subpoena": true, "subpoenas": true, "probe": true,
	"investigation": true, "criticism": true, "indictment": true, "charges": true,
	"expulsion": true, "expulsions": true,
})

// measureAfter reports whether a "by" or "with" right after a verb of
// attack leads, within a few words, to a non-violent measure: "was
// targeted by US sanctions", "hit hard by tariffs". After "back" the
// "by" or "with" may wait a few words, and a gerund after "by" is the act
// the sentence tells: "hit back on Monday with sanctions of its own",
// "struck back by expelling diplomats".
func measureAfter(st *sent, j int) bool {
	k, back := j, false
	if k < len(st.low) && st.low[k] == "back" {
		k, back = k+1, true
	}
	for k < len(st.low) && st.low[k] == "hard" {
		k++
	}
	for back && k < len(st.low) && k < j+8 && st.low[k] != "by" && st.low[k] != "with" && st.clause[k] == st.clause[j-1] {
		k++
	}
	if k >= len(st.low) || st.low[k] != "by" && st.low[k] != "with" {
		return false
	}
	if back && st.low[k] == "by" && k+1 < len(st.low) && st.toks[k+1].tag == "VBG" {
		return true
	}
	for n := k + 1; n < len(st.low) && n <= k+5 && st.clause[n] == st.clause[j-1]; n++ {
		if penaltyNouns.has(st.low[n]) {
			return true
		}
	}
	return false
}

// wordInClause reports whether word occurs from token j to the end of the
// clause token j-1 is in.
func wordInClause(st *sent, word string, j int) bool {
	for k := j; k < len(st.low) && st.clause[k] == st.clause[j-1]; k++ {
		if st.low[k] == word {
			return true
		}
	}
	return false
}

// domainBeside returns the domain the sentence's words put it in, leaving
// out the words of a verb trigger tagged and spelt as a verb: "tried to
// storm the palace" is an attack, and its "storm" is no weather ("a storm
// hit the coast" and "Storm Boris battered the coast" still are). An
// accident word thrown at someone is a weapon, not an accident: "youths
// hurled firecrackers at police and torched cars" is a riot.
func (c *Coder) domainBeside(st *sent, cd *candidate) string {
	from, to := cd.i, cd.j
	if t := st.toks[cd.i]; cd.e.pos != 'V' || !strings.HasPrefix(t.tag, "VB") || t.text == "" || t.text[0] < 'a' || t.text[0] > 'z' {
		from, to = 0, 0
	}
	found := ""
	for _, at := range c.domainsOf(st).at {
		k, d := at.k, at.word
		if k >= from && k < to {
			continue
		}
		if d == "" && (k+1 < from || k+1 >= to) {
			d = at.pair
		}
		if d == "accident" && (projectileCrash(st, k) || thrownAt(st, k)) {
			d = ""
		}
		if d == "exercise" || d == "fiction" {
			return d
		}
		if found == "" {
			found = d
		}
	}
	return found
}

// throwingVerbs send a thing at someone: "threw fireworks at police".
var throwingVerbs = filtered(wordSet("threw", "throw", "throwing", "hurled", "hurl", "hurling", "fired", "firing",
	"launched", "lobbed", "shot", "pelted"))

// thrownAt reports whether the accident word at k is a thing thrown or
// fired at someone: "threw firecrackers at officers", "fired fireworks at
// police", "pelted the police with fireworks".
func thrownAt(st *sent, k int) bool {
	if k+1 < len(st.low) && st.low[k+1] == "at" {
		for n := k - 1; n >= 0 && n >= k-2; n-- {
			if throwingVerbs.has(st.low[n]) {
				return true
			}
		}
	}
	if k == 0 || st.low[k-1] != "with" {
		return false
	}
	for n := k - 2; n >= 0 && n >= k-5; n-- {
		if st.low[n] == "pelted" || st.low[n] == "pelting" {
			return true
		}
	}
	return false
}

// recentProtest reports whether the article told of a protest in this
// sentence or the two before it, so that detentions told next belong to
// that protest: "Thousands marched on parliament. The interior ministry
// said 90 people had been detained" is a protest with intervention, not
// an arrest on its own. The protest may be told by the force used on it
// ("riot police fired rubber bullets at protesters"), an act labelled as
// a protest whatever its PLOVER type.
func (d *doc) recentProtest(st *sent) bool {
	return d.recentLabel(st, acledProtests, "")
}

// recentLabel reports whether an event of the ACLED type (and subtype,
// unless "") was told in this sentence or the two before it.
func (d *doc) recentLabel(st *sent, typ, sub string) bool {
	for _, cd := range d.cands {
		if cd.folded || cd.st.s.Index > st.s.Index || cd.st.s.Index < st.s.Index-2 {
			continue
		}
		if cd.ev.ACLEDType == typ && (sub == "" || cd.ev.ACLEDSubtype == sub) {
			return true
		}
	}
	return false
}

// policedRiot relabels force used on a crowd as the riot's when the
// article has just told of one: "Rioters looted shops in the port. Police
// fired tear gas to disperse them" is a violent demonstration, not a
// peaceful protest broken up. Arrests are left as they are.
func (d *doc) policedRiot(ev *truce.Event, st *sent) {
	if ev.ACLEDType != acledProtests || ev.ACLEDSubtype != subIntervened || ev.Mode == "arrest" {
		return
	}
	if d.recentLabel(st, acledRiots, subViolentDem) {
		ev.ACLEDType, ev.ACLEDSubtype = acledRiots, subViolentDem
	}
}

// heldAtProtest relabels a detention of unnamed people as the protest's
// intervention when the article has just told of a protest; a named
// person arrested is left an arrest. Force used on a crowd just told of
// rioting is the riot's (policedRiot).
func (d *doc) heldAtProtest(ev *truce.Event, cd *candidate, st *sent) {
	d.policedRiot(ev, st)
	if ev.ACLEDType != acledStrategic || ev.ACLEDSubtype != subArrests || !d.recentProtest(st) {
		return
	}
	// "Rioters torched the town hall. Police said 80 people had been
	// arrested": arrests after a riot are counted, not a protest broken
	// up.
	if d.recentLabel(st, acledRiots, "") {
		return
	}
	for _, m := range cd.tgt {
		if m.kind == "person" {
			return
		}
	}
	ev.ACLEDType, ev.ACLEDSubtype = acledProtests, subIntervened
	if lethal(st) {
		ev.ACLEDSubtype = subExcessive
	}
}

// placesMeet reports whether the verb "meet" at cd tells where land or
// water joins, in a where-clause whose subject names places: "where the
// borders of Niger, Mali and Burkina Faso meet", "where Thailand's Sisaket
// province meets Cambodia's Oddar Meanchey", "where the two rivers meet".
func placesMeet(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || !strings.HasPrefix(st.low[cd.i], "meet") && st.low[cd.i] != "met" {
		return false
	}
	for k := cd.i - 1; k >= 0 && k >= cd.i-10; k-- {
		w := st.low[k]
		if w == "where" {
			// The place noun heads the subject: right before the verb,
			// or before its "of" ("the borders of …").
			for n := k + 1; n < cd.i; n++ {
				if geoNouns.has(st.low[n]) && (n == cd.i-1 || st.low[n+1] == "of") {
					return true
				}
			}
			return false
		}
		if clauseBreaks.has(w) || w == ";" || verbAt(st, k) && st.mentionAt(k) == nil {
			return false
		}
	}
	return false
}

// geoNouns name land, borders and water, the subjects of places that meet.
var geoNouns = filtered(map[string]bool{
	"border": true, "borders": true, "frontier": true, "frontiers": true, "province": true, "provinces": true,
	"region": true, "regions": true, "district": true, "districts": true,
	"county": true, "counties": true, "river": true, "rivers": true, "sea": true, "seas": true,
	"road": true, "roads": true, "highway": true, "highways": true, "range": true, "mountains": true,
	"department": true, "governorate": true,
})

// accordAsGoal reports whether the agreement noun cd is the goal a step,
// work or progress leads towards, past an article and modifiers: "a step
// towards a peace treaty", "progress toward a border accord".
func accordAsGoal(st *sent, cd *candidate) bool {
	if !isAgreementNoun(cd.e) || cd.e.pos != 'N' {
		return false
	}
	for k := cd.i - 1; k >= 0 && k >= cd.i-4; k-- {
		switch w := st.low[k]; {
		case w == "towards" || w == "toward":
			return true
		case w == "a" || w == "an" || w == "the" || isModifier(st.toks[k]) && w != "," || strings.HasPrefix(st.toks[k].tag, "NN"):
		default:
			return false
		}
	}
	return false
}
