package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Sources of round s43. Each text is in the project's own words.

// An arrest told in the passive with no one named is the police's of the
// place, unless the army or an intelligence service is the one that
// reports it: then it made the arrests. Informants ("security sources")
// and the police's own word keep the police.
func TestRolesS43ArmySpeakerArrest(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"the army tells of arrests",
			"The Nigerian army said 30 suspects were arrested in the raid.",
			truce.Coerce, "NGAMIL", "", "NGACOP", "NGAMIL"},
		{"a country's army tells of detentions",
			"Kenya's army said 30 men were detained near Garissa.",
			truce.Coerce, "KENMIL", "", "KENCOP", "KENMIL"},
		{"the police keep their own arrests",
			"Police in Lagos said 40 protesters were detained.",
			truce.Coerce, "NGACOP", "", "NGAMIL", ""},
		{"informants are no force",
			"Security sources said at least 40 people had been detained in Cairo.",
			truce.Coerce, "EGYCOP", "", "EGYMIL", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
