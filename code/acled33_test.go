package code_test

import "testing"

// ACLED recodings of round 33 (acled33_*.go), in sentences of our own.
func TestACLED33AssailantsOfProtesters(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// Protesters beaten or shot by civilians who are no crowd suffer
		// an attack on civilians, not a violent demonstration.
		{"men in civilian clothes", "Witnesses said men in civilian clothes beat marchers with sticks in the Kara district on Tuesday.",
			"beat", "Violence against civilians/Attack"},
		{"a man shot protesters", "A man shot dead three demonstrators who were blocking a bridge outside Tamale on Friday.",
			"shot dead", "Violence against civilians/Attack"},
		{"young men beat demonstrators", "Residents said young men beat demonstrators with clubs in the Kara district.",
			"beat", "Violence against civilians/Attack"},
		// A mob, rioting told, or a clash keep the riot.
		{"a mob", "A mob beat demonstrators with clubs in the Kara district on Sunday.",
			"beat", "Riots/Violent demonstration"},
		{"rioting spread", "Young men beat demonstrators with clubs in the Kara district as rioting spread on Sunday.",
			"beat", "Riots/Violent demonstration"},
		{"a clash", "Young men clashed with demonstrators in the Kara district on Sunday.",
			"clashed", "Riots/Violent demonstration"},
		// So do a people's many who turn on a protest.
		{"villagers", "Villagers beat demonstrators with clubs in the Kara district on Sunday.",
			"beat", "Riots/Violent demonstration"},
	}, false)
}

func TestACLED33CoupDecree(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// The measures of soldiers who suspend the constitution or the
		// state's institutions are strategic developments.
		{"airports closed with the constitution suspended", "Mutinous officers said on state radio that they had dissolved parliament, suspended the constitution and closed the airports.",
			"closed", "Strategic developments/Other"},
		{"borders shut with institutions suspended", "The soldiers suspended all state institutions and shut the country's land borders on Monday.",
			"shut", "Strategic developments/Other"},
		// A government closing a border with a neighbour is no event of
		// ACLED's, though it dissolves a body in the same breath.
		{"a border closed", "Kenya closed its border with Somalia on Monday.",
			"closed", ""},
		{"a commission dissolved", "The president dissolved the electoral commission and closed the border with Togo on Tuesday.",
			"closed", ""},
	}, false)
}
