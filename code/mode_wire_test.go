package code_test

import "testing"

// TestModeWire probes the PLOVER mode on constructions that blind wire copy
// uses and the coder once got wrong, each in our own words: soldiers
// deployed together with police stay troops ("sent 800 soldiers and police
// officers"), donors are asked for help, a crowd's arson is a riot, armed
// men fire guns, forces ordered into action are troops, a warning that
// foreigners could be expelled threatens expulsion, and the state's forces
// breaking up a rally use crowd control. typ and mode may list
// alternatives with "|".
func TestModeWire(t *testing.T) {
	tests := []modeCase{
		// Soldiers deployed with police are troops.
		{"MOBILIZE", "troops", "Burundi started sending 800 soldiers and police officers to the Central African Republic on Monday."},
		{"MOBILIZE", "troops", "The president ordered the military to deploy alongside the police in the capital."},
		{"MOBILIZE", "troops", "Chile deployed troops and riot police to the southern region of Araucania."},
		// Donors are asked for help, whatever the words.
		{"REQUEST", "assist", "The UN refugee agency appealed to donors to fund its operations in Chad."},
		{"REQUEST", "assist", "The WFP urged donor countries to dig into their pockets for Haiti."},
		// A crowd's arson is a riot, even on named people's homes.
		{"PROTEST", "riot", "Crowds set fire to the homes of three opposition lawmakers in the town."},
		{"PROTEST", "riot", "Angry villagers torched a police station in Kasese on Monday."},
		{"PROTEST", "riot", "Enraged residents burned down the district office after the shooting."},
		// Armed men and a force's firing are gunfire.
		{"ASSAULT", "firearms", "Around 20 heavily armed men ambushed an army convoy near the town of Gao on Monday, killing two soldiers."},
		{"ASSAULT", "firearms", "Masked armed men attacked a bus station in Zamfara, killing six travellers."},
		{"ASSAULT", "firearms", "Three protesters were killed in police firing in the town."},
		// Forces ordered into action are troops.
		{"MOBILIZE", "troops", "The Haitian prime minister ordered the armed forces to retake the port from the gangs."},
		{"MOBILIZE", "troops", "Quito ordered troops to secure the prisons after the riot."},
		{"MOBILIZE", "troops", "The president ordered the military to 'wipe out' the cartels in Sinaloa."},
		// A demand that people be freed asks the holder to yield.
		{"REQUEST", "yield", "Opposition parties demanded that the detained lawmakers be freed."},
		{"REQUEST", "yield", "Rights groups insisted that the jailed reporters must be released at once."},
		// A warning that foreigners could be sent away threatens expulsion.
		{"THREATEN", "expel", "Bamako warned that French soldiers stationed in the north could be expelled if the dispute continued."},
		{"THREATEN", "expel", "Juba has warned that Sudanese diplomats could be kicked out within days."},
		// State forces breaking up a protest use crowd control.
		{"ASSAULT|COERCE", "crowd-control", "Police broke up a rally in Harare."},
		{"ASSAULT|COERCE", "crowd-control", "Riot police broke up a demonstration outside the electoral commission in Lusaka."},
		// Police alone stay police.
		{"MOBILIZE", "police", "Thousands of police officers were deployed across Lagos ahead of the vote."},
	}
	runModeCases(t, tests)
}
