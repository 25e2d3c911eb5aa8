package code

// ACLED rules for strategic developments that are not moves of ground or
// troops: agreements, truces and other developments.

import (
	"strings"

	"github.com/truce-project/truce"
)

// otherDevelopment: acts ACLED records as other strategic developments:
// a mass grave found, a cyberattack. Censorship ("cut internet access
// across the region", "suspended the broadcaster") is not one: it keeps
// no label.
func otherDevelopment(x *acx) bool {
	st := x.st
	switch {
	case x.e.mode == "investigate" && (st.hasAny(&exhumeWords) || st.hasPhrase("mass", "grave") || st.hasPhrase("mass", "graves")):
		return x.set(acledStrategic, subOther)
	case x.e.mode == "censor" || x.ev.Mode == "censor":
		// Cutting the internet or silencing a broadcaster gets no label
		// (code/testdata/snippets/README.md, "Category and mode").
		return x.set("", "")
	case x.ev.ACLEDType == acledBattles && st.hasPrefix("cyber"):
		return x.set(acledStrategic, subOther)
	}
	return false
}

// brokeAway: an armed group that cuts its ties with its ally changes
// sides, a change to the group ACLED records ("a pro-government militia
// said it had severed its ties with the army"); a state that cuts ties
// with another is diplomacy.
func brokeAway(x *acx) bool {
	if x.ev.ACLEDType != "" || x.ev.Type != truce.Sanction || x.e.cameo != "161" || len(x.ev.Source) == 0 {
		return false
	}
	// "SDNMLT", a country's militia, carries its code but is no state.
	if sec := x.ev.Source[0].Sector; sec != "REB" && sec != "MLT" {
		return false
	}
	if !x.clauseHas(&tiesWords) {
		return false
	}
	return x.set(acledStrategic, subChange)
}

// tiesWords name the bond an armed group cuts.
var tiesWords = filtered(wordSet("ties", "alliance", "allegiance", "relations"))

// agreement: ACLED records the deals that settle or pause violence —
// ceasefires, peace deals, prisoner and hostage exchanges, evacuations,
// surrenders — not diplomatic agreements ("agreed to restore relations",
// "signed a memorandum"). A ceasefire named as broken or kept is no new
// agreement ("in violation of the ceasefire", "observed a ceasefire").
func agreement(x *acx) bool {
	if !x.is(acledStrategic, subAgreement) {
		return false
	}
	if x.readiness() || x.soughtDeal() {
		return x.set("", "")
	}
	if x.e.has(flagCease) {
		if x.i >= 0 && (ceasefireNamedOnly(x.st, x.i) || x.oneSided()) {
			return x.set("", "")
		}
		return true
	}
	// A release is an agreement when it is part of a deal or an exchange,
	// when an armed group frees its captives or has its fighters freed, or
	// when the sentence tells of releases both ways ("the rebels freed
	// eight soldiers and the army released 40 of their fighters");
	// "Nicaragua freed 222 political prisoners" alone is not. A trigger
	// that names the swap itself ("the two states swapped 90 prisoners")
	// is one.
	if x.e.mode == "release" {
		if x.foreignersFreed() {
			return x.set("", "")
		}
		if x.e.has(flagSym) || x.st.hasAny(&exchangeWords) || hasArmedGroup(x.ev.Source) || hasArmedGroup(x.ev.Target) || x.releasesBothWays() {
			return true
		}
		return x.set("", "")
	}
	if x.i >= 0 && x.agreedToTalk() {
		return x.set("", "")
	}
	if x.clauseHas(&settlementWords) || x.clauseHas(&haltWords) && x.clauseHas(&hostileActs) || x.st.hasPhrase("took", "effect") || x.settlesFrontier() ||
		acled30ArmedParty(x.ev.Source) || acled30ArmedParty(x.ev.Target) {
		return true
	}
	return x.set("", "")
}

