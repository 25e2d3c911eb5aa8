package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A teller named only by its title speaks for its sector: a member of
// parliament, a state secretariat, a newspaper, a resistance group; a
// body's own office speaks for the body named before.
func TestTell29TitleTellers(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a local MP",
			"Armed men killed four farmers in the Kenyan village of Kamuthe on Sunday, a local MP said.",
			"Kamuthe", truce.Assault, truce.StatusReported, "KENLEG"},
		{"a state secretariat after an aside",
			"Gunmen set fire to a police post in the Kenyan town of Garissa on Friday, two days after a raid on a nearby market, the regional security secretariat said.",
			"Garissa", truce.Assault, truce.StatusReported, "KENGOV"},
		{"the papers",
			"Police in Uganda arrested three reporters in Gulu on Tuesday, the two papers said.",
			"Gulu", truce.Coerce, truce.StatusReported, "UGAMED"},
		{"a resistance group",
			"Soldiers torched dozens of houses in a village near Mandalay in Myanmar on Monday, according to a local resistance group.",
			"Mandalay", truce.Assault, truce.StatusReported, "MMRREB"},
		{"the bloc's secretariat",
			"Leaders of the East African Community will hold an emergency summit on the border crisis next week, the bloc's secretariat said.",
			"summit", truce.Consult, truce.StatusPlanned, "EAC"},
	})
}

// "It said" opening a sentence tells for whom the pronoun stands: the
// speaker of the sentence before.
func TestTell29OpeningPronounTeller(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a ministry goes on",
			"Mali's defence ministry said on Monday its drones had struck two camps of jihadists near Menaka, killing dozens of fighters. It said an army convoy had hit a landmine on the Menaka-Gao road on Saturday, wounding six soldiers.",
			"convoy", truce.Assault, truce.StatusReported, "MLIGOV"},
		{"an army goes on",
			"Chad's army said on Monday its jets had bombed rebel positions near Faya. It said rebels had attacked a border post near Bardai on Saturday, killing four soldiers.",
			"Bardai", truce.Assault, truce.StatusReported, "TCDMIL"},
	})
}

// A rebel group the dictionary codes by its country claims what it says
// it had done, as a group known by name does; what it says it made of
// itself (a merger) is its own to announce, reported.
func TestTell29CountryCodedClaimant(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"its fighters had seized",
			"The Shan State Progress Party said its fighters had seized an army outpost near Hsipaw on Sunday.",
			"Hsipaw", truce.Assault, truce.StatusClaimed, "MMRREB"},
		{"it had ambushed",
			"The Kuki National Organisation said it had ambushed a police patrol near Churachandpur, killing two officers.",
			"Churachandpur", truce.Assault, truce.StatusClaimed, "INDREB"},
		{"a merger is announced",
			"The Patani United Liberation Organisation said it had merged with two smaller groups into a single front.",
			"merged", truce.Cooperate, truce.StatusReported, "THAREB"},
	})
}
