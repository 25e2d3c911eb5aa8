package code_test

import (
	"strings"
	"testing"
)

// tollCase is a text of our own and a toll some event coded from it must
// carry.
type tollCase struct {
	name, text    string
	dead, injured int    // -1: not checked; -2: no event may carry such a toll
	on            string // when set, the toll's event is told in the sentence holding it, or is of this "TYPE mode"
}

// checkTolls codes each case's text and checks that some event carries
// the dead and injured it asks for.
func checkTolls(t *testing.T, tests []tollCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-03-12")
			okDead, okInj := tt.dead < 0, tt.injured < 0
			for _, e := range x.Events {
				if tt.dead == -2 && e.Fatalities != nil || tt.injured == -2 && e.Injuries != nil {
					okDead, okInj = false, false
					break
				}
				if tt.on != "" && !strings.Contains(e.Evidence.Sentence, tt.on) && string(e.Type)+" "+e.Mode != tt.on {
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