// foreignersFreed reports whether a state frees another country's
// nationals (named as such, or by their trade), with no armed side and no war told in the
// sentence, nor a truce it is part of: "Tehran freed three Frenchmen in exchange for an engineer" is
// a trade between states at peace, which ACLED does not record; soldiers
// or fighters freed ("freed 40 Russian servicemen in a swap") are
// prisoners of a conflict.
func (x *acx) foreignersFreed() bool {
	src, tgt := x.ev.Source, x.ev.Target
	if len(src) == 0 || len(tgt) == 0 || hasArmed(src) || hasArmed(tgt) || hasArmedGroup(src) || hasArmedGroup(tgt) ||
		x.st.hasAny(&warWords) || x.st.hasAny(&truceWords) {
		return false
	}
	for _, a := range src {
		if !isState(a) {
			return false
		}
	}
	for _, t := range tgt {
		if !isState(t) || t.Country == src[0].Country || t.Sector != "" && !foreignerSector.has(t.Sector) && !namedByNation(t) {
			return false
		}
	}
	return true
}

// warWords tell that captives were taken in a war or held as hostages.
var warWords = filtered(wordSet("war", "wars", "conflict", "fighting", "front", "soldiers", "servicemen", "troops", "fighters", "combatants",
	"pows", "militants", "rebels", "captured", "insurgents", "hostilities", "occupation", "battlefield", "hostage", "hostages",
	"captive", "captives"))

// foreignerSector are the sectors of foreigners a state holds one by one:
// an aid worker, a reporter, a businessman. Prisoners or detainees as such
// (civilians, "CVL") may be a conflict's, and keep their label.
var foreignerSector = filtered(wordSet("AID", "MED", "BUS", "EDU", "HLH", "REL", "LAB"))

