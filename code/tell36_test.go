package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestTell36Witnesses checks that people who saw an attack tell it as
// civilians of its country, whether named alone ("a survivor", "an
// eyewitness", "neighbours") or with a relative clause between them and
// the verb ("survivors who reached the city said").
func TestTell36Witnesses(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a survivor",
			"GAO, Mali - A survivor said gunmen burned the weekly market in the town on Sunday.",
			"burned", truce.Assault, "", "MLICVL"},
		{"an eyewitness after the clause",
			"NIAMEY, Niger - Gunmen torched granaries in two villages near Tillaberi overnight, an eyewitness said.",
			"torched", truce.Assault, "", "NERCVL"},
		{"neighbours after the clause",
			"Gunmen stormed a bus station in Haiti's capital and burned two buses, neighbours said.",
			"stormed", truce.Assault, "", "HTICVL"},
		{"survivors and a relative clause",
			"GOMA, Congo - Survivors who reached the city said rebels looted the clinic at Rutshuru.",
			"looted", truce.Coerce, "", "CODCVL"},
		{"a mission and a relative clause set off by commas",
			"Monitors of the AU mission, whose camp lies near the river, said they came under fire from rebels near Kidal.",
			"fire", truce.Assault, "", "AU"},
		{"farmers and a relative clause",
			"Displaced farmers who walked to Kaga Bandoro said armed men burned their village in the Central African Republic.",
			"burned", truce.Assault, "", "CAFCVL"},
	})
}

// TestTell36ToldBody checks that a generic teller who told a rights group
// hands the account to the group, and one who told reporters keeps it.
func TestTell36ToldBody(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"told a rights group",
			"Survivors told Human Rights Watch that soldiers killed six men in a village in Burkina Faso.",
			"killed", truce.Assault, "", "HRW"},
		{"told reporters",
			"Survivors told reporters that soldiers killed six men in a village in Burkina Faso.",
			"killed", truce.Assault, "", "BFACVL"},
	})
}

// TestTell36TellerCountry checks that a generic teller in a sentence that
// names no place takes the country the event is placed in, here from the
// armed group's home.
func TestTell36TellerCountry(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a Haitian gang and residents",
			"Gangs of the 400 Mawozo took control of a hillside district on Wednesday after a gun battle with police, residents said.",
			"took control", truce.Assault, "", "HTICVL"},
		{"a Somali group and villagers",
			"Al Shabaab fighters seized a hilltop village on Friday after a gun battle with troops, villagers said.",
			"seized", truce.Assault, "", "SOMCVL"},
	})
}

// TestTell36CarriedArrests checks that arrests told with no teller of
// their own, in the sentence after a violent act whose teller is named,
// are told by that teller; with no teller before, they have none.
func TestTell36CarriedArrests(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"police tell the shooting, then arrests",
			"COLOMBO - Gunmen shot dead six worshippers at a mosque in Kandy on Friday, police said. Police arrested 11 men in raids across the district the next day.",
			"arrested", truce.Coerce, "", "LKACOP"},
		{"the army tells the shooting, then detentions",
			"DAKAR - Gunmen shot dead six traders at a market in Ziguinchor on Friday, the army said. Soldiers detained nine suspects in a sweep of nearby villages.",
			"detained", truce.Coerce, "", "SENMIL"},
		{"no teller before",
			"DAKAR - Gunmen shot dead six traders at a market in Ziguinchor on Friday. Soldiers detained nine suspects in a sweep of nearby villages.",
			"detained", truce.Coerce, "", "-"},
	})
}
