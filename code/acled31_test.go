package code_test

import "testing"

// ACLED recodings of round 31 (acled31_clash.go), in sentences of our own.
func TestACLED31PairFight(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// Two named parties that fight each other are armed groups in a
		// clash, though both are civilians.
		{"clashes between herders and fishermen", "Clashes between cattle herders and fishermen along the Logone killed nine people on Monday, officials said.",
			"clashes", "Battles/Armed clash"},
		{"two groups that fought", "Fishermen and farmers fought with machetes and shotguns near Lake Mweru on Sunday, killing five people, a local official said.",
			"fought", "Battles/Armed clash"},
		{"members of two tribes fought", "Members of two tribes fought with rifles over grazing land north of Nasiriyah on Monday, leaving four men dead, police said.",
			"fought", "Battles/Armed clash"},
		{"gunfight between two clans", "A gunfight between two clans left three men dead near the village of Garbatulla on Tuesday, police said.",
			"gunfight", "Battles/Armed clash"},
		// Unnamed sides that clash stay a mob's violence.
		{"young men clashed", "Groups of young men clashed on the streets of the old town on Saturday night, police said.",
			"clashed", "Riots/Mob violence"},
	}, false)
}

func TestACLED31TroopsHeld(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// Detentions by soldiers are arrests, a protest told or not.
		{"army detained after protests", "The army said it had detained twelve people after two days of protests over fuel prices in Bamako.",
			"detained", "Strategic developments/Arrests"},
		{"soldiers arrested after a march", "Thousands of students marched in Conakry on Monday against school fees. Soldiers later arrested eight people, the army said.",
			"arrested", "Strategic developments/Arrests"},
		// The police's detentions after a march stay its intervention.
		{"police arrested after a march", "Thousands of students marched in Conakry on Monday against school fees. Police later arrested eight people, the police said.",
			"arrested", "Protests/Protest with intervention"},
	}, false)
}

func TestACLED31Blasts(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// A blast the story gives to a bomber is a suicide bombing.
		{"second blast after a bomber", "A suicide bomber blew himself up at a checkpoint in Bannu on Monday, killing four soldiers. Hours later a second blast at a market in Lakki Marwat killed three people.",
			"blast", "Explosions/Remote violence/Suicide bomb"},
		// A bare blast beside grenades is a grenade's.
		{"second blast after grenades", "Unknown attackers threw grenades at a bus stop in Ngozi on Saturday, wounding nine people, and a second blast an hour later hurt four people near the stadium.",
			"blast", "Explosions/Remote violence/Grenade"},
		{"explosion, grenade told after", "An explosion tore through a wedding party in Gitega on Sunday night, killing two guests. Police said a grenade had been thrown from a passing car.",
			"explosion", "Explosions/Remote violence/Grenade"},
		// A bare blast after a car bomb stays a planted bomb's.
		{"second blast after a car bomb", "A car bomb exploded outside a police station in Quetta on Monday, killing three officers. A second blast near the market wounded six people.",
			"blast", "Explosions/Remote violence/Remote explosive/landmine/IED"},
	}, false)
}
