package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestPrec47CapitalAimed checks that "the Lebanese capital" after "on"
// or as the object of a verb of attack names that country's capital as
// the attack's place, and that a demonym capital as the subject of a
// clause of its own is left alone. Sentences of our own.
func TestPrec47CapitalAimed(t *testing.T) {
	tests := []struct{ name, text, place string }{
		{"raids on", "Israeli jets carried out raids on the Lebanese capital on Monday.", "Beirut"},
		{"shelled the", "Paramilitary fighters shelled the Sudanese capital for a third day.", "Khartoum"},
		{"rockets on", "Militants fired rockets on the Somali capital on Friday.", "Mogadishu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-10", truce.Assault)
			if len(evs) == 0 {
				t.Fatalf("no attack coded")
			}
			if loc := evs[0].Location; loc == nil || loc.Name != tt.place {
				t.Errorf("location %+v, want %s", loc, tt.place)
			}
		})
	}
}
