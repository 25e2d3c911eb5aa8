package code_test

import (
	"strings"
	"testing"
)

// TestToll33 checks tolls of the wounded and dead told in ways earlier
// tests do not, in sentences of our own: some event of the text carries
// the toll.
func TestToll33(t *testing.T) {
	tests := []struct {
		name, text    string
		dead, injured int    // -1: not checked; -2: no event may carry this toll
		on            string // when set, the toll's event is of this "TYPE mode"
	}{
		// Victims of a gas or poison told by their illness, not by a
		// word of wounding.
		{"leaving vomiting", "Government aircraft dropped canisters releasing a green gas on rebel positions near Dornal, leaving nine fighters vomiting and struggling to breathe, the rebels said.", -1, 9, ""},
		{"fell ill", "Insurgents accused the army of firing shells that released a foul-smelling smoke on the hamlet of Kuvo, where three herders and a teacher fell ill.", -1, 4, ""},
		{"were poisoned", "Separatist drones dropped grenades filled with tear gas on an army trench near Volsk on Friday. One soldier was killed and four others were poisoned, a spokesman said.", -1, 4, ""},
		{"field hospital choking", "Rebels accused the army of firing chlorine rockets at their lines near Tell Amar, saying eight fighters were taken to a field hospital choking.", -1, 8, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-03-12")
			okDead, okInj := tt.dead < 0, tt.injured < 0
			for _, e := range x.Events {
				if tt.dead == -2 && e.Fatalities != nil || tt.injured == -2 && e.Injuries != nil {
					okDead, okInj = false, false
					break
				}
				if tt.on != "" && string(e.Type)+" "+e.Mode != tt.on {
					continue
				}
				if e.Fatalities != nil && e.Fatalities.Min == tt.dead {
					okDead = true
				}
				if e.Injuries != nil && e.Injuries.Min == tt.injured {
					okInj = true
				}
			}
			if !okDead || !okInj {
				t.Errorf("no event with dead %d, injured %d", tt.dead, tt.injured)
				for _, e := range x.Events {
					t.Logf("  %s %s dead %v injured %v: %s", e.Type, e.Mode, e.Fatalities, e.Injuries, strings.TrimSpace(e.Evidence.Sentence))
				}
			}
		})
	}
}
