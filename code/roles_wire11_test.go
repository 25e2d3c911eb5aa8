package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who acts and who is acted on in constructions met in the eleventh round
// of blind wire copy: a bare "the government" in a story naming no state
// but places is the government of the country those places are in; an
// expulsion in the passive that names no one expelling, told right after a
// break of ties with the same state, is by who broke them, and a passive
// clause after "and" may leave out its "were" ("diplomats were recalled
// and envoys given two days to leave"); soldiers "who seized power" are
// of the country whose junta the story names.
// Each text is in the project's own words; a case passes when some event
// of the type runs from source to target (an empty source or target is
// not checked) and no event of the type has notTarget as its target or
// notSource as its source.
func TestRolesWire11(t *testing.T) {
	wantRoleSides(t, []rolesCase{
		// a bare "the government" whose country only the places named
		// before tell.
		{"a ban by the government after clashes in a named country",
			"Cattle herders set fire to dozens of huts belonging to farmers in two villages in southern Chad on Friday, local officials said. Two farmers were killed when shooting broke out during the clashes. The transitional government banned public gatherings in both areas.",
			truce.Coerce, "TCDGOV", "", "", ""},
		{"a curfew by the government after arson",
			"Settlers burned dozens of homes belonging to villagers in Myanmar's northern hills on Sunday, residents said. One villager died when gunfire erupted during the unrest. The interim government imposed a curfew on both villages.",
			truce.Coerce, "MMRGOV", "", "", ""},
		// a passive expulsion with no agent after a break of ties: by who
		// broke them; a clause after "and" may leave out the "were".
		{"envoys told to leave after a break of ties, the were left out",
			"Accra broke off diplomatic relations with Lome on Thursday, accusing Togo of sheltering coup plotters. Ghanaian diplomats in Togo were called back and Togolese envoys given 72 hours to leave.",
			truce.Sanction, "GHA", "TGO", "", "TGO"},
		{"an ambassador expelled the day after relations were cut",
			"Bolivia severed diplomatic ties with Peru on Monday over what it called meddling in its affairs. The Peruvian ambassador was expelled and given two days to leave the country.",
			truce.Sanction, "BOL", "PERGOV", "", "PER"},
		// soldiers described as those who took power are the junta's,
		// wherever the story is told from.
		{"officers who took power reject a deadline set at a summit abroad",
			"Central African leaders meeting in Libreville on Saturday gave Chad's junta ten days to set an election date, warning that the bloc could suspend the country. The officers who took power in April rejected the deadline, saying they would not bow to foreign pressure.",
			truce.Reject, "TCDMIL", "", "", "GABMIL"},
		{"soldiers who staged a coup refuse talks",
			"West African mediators arrived in Dakar on Monday after Guinea's junta was suspended from the regional bloc. The soldiers who staged the coup refused to meet them, a spokesman said.",
			truce.Reject, "GINMIL", "", "", "SENMIL"},
	})
}
