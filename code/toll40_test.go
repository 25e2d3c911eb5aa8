package code_test

import "testing"

// TestToll40SetAlight checks that people a crowd sets on fire ("beat and
// set alight a man", "set on fire two men") are counted dead, and that
// the toll read after the second verb stays with the one attack the two
// verbs tell. Things set on fire count no one. Sentences of our own.
func TestToll40SetAlight(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "set on fire a count", text: "Villagers in Kisumu county beat and set on fire two men suspected of stealing cattle on Saturday, police said.", dead: 2, injured: -1},
		{name: "set alight one victim", text: "A mob in the market town of Ilesa beat and set alight a woman accused of witchcraft on Thursday, residents said.", dead: 1, injured: -1},
		{name: "buses set ablaze", text: "Protesters set ablaze three buses and a police station in the town of Mbale on Monday.", dead: -2, injured: -1},
		{name: "oil plants set ablaze", text: "Drones struck and set ablaze two Saudi Aramco oil facilities in the east on Saturday, officials said.", dead: -2, injured: -1},
		{name: "vehicles set on fire", text: "Rioters set on fire two police vehicles outside the governor's office in Jos on Tuesday.", dead: -2, injured: -1},
	})
}

// TestToll40ThemKilled checks that people counted as the object of one
// verb and killed by a later verb of the same subject, told with "them"
// (", interrogated them and then executed them", "and later shot them
// dead"), are the toll; a later verb that does not kill them ("released
// them") or kills only "one of them" gives no such toll.
func TestToll40ThemKilled(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "later burned them alive", text: "Gunmen abducted six traders on the road to Gusau on Sunday, robbed them and later burned them alive, police said.", dead: 6, injured: -1},
		{name: "killed all of them", text: "Militiamen captured four fishermen on the lake near Kalemie, tied them up and then killed all of them, survivors said.", dead: 4, injured: -1},
		{name: "beat them to death", text: "Rebels kidnapped three aid workers near Mopti, held them for a week and beat them to death, the agency said.", dead: 3, injured: -1},
		{name: "then executed them", text: "Soldiers detained nine young men at a checkpoint near Gao, interrogated them and then executed them, a rights group said.", dead: 9, injured: -1},
		{name: "released them", text: "Police arrested 13 suspected gang members in Lagos on Monday and later released them without charge.", dead: -2, injured: -1},
		{name: "one of them set on fire", text: "A crowd in Kananga beat two men accused of theft and set one of them on fire on Sunday.", dead: -2, injured: -1},
	})
}

// TestToll40ViolentHead checks that a toll told after a protest word
// folded into a blockade goes to the shooting, not to the blockade, and
// that an event of words ("ruled out a vote") takes no toll through a
// folded word of violence. Sentences of our own.
func TestToll40ViolentHead(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "wounded with the shooting", text: "Soldiers opened fire on farmers who had blocked a highway near Kitale on Monday to protest against land seizures, killing two men and wounding at least eight others, a local official said.", on: "ASSAULT firearms", dead: 2, injured: 8},
		{name: "no toll on a rejection", text: "The prime minister ruled out a snap vote on Monday, rejecting the central demand of a movement that has filled the streets since a bridge collapse in Tarnow killed 20 people last spring.", dead: -2, injured: -1},
	})
}
