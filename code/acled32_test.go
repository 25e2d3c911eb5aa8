package code_test

import "testing"

// ACLED recodings of round 32 (acled32_*.go), in sentences of our own.
func TestACLED32BackdropProtest(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// A strike told as the backdrop of a violent act told by its own
		// event is a peaceful protest; the violence keeps its label.
		{"strike called by the union", "The teachers' union, which called the national strike over salaries, said soldiers had fired live rounds at a crowd of pupils in Bukavu.",
			"strike", "Protests/Peaceful protest"},
		{"day of a strike", "Pickets armed with iron bars clashed with police near the parliament in Sofia on Tuesday, the fourth day of a national strike over pensions called by the CITUB union.",
			"strike", "Protests/Peaceful protest"},
		{"the clash stays a riot", "Pickets armed with iron bars clashed with police near the parliament in Sofia on Tuesday, the fourth day of a national strike over pensions called by the CITUB union.",
			"pickets", "Riots/Violent demonstration"},
		// Protests that are the sentence's subject keep the riot.
		{"days of protests ended in a riot", "Days of protests ended with rioters torching the governor's office in Jos on Monday.",
			"protests", "Riots/Violent demonstration"},
		// A strike that is the act itself keeps its label.
		{"rioting that began with a strike", "At least nine people were killed in three days of rioting and arson in the port city that began with a dockworkers' strike over wages, the governor said.",
			"strike", "Riots/Violent demonstration"},
	}, false)
}

func TestACLED32SymbolBurnt(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// Burning an effigy, a model or a flag is a peaceful protest.
		{"effigy burnt", "In Lahore, dozens of students burned an effigy of the Afghan interior minister near the consulate, police said.",
			"burned", "Protests/Peaceful protest"},
		{"model burnt at a rally", "About 300 villagers rallied outside the provincial office in Tuy Hoa on Friday, burning a paper model of a bauxite mine and demanding its closure.",
			"rallied", "Protests/Peaceful protest"},
		{"flags burnt on a march", "Hundreds of nurses marched to the health ministry in Nairobi on Tuesday and burned flags of the ruling party.",
			"marched", "Protests/Peaceful protest"},
		// Stones thrown beside the symbol, or tyres burnt, stay a riot.
		{"portraits and stones", "Protesters burned portraits of the president and hurled stones at police in Conakry on Monday.",
			"burned", "Riots/Violent demonstration"},
		{"tyres burnt", "Youths burned tyres and cars in the suburbs of Dakar overnight.",
			"burned", "Riots/Violent demonstration"},
	}, false)
}

func TestACLED32OneProtester(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// One protester named among the victims tells a protest as the
		// plural does: the state's fire on it is excessive force.
		{"a protester killed", "Police fired live rounds at villagers blocking a road near Tarija on Monday, killing a 20-year-old protester and wounding three others.",
			"fired", "Protests/Excessive force against protesters"},
		{"a demonstrator shot", "Soldiers shot dead a demonstrator outside the governor's office in Kisumu on Friday, witnesses said.",
			"shot", "Protests/Excessive force against protesters"},
		// A shooting with no protest told stays an attack.
		{"a robber shot", "Police shot dead a suspected robber in Kisumu on Friday, witnesses said.",
			"shot", "Violence against civilians/Attack"},
	}, false)
}

func TestACLED32OnlyCalled(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// A strike or protest only called has no label.
		{"called a strike", "The taxi drivers' association called a nationwide strike, its leader said on Sunday.",
			"called a nationwide strike", ""},
		{"called for protests", "Student groups called for fresh protests in Dakar next week.",
			"called for", ""},
		// A name given to a protest held is no call.
		{"what organisers called a march", "Thousands of people filled the square on Saturday for what organisers called a march for dignity.",
			"march", "Protests/Peaceful protest"},
	}, false)
}

func TestACLED32ShotBeforeProtest(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// A shooting told just before the protest it met.
		{"protest told after the toll", "Police shot dead at least nine people in Lilongwe on Thursday, a doctors' union said. Thousands of people had marched on parliament against a rise in bread prices.",
			"shot", "Protests/Excessive force against protesters"},
		// A protest set apart, or held against the killing, leaves it an attack.
		{"protest set apart", "Soldiers shot dead four people at a checkpoint outside Bunia on Friday, residents said. Separately, hundreds of teachers rallied in Kinshasa over unpaid salaries.",
			"shot", "Violence against civilians/Attack"},
		{"protest after the killing", "Troops opened fire on villagers near Mopti on Saturday, killing eleven people, local officials said. Hundreds of students rallied in the town the next day to demand an inquiry.",
			"opened fire", "Violence against civilians/Attack"},
	}, false)
}

func TestACLED32BodiesFound(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// Bodies found after force on marchers make the force excessive.
		{"bodies found after beatings", "Five bodies were found in a river outside Conakry after two days of protests, a rights group said, accusing gendarmes of beating marchers and chasing them across the bridge.",
			"beating", "Protests/Excessive force against protesters"},
		// A beating with no dead stays an intervention.
		{"marchers beaten", "Riot police beat marchers with batons outside the parliament in Kampala on Tuesday, witnesses said.",
			"beat", "Protests/Protest with intervention"},
	}, false)
}
