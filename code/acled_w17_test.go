package code_test

import "testing"

// ACLED labels for constructions from the seventeenth round of wire copy
// written by others, in sentences of our own.
func TestACLEDW17(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// Unnamed gunmen or bandits who round people up take them
		// hostage; only the state, or whoever governs the ground, arrests.
		{"armed men rounded up villagers", "Armed men on motorbikes rounded up more than forty women and children at a village market near Gusau on Tuesday.",
			"", "Violence against civilians/Abduction/forced disappearance"},
		{"gunmen rounded up worshippers", "Gunmen rounded up twenty worshippers at a church in Kafanchan on Sunday.",
			"", "Violence against civilians/Abduction/forced disappearance"},
		{"police rounded up opponents", "Police rounded up about thirty opposition activists outside the party offices in Harare.",
			"", "Strategic developments/Arrests"},
		// A crowd, with no protest told, that beats or burns people or
		// property is a mob, not a demonstration.
		{"crowd dragged and burned suspects", "A crowd in the market town of Kisii dragged four suspected robbers out of a patrol car, beat them and set them on fire, killing two.",
			"", "Riots/Mob violence"},
		{"crowd dragged a driver", "A crowd pulled a suspected thief from a police cell in Eldoret and set him on fire.",
			"", "Riots/Mob violence"},
		{"protesting crowd beat a trader", "Crowds protesting against the fuel price rise pulled a trader from his shop in Durban and set him on fire.",
			"", "Riots/Violent demonstration"},
		{"crowd burned shops", "Crowds set fire to shops and the homes of two ministers in Lilongwe overnight.",
			"", "Riots/Violent demonstration"},
		// A base or airfield handed over changes hands without a fight.
		{"handed over an airfield", "The British contingent formally handed over the airfield at Gao to Malian forces.",
			"", "Strategic developments/Non-violent transfer of territory"},
		{"handed over barracks", "The departing battalion handed over its barracks in Menaka to the national army on Friday.",
			"", "Strategic developments/Non-violent transfer of territory"},
		// A bloc deploying its own force changes what the force does,
		// with or without a place named; a force only put on alert, or
		// warships sent to a sea, are a show of force.
		{"bloc deploying standby force", "The Economic Community of West African States began deploying its standby force in the country's north on Monday.",
			"", "Strategic developments/Change to group/activity"},
		{"bloc deploying its brigade", "The East African Community has started deploying its regional brigade on Monday.",
			"", "Strategic developments/Change to group/activity"},
		{"bloc warships to a sea", "NATO sent two warships to the Baltic Sea on Monday.",
			"", ""},
		// Forces pulled out of a joint force, or leaving the country they
		// were posted in, end a deployment; leaving a town hands it over.
		{"troops out of the regional force", "Burundi withdrew its troops from the regional force in eastern Congo on Monday.",
			"", "Strategic developments/Change to group/activity"},
		{"soldiers left the country", "The last Belgian soldiers based in Mali left the country on Tuesday.",
			"", "Strategic developments/Change to group/activity"},
		{"troops left a town", "Government troops withdrew from the town of Kalemie on Monday.",
			"", "Strategic developments/Non-violent transfer of territory"},
		// Aircraft fired on, named as the object or as the subject of
		// "came under fire", are targets of ground fire, not air strikes.
		{"fired on two kinds of planes", "Rebels also opened fire on cargo and passenger aircraft at Bunia airport on Monday.",
			"", "Battles/Armed clash"},
		{"helicopter came under fire", "An army transport helicopter came under fire near Bentiu on Friday, wounding two crew.",
			"", "Battles/Armed clash"},
		// A rally told with the fire its crowd set ("rallied …, setting
		// fire to its gate") was a violent demonstration.
		{"rallied setting fire", "Thousands of opposition supporters rallied outside the Russian embassy in Chisinau on Friday, setting fire to its gate.",
			"rallied", "Riots/Violent demonstration"},
		{"marched setting fire", "Hundreds of students marched on the education ministry in Dhaka, setting fire to two police vehicles.",
			"marched", "Riots/Violent demonstration"},
	}, true)
}
