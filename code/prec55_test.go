package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A gathering a bomb hit is the scene of the attack, not a protest or a
// restriction of its own; the attack is still coded.
func TestPrec55AttackedGatheringIsScene(t *testing.T) {
	texts := []string{
		"A blast hit a rally held by Houthi rebels in Sanaa on Friday, killing six people.",
		"An explosion tore through a march organized by Hamas supporters in Gaza City on Sunday.",
		"A grenade attack hit a campaign rally held by the ruling party in Bujumbura, wounding 20 people.",
	}
	for _, text := range texts {
		if len(eventsOf(t, text, "2024-03-01", truce.Assault)) == 0 {
			t.Errorf("%q: no attack", text)
		}
		for _, typ := range []string{truce.Protest, truce.Coerce} {
			for _, ev := range eventsOf(t, text, "2024-03-01", typ) {
				t.Errorf("%q: got %s %s, want the rally as the attack's scene only", text, ev.Type, ev.Mode)
			}
		}
	}
}

// A rally police act against is still a gathering of its own: the screen
// needs an explosive attack.
func TestPrec55PoliceAtRallyKept(t *testing.T) {
	text := "Police fired tear gas at a rally of opposition supporters in Nairobi on Monday."
	if len(eventsOf(t, text, "2024-03-01", truce.Assault)) == 0 {
		t.Errorf("%q: no crowd control", text)
	}
}
