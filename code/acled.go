package code

// ACLED labels: the event and sub-event types, the rules in the order they
// run, and the word tests they share.

import (
	"strings"

	"github.com/truce-project/truce"
)

// ACLED event types and the sub-event types the refinement rules set.
const (
	acledBattles   = "Battles"
	acledRemote    = "Explosions/Remote violence"
	acledCivilians = "Violence against civilians"
	acledProtests  = "Protests"
	acledRiots     = "Riots"
	acledStrategic = "Strategic developments"

	subClash      = "Armed clash"
	subRegains    = "Government regains territory"
	subOvertakes  = "Non-state actor overtakes territory"
	subAttack     = "Attack"
	subAbduction  = "Abduction/forced disappearance"
	subPeaceful   = "Peaceful protest"
	subIntervened = "Protest with intervention"
	subExcessive  = "Excessive force against protesters"
	subViolentDem = "Violent demonstration"
	subMob        = "Mob violence"
	subAgreement  = "Agreement"
	subArrests    = "Arrests"
	subChange     = "Change to group/activity"
	subLooting    = "Looting/property destruction"
	subTransfer   = "Non-violent transfer of territory"
	subOther      = "Other"
	subAirDrone   = "Air/drone strike"
	subSuicide    = "Suicide bomb"
	subIED        = "Remote explosive/landmine/IED"
	subGrenade    = "Grenade"
	subHQ         = "Headquarters or base established"
	subDisrupted  = "Disrupted weapons use"
	subShelling   = "Shelling/artillery/missile attack"
	subChemical   = "Chemical weapon"
)

// civilianSector are sectors ACLED counts as civilians: unarmed people.
var civilianSector = filtered(map[string]bool{
	"CVL": true, "REF": true, "MED": true, "HLH": true, "AID": true, "EDU": true,
	"REL": true, "LAB": true, "BUS": true, "PRO": true, "OPP": true, "JUD": true, "LEG": true,
})

// armedSector are sectors that fight.
var armedSector = filtered(map[string]bool{"MIL": true, "COP": true, "REB": true, "MLT": true, "SPY": true, "CRM": true})

// acx is what the ACLED rules read: the event built so far, its trigger
// entry, the sentence and the trigger's tokens [i, j) (-1 when the entry's
// words are not found again, as for a demand read from "must").
type acx struct {
	ev   *truce.Event
	e    *entry
	st   *sent
	i, j int
}

// acledRules refine the label the trigger (or the weapon named with it)
// gave. They run in order and the first that applies decides.
var acledRules = []func(x *acx) bool{
	unrecorded,
	byTheState,
	leftSitting,
	boycottedSitting,
	protestBanned,
	atVessel,
	diplomaticProtest,
	disappearance,
	takenByGunmen,
	byProtesters,
	riotersMet,
	arrestsBreakUpProtest,
	againstProtesters,
	crowdClash,
	burnedFromAir,
	byCivilianCrowd,
	mobNoMarch,
	crowdKills,
	crowdRiots,
	lootingCrowd,
	arsonByCrowd,
	arsonByOrganised,
	arsonUnnamed,
	politicalArson,
	takenOverByState,
	peopleTaken,
	territory,
	foughtWithGuns,
	chemicalAgent,
	explosive,
	aircraftTargeted,
	aircraftUnderFire,
	byAircraft,
	fromTheAir,
	stateStrike,
	missilesAndDrones,
	arrestOrdered,
	detention,
	vesselHeld,
	suspectsHeld,
	chargedWithCrime,
	criminalsHeld,
	otherDevelopment,
	politicalBan,
	brokeAway,
	unarmedChange,
	troopMovement,
	handover,
	truceAccepted,
	conflictDeal,
	brokeredTruce,
	agreement,
	leftForceOrCountry,
	withdrawal,
	retaken,
	overrun,
	diedInFighting,
	onArmedPosition,
	fightNamed,
	bySides,
}

// refineACLED sets the ACLED sub-event type from who did what to whom where
// the trigger alone cannot tell: an attack on civilians is violence against
// civilians, a killing of fighters a battle; ground taken by the state is
// regained; force against protesters is an intervention, lethal force
// excessive; what ACLED does not record (a deal to restore relations, a
// strike that did not happen) has no label.
func refineACLED(ev *truce.Event, e *entry, st *sent) {
	x := &acx{ev: ev, e: e, st: st}
	x.i, x.j = triggerSpan(e, st)
	for _, rule := range acledRules {
		if rule(x) {
			return
		}
	}
}

