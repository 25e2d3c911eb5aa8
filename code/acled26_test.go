package code_test

import "testing"

// ACLED labels for constructions common to several batches of wire copy
// written by others, in sentences of our own (round 26).
func TestACLED26(t *testing.T) {
	runACLEDCases(t, []acledCase{
		// A crowd that plunders shops where no protest is told is a mob,
		// not a demonstration turned violent.
		{"crowds looted and burned shops", "Crowds looted and burned shops in Honiara on Friday after the city's guards went unpaid.",
			"", "Riots/Mob violence"},
		{"looters ransacked warehouses", "Looters ransacked several warehouses across Lilongwe overnight, the district commissioner said.",
			"", "Riots/Mob violence"},
		{"crowds plundered shops", "Angry crowds plundered shops owned by traders from Chad in the town of Bossembele on Sunday.",
			"", "Riots/Mob violence"},
		// Told beside a protest, the looting is the demonstration's.
		{"looting beside protesters", "Crowds looted shops in Blantyre as protesters clashed with police over fuel prices.",
			"", "Riots/Violent demonstration"},
		// A noun of two-sided fighting with an armed side is a battle,
		// though the dead are civilians or a side is borrowed from
		// another clause.
		{"fighting killed people, side borrowed", "Sudan and South Sudan agreed to pull back their forces after fighting near the Heglig oil field killed 40 people, officials said.",
			"fighting", "Battles/Armed clash"},
		{"clashes killed fighters and a shepherd", "Two armed groups in the southern Libyan city of Sabha exchanged nine detainees on Friday under a deal brokered by local notables, ending days of clashes that killed three fighters and a young shepherd.",
			"clashes", "Battles/Armed clash"},
		// Between two named civilian groups, it is an armed clash
		// (acled31PairFight; the dev gold gives it so 7 times in 8).
		{"clashes between herders and fishermen", "Clashes between herders and fishermen near Kousseri in Cameroon killed nine people.",
			"clashes", "Battles/Armed clash"},
		// Guns named first beside drones decide: the barrage is
		// shelling; manned aircraft beside guns strike from the air.
		{"artillery and drones struck", "Ethiopian artillery and drones struck the town of Humera and nearby villages overnight.",
			"struck", "Explosions/Remote violence/Shelling/artillery/missile attack"},
		{"artillery and drones pounded", "Eleven soldiers were killed when Eritrean artillery and drones pounded positions near Zalambessa overnight.",
			"pounded", "Explosions/Remote violence/Shelling/artillery/missile attack"},
		{"artillery and jets struck", "Ethiopian artillery and jets struck the town of Humera and nearby villages overnight.",
			"struck", "Explosions/Remote violence/Air/drone strike"},
	}, false)
}
