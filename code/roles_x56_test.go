package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestRolesX56RelativeHolder checks that a verb joined by "and" after a
// relative clause set off by commas right after a name ("X, who had met
// the OAS envoy, said … and accused Y") is the name's act, not that of an
// actor inside the relative clause. Sentences of our own.
func TestRolesX56RelativeHolder(t *testing.T) {
	tests := []struct{ name, text, source, target string }{
		{"who had addressed", "Maduro, who had addressed the OAS assembly on Monday, said he did not need its approval and accused Washington of plotting a coup.", "VEN", "USA"},
		{"who visited", "The Ethiopian prime minister, who visited the African Union headquarters on Monday, said his country wanted peace and accused Egypt of stoking unrest.", "ETH", "EGY"},
		{"who met", "Erdogan, who met the NATO secretary general earlier in the day, said he would not back down and accused Sweden of harbouring militants.", "TUR", "SWE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-10", truce.Accuse)
			if len(evs) != 1 {
				t.Fatalf("%d accusations, want 1", len(evs))
			}
			if !hasActor(evs[0].Source, tt.source) || !hasActor(evs[0].Target, tt.target) {
				t.Errorf("sides %+v -> %+v, want %s -> %s", evs[0].Source, evs[0].Target, tt.source, tt.target)
			}
		})
	}
}

// TestRolesX56WhoOverPhrase checks that "who" after a comma hangs from the
// actor before a phrase of place or description ("police near the state
// house, who responded with tear gas"), so the force has its doer.
// Sentences of our own.
func TestRolesX56WhoOverPhrase(t *testing.T) {
	tests := []struct{ name, text, source string }{
		{"near the state house", "NAIROBI, July 7 - Protesters hurled rocks at police near the state house, who responded with tear gas.", "KENCOP"},
		{"guarding the building", "LIMA, Jan 20 - Demonstrators threw fireworks at officers guarding the congress building, who fired tear gas and rubber bullets.", "PER"},
		{"outside parliament", "NAIROBI, July 7 - Protesters hurled rocks at police outside parliament, who responded with tear gas.", "KENCOP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-06-10", truce.Assault)
			if len(evs) != 1 {
				t.Fatalf("%d assaults, want 1", len(evs))
			}
			if !hasActor(evs[0].Source, tt.source) {
				t.Errorf("source %+v, want %s", evs[0].Source, tt.source)
			}
		})
	}
}
