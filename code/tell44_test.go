package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestTell44SpokenNotClaimed checks that a denial or an accusation joined
// to a group's claim of its own deed ("said it had taken …, and denied …")
// is reported, not claimed, while the deed itself stays claimed.
func TestTell44SpokenNotClaimed(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a denial after a claim",
			"The Arakan Army said its fighters had seized a border outpost near Maungdaw and denied harming any villagers.",
			"denied", truce.Reject, truce.StatusReported, "AA"},
		{"an accusation after a claim",
			"The M23 said its men had captured the hill town of Nyanzale, and accused the Congolese army of shelling homes in the valley.",
			"accused", truce.Accuse, truce.StatusReported, "M23"},
		{"a rejection after a claim",
			"Al-Shabaab said it had overrun a military base near Jowhar and rejected reports that it had executed prisoners.",
			"rejected", truce.Reject, truce.StatusReported, "ALSHABAAB"},
		{"the deed stays claimed",
			"The Arakan Army said its fighters had seized a border outpost near Maungdaw and denied harming any villagers.",
			"seized", truce.Assault, truce.StatusClaimed, "AA"},
	})
}

// TestTell44AccuserGoesOn checks that a warning or threat joined by "and"
// to an accusation ("accused X of stoking tension and warned that …") is
// the accuser's own act, reported, while a second gerund of the charge
// ("of arming the rebels and pushing them …") stays alleged.
func TestTell44AccuserGoesOn(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a warning after the charge",
			"Minsk accused Warsaw of stoking tension and warned that it would answer any provocation.",
			"warned", truce.Threaten, truce.StatusReported, "BLRGOV"},
		{"a threat in the present",
			"Caracas accuses Bogota of sheltering rebels and threatens to close the border.",
			"threatens", truce.Threaten, truce.StatusReported, "VENGOV"},
		{"a second gerund stays in the charge",
			"Addis Ababa accused Cairo of arming the rebels and pushing them across the border.",
			"arming", truce.Aid, truce.StatusAlleged, ""},
	})
}

// TestTell44PerfectGerundCharge checks that a charge told with "having"
// keeps its second participle: "of having shot … and burned …".
func TestTell44PerfectGerundCharge(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a perfect gerund",
			"Residents accused the militia of having shot and burned the village of Kuma.",
			"burned", truce.Assault, truce.StatusAlleged, ""},
	})
}

// TestTell44ToldChargeDenied checks that what a speaker says another did,
// then named a charge or an accusation that is denied or rejected, is
// alleged, and that a side's claim of its own deed that another disputes
// stays claimed.
func TestTell44ToldChargeDenied(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a charge rejected",
			"Residents said soldiers had detained dozens of young men in house-to-house searches the previous week, a charge the administration rejected as \"rumours\".",
			"detained", truce.Coerce, truce.StatusAlleged, ""},
		{"an accusation dismissed",
			"Villagers said police had beaten three farmers near Kisumu, an accusation the police dismissed.",
			"beaten", truce.Assault, truce.StatusAlleged, ""},
		{"an own claim disputed",
			"The rebels said they had seized the army camp at Tessit after hours of fighting, a claim the army disputed.",
			"seized", truce.Assault, truce.StatusClaimed, ""},
	})
}
