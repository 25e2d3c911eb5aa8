package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestTell42StateForceClaim checks that a state, its government or the
// army saying its own forces did an attack claims it, with the force named
// in two words, a relative clause between the force and its verb, or the
// deed in a second reported clause; and that a state's word on another
// side's forces, a blow warded off and a force's plain report without
// "its" stay as they were.
func TestTell42StateForceClaim(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a country and its warplanes",
			"Turkey said its warplanes had bombed Kurdish militant hideouts in northern Iraq on Tuesday.",
			"bombed", truce.Assault, truce.StatusClaimed, ""},
		{"a government and its soldiers",
			"The Ethiopian government said its soldiers had shelled rebel positions near Gondar overnight.",
			"shelled", truce.Assault, truce.StatusClaimed, ""},
		{"a relative clause before the verb",
			"Nigerian officials said their troops, who have been pursuing the insurgents since March, attacked three rebel camps in the hills on Friday.",
			"attacked", truce.Assault, truce.StatusClaimed, ""},
		{"a second clause and an air force",
			"The Kenyan army said four soldiers were wounded, and that its air force had bombed a militant camp near the border.",
			"bombed", truce.Assault, truce.StatusClaimed, ""},
		{"another side's forces",
			"Thailand said Cambodian troops had shelled a village in Sisaket province on Monday.",
			"shelled", truce.Assault, truce.StatusAlleged, ""},
		{"a blow warded off",
			"Israel said its air defences had intercepted a drone launched from Yemen.",
			"intercepted", truce.Assault, truce.StatusReported, ""},
	})
}

// TestTell42Uncharged checks that a demand, a pledge or an offer a state's
// official says another state had made is reported, not alleged, while an
// attack told the same way stays an allegation.
func TestTell42Uncharged(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a demand",
			"Ghana's foreign minister said Togo had demanded the release of its fishing boats seized off the coast.",
			"demanded", truce.Request, truce.StatusReported, "GHAGOV"},
		{"a pledge",
			"The Kenyan president said Uganda had committed to reopen the Busia border crossing next week.",
			"committed", truce.Agree, truce.StatusReported, "KENGOV"},
		{"an offer",
			"Peru's prime minister said Chile had offered talks on the disputed maritime boundary.",
			"offered", truce.Agree, truce.StatusReported, "PERGOV"},
		{"an attack stays alleged",
			"Kenya's interior minister said Somali troops had shelled a border town near Mandera.",
			"shelled", truce.Assault, truce.StatusAlleged, "KENGOV"},
	})
}
