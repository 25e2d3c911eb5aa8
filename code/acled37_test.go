package code_test

import "testing"

// ACLED events of round 37 (acled37 rows of data/triggers.tsv), in
// sentences of our own.

// Forces patrolling streets or a town they already hold are no change to
// group or activity ACLED records; forces that begin to patrol somewhere
// are.
func TestACLED37Patrols(t *testing.T) {
	const change = "Strategic developments/Change to group/activity"
	runACLEDCases(t, []acledCase{
		{"soldiers on the streets of a capital",
			"Soldiers in armoured trucks patrolled the streets of Conakry on Tuesday after the president was detained.",
			"patrolled the", ""},
		{"police in a town",
			"Police patrolled the town of Kasese overnight, a regional spokesman said on Monday.",
			"patrolled the", ""},
		// Patrols begun are a new activity of the force.
		{"foreign troops begin patrols",
			"Rwandan soldiers began patrolling the streets of Bangui on Sunday, the United Nations said.",
			"patrolling", change},
	}, false)
}
