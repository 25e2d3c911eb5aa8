package code_test

import "testing"

// ACLED labels for a fourth round of constructions from wire copy written
// by others, in sentences of our own: the label of an event whose rule
// names the trigger, "" when ACLED would not record it.
func TestACLEDWire4(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// Bystanders killed in a fight the sentence names fell in a battle:
		// ACLED records the fight, not an attack on them.
		{"killed in fighting between groups", "Fourteen farmers were killed in fighting between two armed groups near Djugu on Wednesday.",
			"", "Battles/Armed clash"},
		{"killed when fighting erupted", "At least forty detainees were killed, some of them burned, when fighting erupted between prison gangs in Tegucigalpa.",
			"killed", "Battles/Armed clash"},
		{"killed during fighting", "Six market traders were killed during fighting between the army and two militias in Kamanyola on Monday.",
			"", "Battles/Armed clash"},
		// Without a fight, killing civilians stays an attack.
		{"killer named amid clashes", "Rebels shot dead two nurses as clashes with the army spread through the town of Bria.",
			"shot", "Violence against civilians/Attack"},
		{"gunmen killed farmers", "Gunmen killed eleven farmers in their fields near Djugu on Wednesday.",
			"killed", "Violence against civilians/Attack"},
		// A state force backed by allies leads the taking, though the
		// allies are read as its doers: the state regains the ground.
		{"troops aided by militias took back", "Burkinabe soldiers aided by volunteer militias took back the village of Arbinda from jihadists.",
			"", "Battles/Government regains territory"},
		{"army backed by militias seized a town", "Congolese soldiers backed by allied militias seized the rebel-held town of Kitshanga on Friday.",
			"", "Battles/Government regains territory"},
	}, false)
}
