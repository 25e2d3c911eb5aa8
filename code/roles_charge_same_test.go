package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A rejection of a charge told earlier in its own sentence answers who
// made the charge, not who did the act the charge is about.
func TestSameSentenceAccuser(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"charge then rejection of the allegation",
			"A car bomb killed eight people outside a court in Peshawar on Monday. A faction of the TTP claimed the attack. Pakistan's prime minister blamed the attack on proxies backed by India, and India's foreign ministry rejected the allegation as baseless.",
			truce.Reject, "INDGOV", "PAKGOV", "", "TTP"},
		{"accused, then the accused denies the charge",
			"Gunmen killed four soldiers near the border on Sunday. Chad's government accused Sudan of arming the gunmen, and Sudan's foreign ministry rejected the accusation on Tuesday.",
			truce.Reject, "SDNGOV", "TCDGOV", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
