package code_test

// Precision cases of issue 3 (prec36): an aim told in the past perfect
// is the lead-up, not an act of the news.

import "testing"

// prec36Lead opens each text so that the case is not the lead sentence.
const prec36Lead = "Police detained nine students in the capital on Wednesday. "

// What a group had wanted, tried or called others to do, in the past
// perfect, codes no event; the same act told as done stays.
func TestPrec36AimedPerfect(t *testing.T) {
	for _, tt := range []struct {
		name, text, typ string
		n               int
	}{
		{"had wanted to demand", prec36Lead + "The strike committee had wanted to demand the reinstatement of the sacked drivers.", "REQUEST", 0},
		{"had wanted to protest", prec36Lead + "The farmers had wanted to protest against the new land tax.", "PROTEST", 0},
		{"had been hoping to demand", prec36Lead + "The nurses had been hoping to demand overtime pay from the hospital board.", "REQUEST", 0},
		{"had tried to protest past an object", prec36Lead + "The teachers had tried to reach the ministry to protest against the pay freeze.", "PROTEST", 0},
		{"had tried to protest past an infinitive of motion", prec36Lead + "The miners had been trying to march to the governor's office to protest against the closures.", "PROTEST", 0},
		{"the demand made stays", prec36Lead + "The opposition party demanded the release of the detained students.", "REQUEST", 1},
		{"the protest held stays", prec36Lead + "Hundreds of farmers protested against the new land tax in the provincial capital on Thursday.", "PROTEST", 1},
	} {
		wantTypeCount(t, tt.name, tt.text, "2024-05-16", tt.typ, tt.n)
	}
}
