package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestTell37DeniedConjunct checks that a speaker who owns up to one attack
// and, in a later conjunct, denies another ("said it had shelled the base
// and denied hitting the market") keeps its claim: the denied act neither
// folds into the claimed one nor lends it its denial. A denial with a
// subject of its own, answering what others told ("witnesses said a strike
// killed nine; the army denied firing"), still makes the attack denied.
func TestTell37DeniedConjunct(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a militia claims a raid and denies targeting homes",
			"The militia said it had raided a police post outside Bunia and denied targeting homes in the town.",
			"raided", truce.Assault, truce.StatusClaimed, ""},
		{"rebels claim a shelling and deny targeting a market",
			"The rebels said they had shelled an army base near Beni and denied targeting the town's market.",
			"shelled", truce.Assault, truce.StatusClaimed, ""},
		{"an army claims a raid and denies killing herders",
			"Kenya's army said it had raided an al Shabaab camp near Lamu and denied killing any herders.",
			"raided", truce.Assault, truce.StatusClaimed, ""},
		{"a denial with its own subject answers a strike told by others",
			"Villagers said a drone strike killed seven farmers near Kidal; the army denied firing on civilians.",
			"strike", truce.Assault, truce.StatusDenied, ""},
	})
	for _, text := range []string{
		"The militia said it had raided a police post outside Bunia and denied targeting homes in the town.",
		"The rebels said they had shelled an army base near Beni and denied targeting the town's market.",
		"Kenya's army said it had raided an al Shabaab camp near Lamu and denied killing any herders.",
	} {
		x := mustExtract(t, text, "2025-11-20")
		claimed := 0
		for _, e := range x.Events {
			if e.Type == truce.Assault && e.Status == truce.StatusClaimed {
				claimed++
			}
		}
		if claimed != 1 {
			t.Errorf("%q: %d claimed attacks, want 1: %+v", text, claimed, x.Events)
		}
	}
}
