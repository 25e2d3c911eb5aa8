package code

import "github.com/truce-project/truce"

// civilianSector are sectors ACLED counts as civilians: unarmed people.
var civilianSector = map[string]bool{
	"CVL": true, "REF": true, "MED": true, "HLH": true, "AID": true, "EDU": true,
	"REL": true, "LAB": true, "BUS": true, "PRO": true, "OPP": true, "JUD": true, "LEG": true,
}

// armedSector are sectors that fight.
var armedSector = map[string]bool{"MIL": true, "COP": true, "REB": true, "MLT": true, "SPY": true}

// refineACLED sets the ACLED sub-event type from who did what to whom where
// the trigger alone cannot tell: an attack on civilians is violence against
// civilians, a killing of fighters a battle; ground taken by the state is
// regained; force against protesters is an intervention, lethal force
// excessive.
func refineACLED(ev *truce.Event, e *entry, st *sent) {
	tgtCivil, tgtArmed := sides(ev.Target)
	_, srcArmed := sides(ev.Source)
	switch {
	case e.has(flagTerritory):
		ev.ACLEDType = "Battles"
		ev.ACLEDSubtype = "Non-state actor overtakes territory"
		if len(ev.Source) > 0 && isState(ev.Source[0]) {
			ev.ACLEDSubtype = "Government regains territory"
		}
	case ev.ACLEDType == "Battles" && ev.ACLEDSubtype == "Armed clash" && tgtCivil && !tgtArmed:
		ev.ACLEDType, ev.ACLEDSubtype = "Violence against civilians", "Attack"
	case ev.ACLEDType == "Violence against civilians" && ev.ACLEDSubtype == "Attack" && tgtArmed && srcArmed:
		ev.ACLEDType, ev.ACLEDSubtype = "Battles", "Armed clash"
	case ev.ACLEDSubtype == "Protest with intervention" && lethal(st):
		ev.ACLEDSubtype = "Excessive force against protesters"
	case ev.ACLEDType == "Protests" && ev.ACLEDSubtype == "Peaceful protest" && intervened(st):
		ev.ACLEDSubtype = "Protest with intervention"
		if lethal(st) {
			ev.ACLEDSubtype = "Excessive force against protesters"
		}
	case (ev.ACLEDType == "Violence against civilians" || ev.ACLEDType == "Battles") && hasSector(ev.Target, "PRO"):
		ev.ACLEDType, ev.ACLEDSubtype = "Protests", "Excessive force against protesters"
	}
}

// sides reports whether some actor is civilian and whether some is armed.
func sides(as []truce.Actor) (civil, armed bool) {
	for _, a := range as {
		civil = civil || civilianSector[a.Sector]
		armed = armed || armedSector[a.Sector] || isState(a) && a.Sector == ""
	}
	return civil, armed
}

func hasSector(as []truce.Actor, sector string) bool {
	for _, a := range as {
		if a.Sector == sector {
			return true
		}
	}
	return false
}

// lethal reports whether the sentence tells of deaths or live fire.
func lethal(st *sent) bool {
	for _, w := range st.low {
		switch w {
		case "killed", "killing", "dead", "shot", "live", "died", "fatally":
			return true
		}
	}
	return false
}

// intervened reports whether the sentence tells of the authorities acting
// against a protest.
func intervened(st *sent) bool {
	for i, w := range st.low {
		switch w {
		case "dispersed", "tear", "teargas", "arrested", "detained", "batons", "cannon", "cannons", "rubber":
			return true
		case "fired", "opened":
			if i+1 < len(st.low) && (st.low[i+1] == "on" || st.low[i+1] == "at" || st.low[i+1] == "fire") {
				return true
			}
		}
	}
	return false
}
