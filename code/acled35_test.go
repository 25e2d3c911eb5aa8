package code_test

import "testing"

// ACLED recodings of round 35 (acled35_*.go), in sentences of our own.
func TestACLED35FiredOnProtesters(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// Firing aimed at protesters is excessive force, though they
		// are told to riot after it.
		{"opened fire on intruders", "Security guards opened fire on protesters who forced their way into the governor's compound in Kassala on Monday, killing two people.",
			"opened fire on", "Protests/Excessive force against protesters"},
		// Tear gas fired at a crowd that riots stays the riot.
		{"tear gas at a storming crowd", "Police fired tear gas at protesters who stormed the governor's compound in Kassala on Monday.",
			"fired tear gas", "Riots/Violent demonstration"},
	}, false)
}

func TestACLED35ForceAfterRiot(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// State force answering a riot told before it is part of the riot.
		{"live fire after arson", "Protesters stormed the town hall in Kassala and set it ablaze on Monday, and police responded with live fire that killed three people.",
			"killed", "Riots/Violent demonstration"},
		// Force told as coming before the riot stays excessive.
		{"shot dead before the storming", "Protesters stormed the town hall in Kassala on Monday, hours after police shot dead a demonstrator outside it.",
			"shot dead", "Protests/Excessive force against protesters"},
	}, false)
}

func TestACLED35LootingInUnrest(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// Looting crowds in a story of rioting riot.
		{"looting in a story of rioting", "At least 12 people were killed in three days of rioting in Lumbo, the interior minister said on Friday. Crowds looted shops and burned trucks in two districts of the city.",
			"looted shops", "Riots/Violent demonstration"},
		// Looting crowds where no one protests are a mob.
		{"looting during a police strike", "Crowds looted shops and burned trucks in two districts of Lumbo on Friday after the police went on strike over unpaid wages.",
			"looted shops", "Riots/Mob violence"},
	}, false)
}
