package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestLexiconGapNotPassiveAgent: a form's gap does not open on "by", so a
// passive keeps its reading: the attackers are the source, the people or
// place attacked the target.
func TestLexiconGapNotPassiveAgent(t *testing.T) {
	tests := []struct{ text, source, target string }{
		{"A camp for Congolese refugees was attacked by Burundian militiamen armed with machetes, killing at least 30 people.", "BDI", "CODREF"},
		{"Two Nigerian farmers were attacked by herders armed with cutlasses near Jos on Sunday.", "", "NGACVL"},
		{"Malian villagers were attacked by gunmen armed with knives in Mopti.", "", "MLICVL"},
	}
	for _, tt := range tests {
		evs := eventsOf(t, tt.text, "2024-03-06", truce.Assault)
		ok := false
		for _, e := range evs {
			if (tt.source == "" || hasActorPrefix(e.Source, tt.source)) && hasActorPrefix(e.Target, tt.target) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%q: no ASSAULT from %q on %s in %+v", tt.text, tt.source, tt.target, evs)
		}
	}
	// The active form still reads the weapon.
	if evs := eventsOf(t, "Herders hacked two Nigerian farmers with machetes near Jos on Sunday.", "2024-03-06", truce.Assault); len(evs) == 0 {
		t.Error("the active form lost its event")
	}
}

func hasActorPrefix(as []truce.Actor, p string) bool {
	for _, a := range as {
		if len(a.ID) >= len(p) && a.ID[:len(p)] == p {
			return true
		}
	}
	return false
}
