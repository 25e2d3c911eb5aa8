package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// An object "them" never stands for the subject phrase of its own verb:
// in "legislators loyal to the president voted to strip them of their
// citizenship" the legislators and the president are who act, and "them"
// is the group the story acted on before. Nor does it stand for a lone
// capital named on the way ("drove them to the border, …"). When all its
// sentence names before it is that subject phrase, it is the described
// group the sentence before acted on. Each text is in the project's own
// words.
func TestRolesS29ThemNotOwnSubject(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"legislators loyal to the president strip them",
			"Zambia freed 60 jailed students on Monday and drove them to the border with Malawi, while legislators loyal to President Moses Chanda voted the same evening to strip them of their citizenship.",
			truce.Coerce, "", "ZMBEDU", "", "ZMBLEG"},
		{"prosecutors loyal to a junta chief charge them",
			"Togo released 18 fishermen from Benin on Sunday and sent them home by boat to Cotonou, while prosecutors loyal to the junta chief Koffi Adjovi moved the same day to charge them with spying.",
			truce.Accuse, "", "BENCVL", "", "BENJUD"},
		{"an assembly with an aside expels the group freed before",
			"Police in Kisumu released 35 detained traders on Friday. Hours later the National Assembly, dominated by Governor Peter Odhiambo's allies, voted to expel them from the country.",
			truce.Coerce, "", "KENBUS", "", "KENGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
