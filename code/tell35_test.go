package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestTell35ForceClaim checks that a state's armed force, or the ministry
// speaking for it, saying it did an attack itself claims it, as an armed
// group does, whether the verb is in the past perfect or the simple past
// and whether the doer is the force or its own arms; and that a blow
// warded off, an area cleared, another side's deed the force saw signs of,
// and an arrest by police stay reported.
func TestTell35ForceClaim(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"an air force and its jets",
			"Nigeria's air force said its jets had bombed a bandit camp in Zamfara state on Sunday, killing dozens of gunmen.",
			"bombed", truce.Assault, truce.StatusClaimed, "NGAMIL"},
		{"an army in the simple past",
			"The Malian army said on Friday that it killed 14 militants in a raid on a camp near Mopti.",
			"raid", truce.Assault, truce.StatusClaimed, "MLIMIL"},
		{"a defence ministry and its helicopters",
			"Mali's defence ministry said its helicopters had struck rebel positions outside Kidal on Thursday.",
			"struck", truce.Assault, truce.StatusClaimed, ""},
		{"an armed group in the simple past",
			"Al Shabaab said it attacked an army base near Kismayo on Sunday.",
			"attacked", truce.Assault, truce.StatusClaimed, ""},
		{"an attack repelled",
			"The Malian army said it had repelled an attack by insurgents on its base near Mopti.",
			"attack", truce.Assault, truce.StatusReported, ""},
		{"an area cleared",
			"Kenya's army said it had driven al Shabaab fighters out of two villages near Lamu on Saturday.",
			"driven", truce.Assault, truce.StatusReported, ""},
		{"another side's deed seen",
			"Congo's army said it had seen signs that rebels had shelled the market in Goma.",
			"shelled", truce.Assault, truce.StatusReported, ""},
		{"police arrests",
			"Nigerian police said they had arrested 12 protesters in Lagos on Sunday.",
			"arrested", truce.Coerce, truce.StatusReported, ""},
	})
}

// TestTell35Unanswered checks that an abuse a teller of another side says a
// state's force did, which the accused side then leaves unanswered, is an
// allegation; and that the same charge with no such silence, or a deed
// told first and sourced after, stays reported.
func TestTell35Unanswered(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"villagers and a silent military",
			"Villagers in Myanmar's Magway region said soldiers had burned 40 houses in the village of Kalbo on Tuesday. The military did not respond to requests for comment.",
			"burned", truce.Assault, truce.StatusAlleged, ""},
		{"a rights group and police who declined to comment",
			"A Ugandan rights group said police had shot dead three protesters in Kampala on Monday. Police declined to comment.",
			"shot", truce.Assault, truce.StatusAlleged, ""},
		{"no silence told",
			"A Ugandan rights group said police had shot dead three protesters in Kampala on Monday. The opposition called for a general strike.",
			"shot", truce.Assault, truce.StatusReported, ""},
		{"the deed told first",
			"Soldiers burned 40 houses in the village of Kalbo in Myanmar's Magway region on Tuesday, villagers said. The military did not respond to requests for comment.",
			"burned", truce.Assault, truce.StatusReported, ""},
	})
}
