package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Who acts and who is acted on in constructions met in the twelfth round
// of blind wire copy: a receipt whose giver follows the object after
// "from" ("took delivery of six jets from France"); a body of an
// organisation acting for it ("the IMF's board approved …"); forces
// moved in "from" a state are that state's ("gendarmes were flown in from
// mainland France"); a pronoun opening a clause of time or cause after an
// accusation stands for the accused ("accusing Lome of bad faith after it
// closed the border"); the body whose summit hosts a meeting is its venue,
// not a side ("met on the sidelines of the G20 summit").
// Each text is in the project's own words; a case passes when some event
// of the type runs from source to target (an empty source or target is
// not checked) and no event of the type has notTarget as its target or
// notSource as its source.
func TestRolesWire12(t *testing.T) {
	wantRoleSides(t, []rolesCase{
		// "took delivery of X from Y": the giver follows the object
		// after "from".
		{"delivery of jets from a supplier",
			"Serbia took delivery of six Rafale fighter jets from France on Friday.",
			truce.Aid, "FRA", "SRB", "", ""},
		{"delivery with a time before of",
			"Burkina Faso took delivery on Monday of two armed drones from Turkey, the junta said.",
			truce.Aid, "TUR", "BFA", "", ""},
		// "X's board approved …": a body of an organisation or state
		// acts for it.
		{"a lender's board approves a loan",
			"The World Bank's board approved a $500 million loan for Kenya on Friday.",
			truce.Aid, "WB", "KEN", "", ""},
		{"a bank's board past a time phrase",
			"The IMF's executive board on Tuesday approved an emergency loan for Malawi.",
			truce.Aid, "IMF", "MWI", "", ""},
		// "forces were flown in from X": the forces are X's, wherever
		// they land, and X is not the target.
		{"gendarmes flown in from the mainland to an overseas territory",
			"Riots shook Martinique for a third night on Tuesday. Hundreds of gendarmes were flown in from mainland France.",
			truce.Mobilize, "FRACOP", "", "FRA", "MTQCOP"},
		{"soldiers airlifted in from a neighbour",
			"Looting spread through Banjul after the disputed vote. Some 400 soldiers were airlifted in from Senegal overnight.",
			truce.Mobilize, "SENMIL", "", "SEN", "GMBMIL"},
		{"police flown in from the capital of the state that rules an island",
			"Clashes between fishermen and police broke out in Torshavn on Friday. Dozens of riot police were flown in from Copenhagen.",
			truce.Mobilize, "DNKCOP", "", "DNK", "FROCOP"},
		// "accusing X of Y after it did Z": the pronoun opening the
		// clause of time or cause is the accused.
		{"a border closure by the accused told after the charge",
			"Ghana summoned Togo's ambassador, accusing Lome of bad faith after it closed the border to Ghanaian traders.",
			truce.Coerce, "TGOGOV", "", "", ""},
		{"an expulsion by the accused told after because",
			"Burundi recalled its envoy from Kigali on Friday, accusing Rwanda of hostility because it had expelled two Burundian diplomats.",
			truce.Sanction, "RWA", "BDIGOV", "", ""},
		// "X and Y met on the sidelines of Z's summit": Z is where they
		// met; the two leaders are each other's sides.
		{"two leaders talk on the sidelines of a summit",
			"President Emmanuel Macron and Chancellor Olaf Scholz held talks on the sidelines of the G20 summit in Bali.",
			truce.Consult, "FRAGOV", "DEU", "G20", ""},
		{"two presidents meet on the margins of a bloc's meeting",
			"Turkish President Recep Tayyip Erdogan and Iranian President Ebrahim Raisi met on the margins of the SCO summit.",
			truce.Consult, "TURGOV", "IRN", "SCO", ""},
	})
}
