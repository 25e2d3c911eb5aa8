package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestTell41RefusalMadeNow checks that a refusal or threat whose form
// opens with the negation ("would not bow to", "will never give in to",
// "would not rule out force") is made now, not negated; a condition
// after it keeps it hypothetical. Sentences of our own.
func TestTell41RefusalMadeNow(t *testing.T) {
	tests := []struct{ name, text, typ, status string }{
		{"not bow", "Georgia's prime minister said he would not bow to pressure from the opposition.", truce.Reject, truce.StatusReported},
		{"never give in", "The Kenyan president said he would never give in to the demands of the strikers.", truce.Reject, truce.StatusReported},
		{"never bow", "The king of Eswatini vowed he would never bow to the protesters.", truce.Reject, truce.StatusReported},
		{"not rule out", "The Turkish president said he would not rule out the use of force against the militants.", truce.Threaten, truce.StatusReported},
		{"on a condition", "The Peruvian president said he would not bow to the strikers if they kept blocking roads.", truce.Reject, truce.StatusHypothetical},
		{"an act negated", "Iraqi troops did not fire on the crowd, the ministry said.", truce.Assault, truce.StatusNegated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2026-05-14", tt.typ)
			if len(evs) != 1 {
				t.Fatalf("%d %s events, want 1", len(evs), tt.typ)
			}
			if evs[0].Status != tt.status {
				t.Errorf("status %s, want %s", evs[0].Status, tt.status)
			}
		})
	}
}
