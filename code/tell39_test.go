package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestTell39CoordinatedPlan checks that a bare verb joined by "and" to a
// verb a reported "would" governs is planned as that verb is, that the
// means of a planned answer ("would respond by halting …") is planned,
// and that past verbs joined by "and" stay reported. Sentences of our
// own.
func TestTell39CoordinatedPlan(t *testing.T) {
	tests := []struct {
		name, text, typ, mode, status string
	}{
		{"would recall and expel", "Georgia said it would recall its ambassador and expel Russia's envoy.", truce.Sanction, "expel", truce.StatusPlanned},
		{"respond by halting", "Azerbaijan said it would respond by halting oil exports to Georgia.", truce.Sanction, "restrict", truce.StatusPlanned},
		{"recalled and expelled", "Georgia recalled its ambassador on Monday and expelled Russia's envoy.", truce.Sanction, "expel", truce.StatusReported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-05-01", tt.typ, tt.mode)
			if len(evs) != 1 {
				t.Fatalf("want one %s %s, got %d: %+v", tt.typ, tt.mode, len(evs), evs)
			}
			if evs[0].Status != tt.status {
				t.Errorf("status %s, want %s", evs[0].Status, tt.status)
			}
		})
	}
}
