package code

// ACLED rules for strategic developments that are not moves of ground or
// troops: agreements, truces and other developments.

import (
	"strings"

	"github.com/truce-project/truce"
)

// otherDevelopment: acts ACLED records as other strategic developments:
// a mass grave found, a broadcaster silenced, a cyberattack.
func otherDevelopment(x *acx) bool {
	st := x.st
	switch {
	case x.e.mode == "investigate" && (st.hasAny(exhumeWords) || st.hasPhrase("mass", "grave") || st.hasPhrase("mass", "graves")):
		return x.set(acledStrategic, subOther)
	case x.e.mode == "censor":
		return x.set(acledStrategic, subOther)
	case x.ev.ACLEDType == acledBattles && st.hasPrefix("cyber"):
		return x.set(acledStrategic, subOther)
	}
	return false
}

// agreement: ACLED records the deals that settle or pause violence —
// ceasefires, peace deals, prisoner and hostage exchanges, evacuations,
// surrenders — not diplomatic agreements ("agreed to restore relations",
// "signed a memorandum"). A ceasefire named as broken or kept is no new
// agreement ("in violation of the ceasefire", "observed a ceasefire").
func agreement(x *acx) bool {
	if !x.is(acledStrategic, subAgreement) {
		return false
	}
	if x.e.has(flagCease) {
		if x.i >= 0 && ceasefireNamedOnly(x.st, x.i) {
			return x.set("", "")
		}
		return true
	}
	// A release is an agreement when it is part of a deal or an exchange;
	// "Nicaragua freed 222 political prisoners" alone is not.
	if x.e.mode == "release" {
		if x.st.hasAny(exchangeWords) {
			return true
		}
		return x.set("", "")
	}
	if x.clauseHas(settlementWords) || x.st.hasPhrase("took", "effect") ||
		hasArmedGroup(x.ev.Source) || hasArmedGroup(x.ev.Target) {
		return true
	}
	return x.set("", "")
}

// truceAccepted: a ceasefire that parties accept or back is a deal ACLED
// records even when the verb carries no label of its own ("the warring
// parties accepted a two-month truce"); one still to be accepted is not.
func truceAccepted(x *acx) bool {
	if x.ev.ACLEDType != "" || x.ev.Type != "AGREE" || x.i < 0 || !x.clauseHas(truceWords) {
		return false
	}
	switch statusNear(x.st, x.i) {
	case truce.StatusNegated, truce.StatusHypothetical, truce.StatusPlanned:
		return false
	}
	if x.i > 0 && x.st.low[x.i-1] == "to" || !x.newTruce() {
		return false
	}
	return x.set(acledStrategic, subAgreement)
}

// newTruce reports whether the first truce word after the trigger, in its
// clause, names a new pause ("accepted a two-month truce"), not one that
// already exists ("remained committed to the ceasefire").
func (x *acx) newTruce() bool {
	for k := x.j; k < len(x.st.low) && x.st.clause[k] == x.st.clause[x.i]; k++ {
		if !truceWords[x.st.low[k]] {
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
var truceWords = wordSet("ceasefire", "cease-fire", "truce", "armistice", "cessation")

// exchangeWords tell that a release is one side of a deal.
var exchangeWords = wordSet("exchange", "swap", "deal", "agreement", "truce", "ceasefire", "under", "brokered", "mediated", "return")

// settlementWords tell that a deal is about ending or pausing violence.
var settlementWords = wordSet("ceasefire", "cease-fire", "truce", "armistice", "cessation", "hostilities", "peace", "prisoner", "prisoners",
	"hostage", "hostages", "evacuation", "evacuate", "exchange", "swap", "surrender", "disarmament", "war", "fighting")

// ceasefireNamedOnly reports whether the ceasefire word at i names a
// ceasefire that exists rather than one agreed: "in violation of the
// ceasefire", "despite the truce", "observed a ceasefire", "will observe a
// unilateral truce" (a pause one side keeps, not a deal).
func ceasefireNamedOnly(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := st.low[k]
		if strings.HasPrefix(w, "violat") || strings.HasPrefix(w, "breach") || strings.HasPrefix(w, "broke") ||
			w == "despite" || w == "observed" || w == "observing" || w == "observe" || w == "respected" || w == "held" {
			return true
		}
	}
	return false
}
