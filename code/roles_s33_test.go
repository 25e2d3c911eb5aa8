package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A formation of a group told with the group's possessive ("the Islamic
// State's Congo branch", "the NPA's Bicol command") acts for the group:
// neither the place that names the branch nor the speaker of the report
// is the subject. A state's own formation is left to the army rules.
// Each text is in the project's own words.
func TestRolesS33FormationOwner(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"branch named for a country",
			"Fighters of the Islamic State's Congo branch attacked a village near Beni in Congo's North Kivu province on Sunday.",
			truce.Assault, "ISIS", "", "COD", ""},
		{"command named for a province",
			"The NPA's Samar command ambushed an army patrol near Catarman in the Philippines on Friday.",
			truce.Assault, "NPA", "PHLMIL", "", ""},
		{"front named for a person",
			"Members of the ELN's Domingo Laín front burned two lorries on a highway in Arauca, Colombia, on Monday.",
			truce.Assault, "ELN", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A harm told in the passive with no agent takes the doer of the armed
// operation the same sentence tells around it: "troops launched an
// offensive …, and the ministry said six fighters had been killed", "a
// student was shot dead as police broke up a rally". Not when the
// speaker's report is of a toll the doers did not inflict, nor when the
// victims are the doers again ("before they were shot dead"). Each text
// is in the project's own words.
func TestRolesS33OperationAgent(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"operation before a reported toll",
			"Nigerien soldiers launched a sweep against bandits near Tillaberi on Monday, and the defence ministry said eleven bandits had been killed.",
			truce.Assault, "NERMIL", "NERCRM", "", ""},
		{"operation with an added toll",
			"Malian troops launched an operation in the Segou region on Sunday, the army said, adding that nine jihadists were killed.",
			truce.Assault, "MLIMIL", "MLIREB", "", ""},
		{"harm during a dispersal told with as",
			"Two teenagers were shot dead and five people were wounded in Kisumu, Kenya, on Tuesday as police broke up a march against tax rises, witnesses said.",
			truce.Assault, "KENCOP", "KENPRO", "", ""},
		{"a toll the rioters did not inflict",
			"In Mombasa, Kenya, rioters stormed the county offices on Friday, and police said nine rioters had been killed overnight.",
			"", "", "", "KENPRO", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
