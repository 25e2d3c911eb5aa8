package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// TestToll34When checks that a passive toll whose "when" clause tells the
// attack at some length, past a long name, a bracketed acronym, an aside
// on the doer or the toll's own wounded, place and date, gives one attack
// or riot carrying the toll, not a second killing of its own. Sentences
// of our own.
func TestToll34When(t *testing.T) {
	tests := []struct {
		name, text    string
		dead, injured int // -1: not checked
	}{
		{"long doer with acronym", "Five Chadian soldiers and a civilian driver were killed and three soldiers wounded when separatist rebels of the Karsa Highlands Front (KHF) attacked an army post near Vell overnight, Chad's defence ministry said.", 6, 3},
		{"aside on the doer", "A Kenyan police officer and a shopkeeper were killed in the northern town of Dorvik on Tuesday when a mob, angry over a long dispute about grazing land, torched a police station and two cars, officials said.", 2, -1},
		{"toll's wounded between", "A Lebanese cameraman was killed and two other journalists from the Dorvik Herald and the Vell Times were wounded on Friday when Israeli shells struck them near the village of Sarn.", 1, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-03-12")
			var tolled []truce.Event
			for _, e := range x.Events {
				if e.Type == truce.Assault || e.Type == truce.Protest {
					tolled = append(tolled, e)
				}
			}
			ok := len(tolled) == 1
			if ok {
				e := tolled[0]
				ok = e.Fatalities != nil && e.Fatalities.Min == tt.dead && (tt.injured < 0 || e.Injuries != nil && e.Injuries.Min == tt.injured)
			}
			if !ok {
				t.Errorf("want one attack or riot, with dead %d, injured %d", tt.dead, tt.injured)
				for _, e := range x.Events {
					t.Logf("  %s %s dead %v injured %v: %s", e.Type, e.Mode, e.Fatalities, e.Injuries, strings.TrimSpace(e.Evidence.Sentence))
				}
			}
		})
	}
}
