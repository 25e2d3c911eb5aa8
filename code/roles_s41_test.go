package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A regional branch of the Islamic State named with a possessive ("the
// Islamic State's West Africa Province", "its regional affiliate") or with
// "of" ("the Somali branch of the Islamic State") is the branch, not the
// parent; a branch the coder does not know stays the parent. Each text is
// in the project's own words.
func TestRolesS41StateAffiliate(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"a regional affiliate in the story's country",
			"A car bomb tore through a market in Jalalabad, Afghanistan, killing nine people. The Islamic State's regional affiliate claimed the bombing.",
			truce.Assault, "ISKP", "", "ISIS", ""},
		{"a branch named by its province",
			"Fighters of the Islamic State's West Africa Province ambushed a military convoy near Monguno on Friday.",
			truce.Assault, "ISWAP", "", "ISIS", ""},
		{"a branch named by its region",
			"Islamic State's Sahel affiliate raided two villages near Menaka in Mali, killing 20 herders.",
			truce.Assault, "ISSP", "", "ISIS", ""},
		{"a branch of the group with of",
			"Militants of the Somali branch of the Islamic State attacked a police post in Puntland.",
			truce.Assault, "ISSOM", "", "ISIS", ""},
		{"its news agency speaks for the branch",
			"A bomb killed six worshippers at a mosque in Quetta. Islamic State's Khorasan branch claimed the blast through its Amaq news agency.",
			truce.Assault, "ISKP", "", "ISIS", ""},
		{"an unknown branch stays the parent",
			"The Islamic State's Libyan branch attacked a checkpoint near Sirte, killing three soldiers.",
			truce.Assault, "ISIS", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}

// In a story that names both Koreas, "the North" and "the South" are the
// two states; elsewhere, or as part of a longer name ("the South China
// Sea"), they are not. An "inter-Korean" pact is no South Korean actor.
func TestRolesS41DividedHalves(t *testing.T) {
	tests := []struct {
		name, text, typ, source, target, notSource, notTarget string
	}{
		{"the South acts",
			"Seoul condemned North Korea's missile test. Days later the South suspended a military agreement with Pyongyang.",
			truce.Sanction, "KORGOV", "", "PRKGOV", ""},
		{"the North's army accuses",
			"North Korea flew balloons over the border, and South Korea resumed loudspeaker broadcasts. The North's army accused Seoul of reckless provocations.",
			truce.Accuse, "PRKMIL", "KORGOV", "KORMIL", ""},
		{"the South's ministry",
			"Seoul protested to North Korea over the drones. The South's defence ministry later suspended a military pact with Pyongyang.",
			truce.Sanction, "KORGOV", "", "PRKGOV", ""},
		{"a sea named for the south is no state",
			"South Korea and North Korea traded warnings on Monday. China sent warships into the South China Sea.",
			truce.Mobilize, "CHNMIL", "", "KORGOV", "KORGOV"},
		{"an inter-Korean pact is suspended by its suspender",
			"North Korea flew drones across the border. Seoul then suspended an inter-Korean military pact in full.",
			truce.Sanction, "KORGOV", "", "KORMIL", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, tt.typ, tt.source, tt.target, tt.notSource, tt.notTarget)
		})
	}
}
