package code

import "github.com/truce-project/truce"

// lex41HandBackPeople name people and remains whose handing back is a
// release or a repatriation, not ground or buildings given up: "handed the
// prisoners back to", "gave the bodies back to"; and power, whose handing
// back to civilians yields rule.
var lex41HandBackPeople = filtered(wordSet("prisoners", "prisoner", "detainees", "detainee", "hostages", "hostage", "captives",
	"captive", "bodies", "body", "remains", "suspects", "suspect", "soldiers", "soldier", "men", "women", "children",
	"people", "fighters", "nationals", "citizens", "migrants", "refugees", "him", "her", "crew", "sailors", "fishermen",
	"pilot", "pilots", "passengers", "students", "workers", "pows",
	// "hand power back to civilians": rule given up, not ground.
	"power", "powers", "authority", "rule"))

// lex41HandBackScreen reports whether cd is a lex41 "handed … back to"
// reading (ground or buildings given back, CAMEO 0872) whose gap names
// people: "handed the detainees back to Kabul" frees them, which is left to
// the release readings.
func lex41HandBackScreen(st *sent, cd *candidate) bool {
	ws := cd.e.words
	if cd.e.cameo != "0872" || len(ws) < 4 || ws[len(ws)-1] != "to" || ws[len(ws)-2] != "back" || ws[1] != "*" {
		return false
	}
	end := cd.j - 2
	for k := cd.i + 1; k < end && k < len(st.low); k++ {
		if lex41HandBackPeople.has(st.low[k]) {
			return true
		}
	}
	return false
}

// lex41HandBackOfWithdrawal returns the pullout just told whose handover a
// lex41 "handing … back to" participle carries on: in "completed the
// withdrawal of its forces from the west bank, handing the city back to
// Kyiv" the city handed back is what the withdrawal gave up, one event.
func lex41HandBackOfWithdrawal(st *sent, built []*candidate, cd *candidate) *candidate {
	ws := cd.e.words
	if cd.e.cameo != "0872" || len(ws) < 4 || ws[len(ws)-2] != "back" || cd.i < 1 || st.low[cd.i-1] != "," {
		return nil
	}
	if w := st.low[cd.i]; len(w) < 5 || w[len(w)-3:] != "ing" {
		return nil
	}
	for n := len(built) - 1; n >= 0; n-- {
		if b := built[n]; b.ev.Type == truce.Retreat && b.ev.Mode == "withdraw" && b.j <= cd.i {
			return b
		}
	}
	return nil
}
