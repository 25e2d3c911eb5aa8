package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Targets of round t40. Each text is in the project's own words.

// Ground taken after a fight with someone is taken from them, not from the
// people of the village or town.
func TestRolesT40FoughtWith(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a village retaken after an exchange of fire",
			"Burkinabe troops regained control of the village of Djibasso after an exchange of fire with jihadist fighters.",
			truce.Assault, "BFAMIL", "REB", "", "CVL"},
		{"a market town retaken after a battle with a group unknown to the dictionary",
			"Army units recaptured the market town of Dorsa on Friday after a three-day battle with fighters of the Kivu Liberation Front.",
			truce.Assault, "MIL", "REB", "", "CVL"},
		{"a village taken by militiamen after fighting the police",
			"Militiamen seized the hill village of Mbeko after a day of fighting with the police.",
			truce.Assault, "MLT", "COP", "", "CVL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// What the fight rule leaves alone: a named holder stays, and a fight
// with no one named gives no one.
func TestRolesT40FoughtWithUnchanged(t *testing.T) {
	wantSides(t, "Sudanese army units recaptured the market town of Um Rawaba on Sunday after days of clashes with the Rapid Support Forces, the army said.",
		truce.Assault, "SDNMIL", "RSF", "", "CVL")
	wantSides(t, "Government troops retook the village of Kalmo on Wednesday after two days of fighting.",
		truce.Assault, "MIL", "", "", "REB")
}

// A crowd attacking a police post or a court protests against the
// government of that state; the organ stays a target beside it.
func TestRolesT40ProtestedState(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a police station set on fire by rioters",
			"Rioters set fire to a police station in the Kenyan town of Molo on Sunday.",
			truce.Protest, "KENPRO", "KENGOV", "", ""},
		{"the police of the station stay a target",
			"Rioters set fire to a police station in the Kenyan town of Molo on Sunday.",
			truce.Protest, "KENPRO", "KENCOP", "", ""},
		{"an electoral court set on fire",
			"Angry protesters set fire to the regional electoral court in the Bolivian city of Oruro after the results were delayed.",
			truce.Protest, "PRO", "BOLGOV", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
	// A clash with the police themselves, no building named, keeps the
	// police alone.
	wantSides(t, "Protesters clashed with police outside parliament in Nairobi on Tuesday.",
		truce.Protest, "KENPRO", "KENCOP", "", "KENGOV")
}

// Forces drilled or massed by a border are aimed at the state across it.
func TestRolesT40BorderTarget(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"drills near its border with a neighbour",
			"Turkey began large-scale military drills near its border with Syria on Monday.",
			truce.Mobilize, "TUR", "SYR", "", ""},
		{"exercises along a frontier",
			"Algeria's army held live-fire exercises along its frontier with Morocco on Thursday.",
			truce.Mobilize, "DZA", "MAR", "", ""},
		{"troops sent to the border with a participle after",
			"Pakistan deployed additional troops near the border with Afghanistan, sending tanks into its own northwestern districts.",
			truce.Mobilize, "PAK", "AFG", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
	// A border named without its other side gives no target.
	x := mustExtract(t, "Thailand held military drills near the border on Monday.", "2025-11-26")
	for _, ev := range x.Events {
		if len(ev.Target) > 0 {
			t.Errorf("%s event aimed at %v", ev.Type, ev.Target)
		}
	}
}

// An office-holder acting on another of the same government aims the act
// at that one, not at no one: a minister named as the object, the
// national government a governor or a mayor appeals to.
func TestRolesT40OwnOfficer(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a president urging his own minister",
			"Kenya's president William Ruto urged his interior minister to restore order in the north.",
			truce.Request, "KENGOV", "KENGOV", "", ""},
		{"a governor asking the federal government",
			"The governor of Lagos state asked the federal government to send more police to the city.",
			truce.Request, "NGAGOV", "NGAGOV", "", ""},
		{"a mayor calling on the national government",
			"The mayor of Medellin called on the national government to reinforce the army in the hills.",
			truce.Request, "COLGOV", "COLGOV", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
