package code_test

import "testing"

// ACLED recodings of round 34 (acled34_*.go), in sentences of our own.
func TestACLED34ArmyCalledOut(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// A government calling its own army out at home records no
		// change to group activity.
		{"army ordered onto the streets", "President Mahama ordered the army onto the streets of Tamale on Friday after two nights of looting.",
			"ordered the army onto", ""},
		// A government sending troops abroad does.
		{"troops sent to a neighbour", "Ghana's government deployed troops to Togo on Friday at Lome's request.",
			"deployed", "Strategic developments/Change to group/activity"},
	}, false)
}

func TestACLED34ForeignForceLeaves(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// A force leaving a country not its own changes its activity.
		{"soldiers withdrawn from a neighbour", "Rwanda has withdrawn about 400 of the 2,000 soldiers it sent to Mozambique, the army said on Tuesday.",
			"withdrawn", "Strategic developments/Change to group/activity"},
		{"mercenaries leaving", "The Wagner Group said on Tuesday it was leaving Libya after four years.",
			"leaving", "Strategic developments/Change to group/activity"},
		// Ground handed over, a home army pulling back, a withdrawal
		// only planned and a diplomatic one are no change.
		{"a base handed over", "British troops formally handed the airbase near Kandahar to Afghan forces on Monday, completing their withdrawal.",
			"completing their withdrawal", ""},
		{"a home army", "Malian troops withdrew on Tuesday, the army said.",
			"withdrew", ""},
		{"a planned withdrawal", "Rwanda said on Tuesday it would withdraw its soldiers from Mozambique next year.",
			"withdraw its soldiers", ""},
		{"asylum withdrawn", "Ecuador withdrew the asylum it had granted to the former vice-president, Britain said on Monday.",
			"withdrew", ""},
	}, false)
}
