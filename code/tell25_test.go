package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A pullout of forces that a party promises or pledges to make, or agrees
// to beside another thing agreed, is coded beside the commitment, as a move
// still to come.
func TestTell25CommittedPullback(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"pledged to withdraw its soldiers from",
			"Paris pledged on Monday to withdraw its 2,000 soldiers from Chad by June.",
			truce.Retreat, truce.StatusPlanned, ""},
		{"promised to pull their forces back",
			"The two armies promised to pull their forces back to their barracks after the clashes.",
			truce.Retreat, truce.StatusPlanned, ""},
		{"agreed to a truce and to pull back troops from",
			"Commanders from both sides agreed to a truce and to pull back troops from the contested ridge, Yerevan said.",
			truce.Retreat, truce.StatusPlanned, ""},
	})
}

// What else an agreement binds a party to stays the agreement's: a site
// handed over is no pullout of forces, and a bare "agreed to withdraw" is
// the agreement itself (type_boundary_test.go).
func TestTell25AgreedHandoverNoPullout(t *testing.T) {
	for _, text := range []string{
		"The rebels agreed to hand control of the airport to the army.",
		"The militia agreed to hand the port to government troops on Monday.",
		"Kigali agreed to pull back its troops from the border.",
	} {
		x := mustExtract(t, text, "2025-11-20")
		if ev := eventOfType(x, truce.Retreat); ev != nil {
			t.Errorf("%q: unexpected %s event (%s)", text, ev.Type, ev.Status)
		}
	}
}
