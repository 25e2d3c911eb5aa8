package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestGsr42CasualtiesEvacuated checks that carrying the wounded or injured
// out of a place codes relief (AID, CAMEO 073), as flying them out does;
// an evacuation of a building whose clause only tells of a wounding does
// not. Sentences of our own.
func TestGsr42CasualtiesEvacuated(t *testing.T) {
	for _, text := range []string{
		"Red Cross teams evacuated the injured from the shelled village of Marka on Tuesday.",
		"Peacekeepers evacuated dozens of wounded civilians from the besieged town overnight.",
		"Army medics were evacuating injured villagers from the town of Beledweyne after the clashes.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-02", truce.Aid); len(evs) != 1 {
				t.Errorf("%d aid events, want 1", len(evs))
			}
		})
	}
	if evs := eventsOf(t, "Police evacuated the building after a gunman wounded two guards.", "2024-05-02", truce.Aid); len(evs) != 0 {
		t.Errorf("an evacuated building: %d aid events, want none", len(evs))
	}
}