// namedByNation reports whether people are named by their nation alone
// ("five Iranians", "two Americans"), not as prisoners or detainees.
func namedByNation(a truce.Actor) bool {
	w := lastWord(a.Text)
	return a.Sector == "CVL" && w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// releasesBothWays reports whether the sentence tells of a second release
// besides the trigger's, by its own verb: "Kyiv freed 30 soldiers and
// Moscow released 28", one side of a swap each.
func (x *acx) releasesBothWays() bool {
	if x.i < 0 {
		return false
	}
	for k, w := range x.st.low {
		if (k < x.i || k >= x.j) && releaseVerbs.has(w) {
			return true
		}
	}
	return false
}

// releaseVerbs tell that captives were set free.
var releaseVerbs = filtered(wordSet("freed", "released", "frees", "releases"))

// agreedToTalk reports whether what was agreed, the first thing named
// after the trigger in its clause, is to talk: "agreed to resume peace
// talks", "agreed to a face-to-face meeting" (talks are no deal, whoever
// holds them; "agreed to a ceasefire and talks" is one).
func (x *acx) agreedToTalk() bool {
	for k := x.j; k < len(x.st.low) && x.st.clause[k] == x.st.clause[x.i]; k++ {
		w := x.st.low[k]
		switch {
		case talkWords.has(w):
			return true
		case settlementWords.has(w) && w != "peace" && w != "war":
			return false
		}
	}
	return false
}

// readiness reports whether the trigger tells only that a side is ready
// to agree ("was ready to accept a truce", "is willing to sign"): no deal
// is made yet.
func (x *acx) readiness() bool {
	return x.spanHasPrefix("ready") || x.spanHasPrefix("willing") || x.spanHasPrefix("prepared")
}

// talkWords name talks or a meeting, or a process of them ("agreed to
// enter a peace process").
var talkWords = filtered(wordSet("talks", "negotiations", "meeting", "dialogue", "summit", "consultations", "process"))

// oneSided reports whether a ceasefire is one side's own pause, declared
// rather than agreed: "declared a unilateral ceasefire", "announced a
// pause of its own", "the junta declared a temporary ceasefire". One
// declared with or between others ("declared a truce with the rebels",
// "the two sides declared a ceasefire") is a deal, and so is one
// announced by others than a fighting side, for such an announcement often
// tells of a deal ("officials announced a new ceasefire in the province").
func (x *acx) oneSided() bool {
	st := x.st
	if st.hasPrefix("unilateral") || st.hasPhrase("its", "own") || st.hasPhrase("their", "own") {
		return true
	}
	declared := false
	for k := x.j - 1; k >= 0 && k >= x.i-4; k-- {
		w := st.low[k]
		if strings.HasPrefix(w, "declar") || strings.HasPrefix(w, "order") || strings.HasPrefix(w, "announc") && x.armedAnnouncer() {
			declared = true
			break
		}
	}
	if !declared || len(x.ev.Source) > 1 || st.hasAny(&mutualWords) || st.hasPrefix("agree") {
		return false
	}
	return true
}

// armedAnnouncer reports whether the event's one source is a fighting
// side — an armed group or a state's forces — whose announced pause is
// its own ("the rebels announced a week-long truce"), not officials who
// announce a deal ("officials announced a new ceasefire in the province").
func (x *acx) armedAnnouncer() bool {
	return len(x.ev.Source) == 1 && hasArmed(x.ev.Source)
}

// mutualWords tell that more than one side is party to a pause.
var mutualWords = filtered(wordSet("with", "between", "both", "sides", "mutual", "bilateral", "parties", "and"))

// truceAccepted: a ceasefire that parties accept or back is a deal ACLED
// records even when the verb carries no label of its own ("the warring
// parties accepted a two-month truce"); one still to be accepted is not.
func truceAccepted(x *acx) bool {
	if x.ev.ACLEDType != "" || x.ev.Type != "AGREE" || x.i < 0 || !x.clauseHas(&truceWords) {
		return false
	}
	switch statusNear(x.st, x.i) {
	case truce.StatusNegated, truce.StatusHypothetical, truce.StatusPlanned:
		return false
	}
	if x.i > 0 && x.st.low[x.i-1] == "to" || x.readiness() || !x.newTruce() {
		return false
	}
	return x.set(acledStrategic, subAgreement)
}

// newTruce reports whether the first truce word after the trigger, in its
// clause, names a new pause ("accepted a two-month truce"), not one that
// already exists ("remained committed to the ceasefire").
func (x *acx) newTruce() bool {
	for k := x.j; k < len(x.st.low) && x.st.clause[k] == x.st.clause[x.i]; k++ {
		if !truceWords.has(x.st.low[k]) {
			continue
		}
		for n := k - 1; n >= x.j && n >= k-3; n-- {
			switch x.st.low[n] {
			case "the", "its", "their", "this", "that":
				return false
			}
		}
		return true
	}
	return false
}

// truceWords name a pause in fighting.
var truceWords = filtered(wordSet("ceasefire", "cease-fire", "truce", "armistice", "cessation"))

// exchangeWords tell that a release is one side of a deal.
var exchangeWords = filtered(wordSet("exchange", "swap", "deal", "agreement", "truce", "ceasefire", "under", "brokered", "mediated", "return"))

// settlementWords tell that a deal is about ending or pausing violence.
var settlementWords = filtered(wordSet("ceasefire", "cease-fire", "truce", "armistice", "cessation", "hostilities", "peace", "prisoner", "prisoners",
	"hostage", "hostages", "evacuation", "evacuate", "exchange", "swap", "surrender", "disarmament", "war", "fighting",
	"firing", "offensive", "free", "release", "weapons"))

// haltWords and hostileActs together tell of a pause in violence agreed in
// other words than a truce's: "agreed to halt all military action",
// "agreed to stop attacks on power plants". Military words alone do not
// ("agreed to expand military cooperation").
var (
	haltWords   = filtered(wordSet("halt", "stop", "cease", "suspend", "pause", "end", "halting", "stopping", "suspending", "ending"))
	hostileActs = filtered(wordSet("military", "attacks", "strikes", "operations", "shelling", "raids", "bombardment", "bombing", "hostile"))
)

// agreedTo reports whether the verb at k follows "agreed to", perhaps
// with a date between: "the two sides agreed on Friday to observe a
// truce" makes the truce they will keep.
func agreedTo(st *sent, k int) bool {
	if k < 2 || st.low[k-1] != "to" {
		return false
	}
	// "agreed on Sunday to observe"
	for n := k - 2; n >= 0 && n >= k-5 && st.clause[n] == st.clause[k]; n-- {
		if strings.HasPrefix(st.low[n], "agree") {
			return true
		}
	}
	return false
}

// soughtDeal reports whether the deal is named as a goal still ahead:
// "a step towards a peace treaty", "progress toward a ceasefire".
func (x *acx) soughtDeal() bool {
	for k := x.i - 1; k >= 0 && k >= x.i-3 && x.st.clause[k] == x.st.clause[x.i]; k-- {
		if w := x.st.low[k]; w == "toward" || w == "towards" {
			return true
		}
	}
	return false
}

// ceasefireNamedOnly reports whether the ceasefire word at i names a
// ceasefire that exists rather than one agreed: "in violation of the
// ceasefire", "despite the truce", "observed a ceasefire", "will observe a
// unilateral truce" (a pause one side keeps, not a deal); "agreed to
// observe a truce" agrees one.
func ceasefireNamedOnly(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := st.low[k]
		if (w == "observe" || w == "respect") && agreedTo(st, k) {
			return false
		}
		if strings.HasPrefix(w, "violat") || strings.HasPrefix(w, "breach") || strings.HasPrefix(w, "broke") ||
			strings.HasPrefix(w, "implement") || strings.HasPrefix(w, "uphold") ||
			w == "despite" || w == "observed" || w == "observing" || w == "observe" || w == "respected" || w == "held" {
			return true
		}
	}
	return false
}

