package code_test

import "testing"

// ACLED labels read across sentences (round 27), in sentences of our own.
func TestACLED27(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// Police or troops acting on the crowd in the next sentence
		// make the protest itself one with intervention, or excessive
		// force when they kill.
		{"tear gas in the next sentence", "Several thousand nurses marched on the health ministry in Blantyre on Tuesday, demanding unpaid allowances. Police fired tear gas and detained 14 of them, a union official said.",
			"marched", "Protests/Protest with intervention"},
		{"road cleared in the next sentence", "Hundreds of traders blocked the main bridge into Mwanza on Friday over new market fees. Riot police dispersed them with batons and arrested their leaders.",
			"blocked", "Protests/Protest with intervention"},
		{"shots in the next sentence", "Crowds rallied outside the governor's office in Kano on Monday against fuel prices. Soldiers opened fire on the demonstrators, killing four, witnesses said.",
			"rallied", "Protests/Excessive force against protesters"},
		// Force set apart, in another town or on another crowd, leaves
		// the protest peaceful; so does a protest told as calm.
		{"force in another town", "Thousands of teachers marched through Lusaka on Monday over late salaries. In nearby Ndola, however, police fired tear gas to break up students blocking a road.",
			"marched", "Protests/Peaceful protest"},
		{"protest told as peaceful", "In Kitwe and Chingola crowds also marched peacefully. Police detained 20 people in Lusaka after clashes near the state house.",
			"marched", "Protests/Peaceful protest"},
		// A detention after a protest is an arrest, not the protest
		// broken up, when it names a charge or a suspicion, or when the
		// protest was said to have passed calmly; clashes told with it
		// keep it the protest's.
		{"held on suspicion after a march", "Several hundred students marched to the education ministry in Lilongwe on Monday. Police later arrested eleven men suspected of stoning a bus.",
			"arrested", "Strategic developments/Arrests"},
		{"held accused of looting after a rally", "Hundreds of market vendors rallied outside the city council in Kisumu on Friday. Officers detained 14 people accused of looting stalls, a police commander said.",
			"detained", "Strategic developments/Arrests"},
		{"held after a calm rally", "Farmers rallied outside the regional assembly in Zomba on Friday. The rally passed off without incident. On Saturday police detained two of its organisers at their homes.",
			"detained", "Strategic developments/Arrests"},
		{"held after clashes", "Farmers rallied outside the regional assembly in Zomba. Police detained 30 people after clashes near the assembly.",
			"detained", "Protests/Protest with intervention"},
		// Gang members held, or people held in a sweep against gangs,
		// are police work against crime: no ACLED label. Opponents held
		// in the same story keep theirs.
		{"gang members held", "Police in San Pedro Sula arrested 40 members of the Barrio 18 gang on Monday, the security ministry said.",
			"arrested", ""},
		{"people held after gang killings", "Jamaica declared a state of emergency in three parishes on Sunday after a wave of gang killings. Police arrested 35 people on the first day, the security minister said.",
			"arrested", ""},
		{"opponents held after gang killings", "Jamaica declared a state of emergency in three parishes on Sunday after a wave of gang killings. Police arrested 35 opposition activists on the first day, their party said.",
			"arrested", "Strategic developments/Arrests"},
	}, false)
}
