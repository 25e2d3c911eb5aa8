package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestRolesX54EquippedSubject checks that a phrase telling what the
// subject carries, between it and its verb ("personnel wielding knives
// and axes boarded", "commandos carrying rifles boarded"), leaves the verb
// the subject's: the boarding is the forces' act, and the harm told after
// it makes it an assault with its wounded. Sentences of our own.
func TestRolesX54EquippedSubject(t *testing.T) {
	tests := []struct {
		name, text, source, target string
		hurt                       int
	}{
		{name: "wielding knives and axes", text: "Chinese coast guard personnel wielding knives and axes boarded two Vietnamese fishing boats near the Paracel Islands on Monday, injuring a fisherman.",
			source: "CHN", target: "VNM", hurt: 1},
		{name: "carrying rifles", text: "Iranian navy commandos carrying rifles boarded a Greek tanker in the Gulf of Oman on Thursday, wounding two crew members.",
			source: "IRN", target: "GRC", hurt: 2},
		{name: "armed with batons", text: "Coast guard officers armed with batons boarded a Philippine supply boat near Sabina Shoal, injuring three sailors.",
			source: "", target: "PHL", hurt: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-20", truce.Assault)
			if len(evs) != 1 {
				t.Fatalf("%d assaults, want 1: %+v", len(evs), evs)
			}
			ev := evs[0]
			if tt.source != "" && (len(ev.Source) == 0 || ev.Source[0].Country != tt.source) {
				t.Errorf("source %+v, want of %s", ev.Source, tt.source)
			}
			if len(ev.Target) == 0 || ev.Target[0].Country != tt.target {
				t.Errorf("target %+v, want of %s", ev.Target, tt.target)
			}
			if got := toll42Min(ev.Injuries); got != tt.hurt {
				t.Errorf("injuries %d, want %d", got, tt.hurt)
			}
		})
	}
}
