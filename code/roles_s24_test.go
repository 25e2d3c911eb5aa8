package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "X was beaten to death and his body set alight by a mob", "was
// abducted … and later killed by gunmen": two passives joined by "and"
// share the agent named after the second, and that agent is the source
// of both acts, never their victim.
func TestCoordinatedPassiveAgent24(t *testing.T) {
	runSideCases(t, "2024-06-14", []sideCase{
		{"beaten to death and the body dumped, by a mob after the time",
			"A tailor in Kano was beaten to death and his body dumped in a ditch on Sunday by a mob.",
			truce.Assault, "NGACVL", "NGACVL"},
		{"abducted on a day and later killed by gunmen",
			"A village head was abducted on Monday and later killed by gunmen in Zamfara state.",
			truce.Assault, "NGAREB", "NGACVL"},
		{"kidnapped on a day and later murdered by bandits",
			"A church pastor was kidnapped on Sunday and later murdered by bandits in Katsina state.",
			truce.Assault, "NGACRM", "NGAREL"},
		{"stabbed and beaten by a mob",
			"A radio reporter was stabbed and beaten by a mob in Kampala.",
			truce.Assault, "UGACVL", "UGAMED"},
	})
}

// "the bodies of 30 herders, allegedly killed by the militia", "were
// seized from a camp by armed men": a passive whose "by" agent stands
// past a hedge or past the place the victims were taken from still has
// that agent for its source and the victims for its target.
func TestPassiveAgentPastPhrase24(t *testing.T) {
	runSideCases(t, "2024-06-14", []sideCase{
		{"allegedly killed by a named group, after a comma",
			"The remains of nine fishermen, allegedly killed by the ADF, were found near Beni.",
			truce.Assault, "ADF", "CODCVL"},
		{"reportedly killed by the army, after a comma",
			"The bodies of 20 miners, reportedly killed by the army, were recovered near Kidal.",
			truce.Assault, "MLIMIL", "MLILAB"},
		{"abducted from a camp near a town by armed men",
			"Forty displaced people were abducted from a camp near Kutum by armed men on Monday.",
			truce.Assault, "SDNREB", "SDNREF"},
		{"a reduced passive: herders abducted from their homes by bandits",
			"Herders abducted from their homes by bandits in Sokoto were freed on Sunday.",
			truce.Assault, "NGACRM", "NGACVL"},
		{"kidnapped from their school by gunmen",
			"Thirty pupils were kidnapped from their school in Kebbi by gunmen.",
			truce.Assault, "NGAREB", "NGAEDU"},
	})
}
