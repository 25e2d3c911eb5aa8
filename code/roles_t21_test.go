package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Whom an act is aimed at, in constructions met in the twenty-first round
// of blind wire copy: the second side of "fighting between X and
// <Adjective> <fighters>", where a proper adjective no lexicon names
// ("Islamist", "Maoist") stands before a bare sector noun, is that group,
// not the people the fighting killed; a nationality before a person noun
// ("killed a Pakistani man") is that state's civilians; a demand or
// protest for the release of a leader ("demanded the release of ousted
// President X") is aimed at the rulers of the leader's state. Each text is
// in the project's own words; a case passes when some event of the type
// runs from source to target (an empty source or target is not checked)
// and no event of the type has notTarget as its target or notSource as
// its source.
func TestRolesT21(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		// "between the army and Islamist militants": the militants.
		{"islamist militants as the second side, a toll after",
			"Clashes between the army and Islamist militants near Mopti killed four people.",
			truce.Assault, "MLIMIL", "MLIREB", "", "MLICVL"},
		{"islamist insurgents as the second side",
			"Heavy fighting between Nigerien troops and Islamist insurgents near Tillaberi left nine dead on Monday.",
			truce.Assault, "NERMIL", "NERREB", "", ""},
		{"maoist rebels as the second side",
			"Fighting between the police and Maoist rebels in Chhattisgarh's Bijapur district killed six people on Tuesday.",
			truce.Assault, "INDCOP", "INDREB", "", "INDCVL"},
		// "killed a Pakistani man": the state's civilians, not the state.
		{"a demonym before man",
			"Gunmen killed a Pakistani man in Kabul on Monday.",
			truce.Assault, "", "PAKCVL", "", ""},
		{"a demonym before a qualified manager",
			"A mob killed an Indian factory manager in Dhaka.",
			truce.Assault, "", "INDCVL", "", ""},
		{"a demonym before nationals, abducted",
			"Kidnappers seized two Chinese nationals in Cabo Delgado.",
			truce.Coerce, "", "CHNCVL", "", ""},
		// "demanded the release of ousted President X": X's rulers.
		{"release of an ousted president demanded by a bloc",
			"The African Union demanded the immediate release of ousted President Mohamed Bazoum.",
			truce.Request, "AU", "NERGOV", "", ""},
		{"release of a detained former president asked by a foreign state",
			"Washington called for the release of detained former president Evo Morales.",
			truce.Request, "USAGOV", "BOLGOV", "", ""},
		{"crowds march for a jailed former premier",
			"Crowds marched in Islamabad to demand the release of jailed former prime minister Imran Khan.",
			truce.Protest, "", "PAKGOV", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
