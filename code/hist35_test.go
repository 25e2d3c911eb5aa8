package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestHist35ParticipleInsideForm checks that a participle's date inside a
// lexicon form's gap ("handed over soldiers seized in 2021 to") dates
// the participle, not the hand-over, which is news. Sentences of our own.
func TestHist35ParticipleInsideForm(t *testing.T) {
	for _, text := range []string{
		"The rebels handed over soldiers seized in 2021 to Qatari mediators.",
		"The militia handed back fishermen abducted in January to the Indian navy.",
		"Police returned weapons seized last year to the army.",
	} {
		t.Run(text, func(t *testing.T) {
			evs := eventsOf(t, text, "2026-05-14", truce.Retreat)
			if len(evs) != 1 {
				t.Fatalf("%d retreats, want 1", len(evs))
			}
			if evs[0].Date < "2026-05" {
				t.Errorf("dated %s, want the report's day", evs[0].Date)
			}
		})
	}
	// A date that dates the hand-over itself still makes it history.
	if evs := eventsOf(t, "Eritrean troops handed over in 2021 the prisoners to Ethiopia.", "2026-05-14", truce.Retreat); len(evs) != 0 {
		t.Errorf("a hand-over in 2021: %d retreats, want none", len(evs))
	}
}