// set gives the event an ACLED label and reports true, so that a rule can
// end with "return x.set(…)".
func (x *acx) set(typ, sub string) bool {
	x.ev.ACLEDType, x.ev.ACLEDSubtype = typ, sub
	return true
}

// is reports whether the event's current label is typ (and sub, unless
// sub is empty).
func (x *acx) is(typ, sub string) bool {
	return x.ev.ACLEDType == typ && (sub == "" || x.ev.ACLEDSubtype == sub)
}

// violent reports whether the label is one of ACLED's violent types.
func (x *acx) violent() bool {
	switch x.ev.ACLEDType {
	case acledBattles, acledRemote, acledCivilians:
		return true
	}
	return x.is(acledStrategic, subLooting)
}

// triggerSpan finds the tokens of entry e in the sentence: the first place
// its words match. It returns -1, -1 when they are not found.
func triggerSpan(e *entry, st *sent) (int, int) {
	if len(e.words) == 0 {
		return -1, -1
	}
	for i, w := range st.low {
		if w != e.words[0] {
			continue
		}
		if n, ok := matchFrom(st.low, i+1, e.words[1:]); ok {
			return i, i + 1 + n
		}
	}
	return -1, -1
}

// unrecorded drops the label of what did not happen: "did not reach any
// deal", "could strike", "will send troops". A deal still to be signed is
// the one planned act ACLED records ("will sign a deal on the evacuation").
func unrecorded(x *acx) bool {
	if x.ev.ACLEDType == "" || x.i < 0 {
		return false
	}
	switch statusNear(x.st, x.i) {
	case truce.StatusNegated, truce.StatusHypothetical:
		return x.set("", "")
	case truce.StatusPlanned:
		if !x.is(acledStrategic, subAgreement) {
			return x.set("", "")
		}
	}
	if x.violent() && x.foretold() {
		return x.set("", "")
	}
	return false
}

// foretold reports whether the words just before the trigger tell of an
// attack still to come: "preparing an offensive", "a long-threatened
// incursion", "fears of an imminent assault".
func (x *acx) foretold() bool {
	for k := x.i - 1; k >= 0 && k >= x.i-3 && x.st.clause[k] == x.st.clause[x.i]; k-- {
		w := x.st.low[k]
		if foretoldWords.has(w) || strings.HasSuffix(w, "-threatened") {
			return true
		}
	}
	return false
}

// foretoldWords come before an attack that has not happened.
var foretoldWords = filtered(wordSet("preparing", "prepare", "prepares", "threatened", "looming", "imminent", "impending", "expected",
	"possible", "potential", "feared"))

// spanHasPrefix reports whether a word of the trigger starts with p.
func (x *acx) spanHasPrefix(p string) bool {
	for k := x.i; k >= 0 && k < x.j; k++ {
		if strings.HasPrefix(x.st.low[k], p) {
			return true
		}
	}
	return false
}

// objectIs reports whether one of nouns comes in the few words from k, in
// the same clause: "into the former French base".
func (x *acx) objectIs(k int, nouns *wordFilter) bool {
	for n := k; n < len(x.st.low) && n < k+5; n++ {
		if nouns.has(x.st.low[n]) {
			return true
		}
		if x.st.low[n] == "," || x.st.clause[n] != x.st.clause[k-1] {
			break
		}
	}
	return false
}

// wordSet makes a set of words.
func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// clauseHas reports whether the trigger's clause has one of the words (the
// whole sentence when the trigger was not found): "agreed …, though he made
// no commitment to free the prisoners" is no prisoner deal.
func (x *acx) clauseHas(set *wordFilter) bool {
	for k, w := range x.st.low {
		if set.has(w) && (x.i < 0 || x.st.clause[k] == x.st.clause[x.i]) {
			return true
		}
	}
	return false
}

// hasAny reports whether the sentence has one of the words.
func (st *sent) hasAny(set *wordFilter) bool {
	for _, w := range st.low {
		if set.has(w) {
			return true
		}
	}
	return false
}

// hasPhrase reports whether the sentence has the two words in a row.
func (st *sent) hasPhrase(a, b string) bool {
	for k := 0; k+1 < len(st.low); k++ {
		if st.low[k] == a && st.low[k+1] == b {
			return true
		}
	}
	return false
}

// hasPrefix reports whether some word of the sentence starts with p.
func (st *sent) hasPrefix(p string) bool {
	for _, w := range st.low {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
