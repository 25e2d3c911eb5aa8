package code_test

import "testing"

// ACLED labels for a third round of constructions from wire copy written
// by others, in sentences of our own: the label of an event whose rule
// names the trigger, "" when ACLED would not record it.
func TestACLEDWire3(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// Forces that pull back without naming ground they leave hand no
		// place over: a retreat toward somewhere, or "their positions".
		{"retreat toward a town", "Rebel fighters retreated north toward Kidal on Saturday, residents said.",
			"retreated", ""},
		{"bare withdrawal", "Troops who had ringed the presidential palace in Niamey withdrew on Thursday evening.",
			"withdrew", ""},
		{"abandoned their positions", "The insurgents abandoned their positions near Mueda before the army column arrived.",
			"abandoned", ""},
		{"pull-back to an agreed line", "Eritrean troops began pulling back to an agreed line near Badme on Monday.",
			"pulling back", "Strategic developments/Non-violent transfer of territory"},
		// Ground named after the verb, or in the clause a withdrawal
		// closes, still changes hands.
		{"withdrew from the positions", "Serbian police withdrew from the checkpoints and the positions on Monday night.",
			"withdrew", "Strategic developments/Non-violent transfer of territory"},
		{"ground taken after a pull-back", "Sudanese troops took up positions around two hill villages in Blue Nile state on Sunday after rebel forces pulled back.",
			"pulled back", "Strategic developments/Non-violent transfer of territory"},
		{"pulled out of a base", "Militia fighters pulled out of the Wadi Doum air base on Friday without a fight.",
			"pulled out", "Strategic developments/Non-violent transfer of territory"},
		{"withdrew from a town", "Russian troops withdrew from the town of Kupiansk on Sunday.",
			"withdrew", "Strategic developments/Non-violent transfer of territory"},
		// A state freeing another country's nationals in a trade between
		// states at peace is no conflict's exchange; soldiers freed in a
		// swap are.
		{"nationals swapped", "Three Frenchmen held in Iran were released on Thursday in return for an engineer jailed in Paris.",
			"released", ""},
		{"civilian freed in a trade", "Moscow freed a Swiss journalist on Tuesday under a deal brokered by Turkey.",
			"freed", ""},
		{"people named by nation freed", "Caracas released four Colombians on Friday in exchange for a Venezuelan businessman held in Bogota.",
			"released", ""},
		{"nationals freed under a truce", "Israel freed 30 Palestinian detainees from its jails on Sunday, the second day of a truce brokered by Egypt.",
			"freed", "Strategic developments/Agreement"},
		{"prisoners freed for hostages", "Israel freed 39 Palestinian prisoners on Saturday in return for 13 Israeli hostages held in Gaza.",
			"freed", "Strategic developments/Agreement"},
		{"prisoners freed for nationals", "Israel released 30 Palestinian prisoners from its jails on Sunday in exchange for four Israelis.",
			"released", "Strategic developments/Agreement"},
		{"servicemen freed in a swap", "Kyiv released 52 Russian servicemen on Sunday in a swap mediated by Qatar.",
			"released", "Strategic developments/Agreement"},
	}, false)
}
