package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Targets of round t44. Each text is in the project's own words.

// An attack on public works that hits no one named is aimed at the state
// of the place; a state's own forces wrecking works at home are not.
func TestRolesT44PublicWorks(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"drones on a fuel depot across the border",
			"Ukrainian drones struck a fuel depot in Russia's Bryansk region on Sunday, the governor said.",
			truce.Assault, "UKRMIL", "RUS", "", ""},
		{"rebels blowing up a railway bridge at home",
			"Suspected rebels blew up a railway bridge near Kindia in Guinea on Monday.",
			truce.Assault, "", "GIN", "", ""},
		{"soldiers blowing up a bridge in their own country",
			"Nigerian soldiers blew up a bridge near Maiduguri on Tuesday.",
			truce.Assault, "NGAMIL", "", "", "NGA"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// Relief carried to a town or province is for the people there; relief
// to a country named as such stays the country's; a side found past
// "since" belongs to another act.
func TestRolesT44ReliefForPeople(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"medicine flown to a city",
			"UNICEF flew 20 tonnes of medicine to Goma on Monday.",
			truce.Aid, "UNICEF", "CODCVL", "", "CODGOV"},
		{"food trucked to a town",
			"The Red Crescent trucked food and blankets to the town of Marib on Friday.",
			truce.Aid, "", "YEMCVL", "", "YEMGOV"},
		{"convoy into a province, a since-clause after it",
			"Ten lorries carrying food and water crossed into Idlib province from Turkey on Monday, the first aid to reach the area since government forces closed the road.",
			truce.Aid, "", "SYRCVL", "", "SYRMIL"},
		{"relief sent to a country",
			"Pakistan sent nine trucks of tents and food to Afghanistan on Monday.",
			truce.Aid, "PAKGOV", "AFG", "", "AFGCVL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// A reaction to a coup is aimed at the soldiers of the coup's country; a
// coup that ousted the speaker is in the speaker's own country; a
// reaction to an attack keeps its government target.
func TestRolesT44CoupMakers(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a neighbour condemns a coup",
			"Senegal condemned the coup in Burkina Faso on Monday.",
			truce.Accuse, "SENGOV", "BFAMIL", "", "BFAGOV"},
		{"a coup in a country named in a relative clause",
			"Kenya, which keeps a large embassy in Sudan, condemned the coup on Tuesday.",
			truce.Accuse, "KENGOV", "SDNMIL", "", "SDNGOV"},
		{"the ousted leader abroad calls his ouster a coup",
			"Mexico granted asylum to former Bolivian president Evo Morales on Monday. Morales called his ouster a coup.",
			truce.Accuse, "BOL", "BOLMIL", "", "MEXGOV"},
		{"an attack condemned is no coup",
			"Senegal condemned the attack in Burkina Faso on Monday.",
			truce.Accuse, "SENGOV", "BFA", "", "BFAMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
