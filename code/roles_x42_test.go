package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Targets of round x42 (source/target swaps). Each text is in the
// project's own words.

// A participle after "declared X, NAME, persona non grata" is the
// declarer's: the name between commas renames the envoy and does not end
// the clause, so the envoy does not accuse its own state.
func TestRolesX42DeclaredPastApposition(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"an ambassador renamed between commas",
			"Chile declared Bolivia's ambassador, Marco Ruiz, persona non grata on Friday and gave him 48 hours to leave, accusing Bolivia of meddling in its internal affairs.",
			truce.Accuse, "CHLGOV", "BOL", "BOL", "CHL"},
		{"a consul with a post and a name",
			"Ghana declared Togo's consul in Kumasi, Kofi Mensah, persona non grata on Monday, accusing Togo of arming separatists in the Volta region.",
			truce.Accuse, "GHAGOV", "TGO", "TGO", "GHA"},
		{"an envoy described, declared unwelcome",
			"Kenya's foreign ministry declared the Ugandan envoy, a retired general, unwelcome on Sunday, accusing Uganda of sheltering rebels.",
			truce.Accuse, "KENGOV", "UGA", "UGA", "KEN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