// conflictDeal: a deal between sides that settles what they fight over is
// an agreement ACLED records even when its trigger carries no label: one
// that settles a disputed frontier ("signed a treaty settling their
// contested border") or trades captives ("said they would exchange
// prisoners"). A trade pact or a memorandum is not.
func conflictDeal(x *acx) bool {
	if x.ev.ACLEDType != "" || x.ev.Type != truce.Agree || x.i < 0 || x.readiness() {
		return false
	}
	switch statusNear(x.st, x.i) {
	case truce.StatusNegated, truce.StatusHypothetical:
		return false
	}
	if !x.settlesFrontier() && !(x.clauseHas(&tradeWords) && x.clauseHas(&captiveWords)) {
		return false
	}
	return x.set(acledStrategic, subAgreement)
}

// settlesFrontier reports whether the trigger's clause names a disputed
// frontier, what a deal between neighbours at odds settles: "a treaty
// settling the disputed stretches of their border".
func (x *acx) settlesFrontier() bool {
	return x.clauseHas(&contestedWords) && x.clauseHas(&frontierWords)
}

// contestedWords, frontierWords, tradeWords and captiveWords name what a
// conflict deal settles: a disputed frontier, or captives traded.
var (
	contestedWords = filtered(wordSet("disputed", "contested"))
	frontierWords  = filtered(wordSet("border", "borders", "frontier", "frontiers", "boundary", "boundaries"))
	tradeWords     = filtered(wordSet("exchange", "swap", "exchanges", "swaps", "trade"))
	captiveWords   = filtered(wordSet("prisoners", "captives", "detainees", "hostages", "pows", "prisoners-of-war"))
)

// brokeredTruce: a mediator that brokered a truce tells that the sides
// agreed one, the deal ACLED records ("Russia said it had brokered a
// ceasefire by the morning"); a truce still being brokered ("is trying to
// broker a ceasefire") is not made yet.
func brokeredTruce(x *acx) bool {
	if x.ev.ACLEDType != "" || x.e.cameo != "045" || x.i < 0 || !strings.HasSuffix(x.st.low[x.i], "ed") {
		return false
	}
	switch statusNear(x.st, x.i) {
	case truce.StatusNegated, truce.StatusHypothetical, truce.StatusPlanned:
		return false
	}
	if !x.spanHas(truceWords.m) && !x.newTruce() {
		return false
	}
	return x.set(acledStrategic, subAgreement)
}
