package code_test

import (
	"testing"

	truce "github.com/truce-project/truce"
)

// TestKillFoldsIntoConjoinedAgent checks that an attack told with a "by"
// agent of two conjuncts and a verb of killing is one event: the kill
// folds into the strike whatever the number of agents.
func TestKillFoldsIntoConjoinedAgent(t *testing.T) {
	for _, text := range []string{
		"Air strikes by Russian and Syrian jets killed at least nine civilians in Ariha on Sunday.",
		"An air raid by Saudi and Emirati warplanes killed 12 people at a market in Saada on Monday.",
	} {
		t.Run(text, func(t *testing.T) {
			var assaults []truce.Event
			for _, ev := range mustExtract(t, text, "2024-03-01").Events {
				if ev.Type == truce.Assault {
					assaults = append(assaults, ev)
				}
			}
			if len(assaults) != 1 || assaults[0].Fatalities == nil || len(assaults[0].Source) != 2 {
				for _, ev := range assaults {
					t.Logf("  %s %s dead %v: %s -> %s", ev.Type, ev.Mode, ev.Fatalities, probeIDs(ev.Source), probeIDs(ev.Target))
				}
				t.Errorf("want one ASSAULT with both agents and the toll, got %d", len(assaults))
			}
		})
	}
}
