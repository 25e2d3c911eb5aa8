package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestHist34ParticipleDate checks that a date after a participle that
// describes the object ("weapons seized last year", "activists detained in
// 2019") dates the participle, not the verb acting on the noun: the act is
// news, dated by the report. Sentences of our own.
func TestHist34ParticipleDate(t *testing.T) {
	tests := []struct{ name, text, typ string }{
		{"return", "Police in Kenya returned rifles seized last year to the army on Tuesday.", truce.Retreat},
		{"release", "A court in Egypt freed 12 activists detained in 2019.", truce.Retreat},
		{"burn", "Sudanese soldiers burned homes built in 2015.", truce.Assault},
		{"expel", "Bolivia's new government expelled diplomats accredited in 2019 by the former president.", truce.Sanction},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2026-05-14", tt.typ)
			if len(evs) != 1 {
				t.Fatalf("%d %s events, want 1", len(evs), tt.typ)
			}
			if evs[0].Date < "2026-05" {
				t.Errorf("dated %s, want the report's week", evs[0].Date)
			}
		})
	}
	// A noun trigger the participle describes keeps the participle's date.
	if evs := eventsOf(t, "Residents of Hama marked the anniversary of a massacre committed in 1982.", "2026-05-14", truce.Assault); len(evs) != 0 {
		t.Errorf("a massacre committed in 1982: %d assaults, want none", len(evs))
	}
}
