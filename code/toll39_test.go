package code_test

import "testing"

// TestToll39SaidAfterCount checks that a list closed by a verb of saying
// whose last sayer carries a count ("a doctor and three witnesses said")
// names who gives the toll, not more dead. Sentences of our own.
func TestToll39SaidAfterCount(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "two residents said", text: "A drone strike hit a crowded square in the town of Dessie on Sunday, killing at least 26 people, a hospital official and two residents said.", dead: 26, injured: -1},
		{name: "three witnesses said", text: "Gunmen attacked a cattle market in Kano on Friday, killing 14 people, a police spokesman and three witnesses said.", dead: 14, injured: -1},
		{name: "two nurses told", text: "An air strike on a fuel depot near Hodeidah on Monday killed nine people, a local official and two nurses told reporters.", dead: 9, injured: -1},
		{name: "list still summed", text: "Rebels ambushed a convoy near Beni on Tuesday, killing four soldiers, a driver and two porters.", dead: 7, injured: -1},
	})
}

// TestToll39OfThemClause checks that "and one of them struck ..." after
// a toll opens a clause about the weapons, not one more victim.
func TestToll39OfThemClause(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "one of them struck", text: "Russia fired dozens of missiles at Ukrainian cities on Monday, killing at least 36 people, and one of them struck a maternity ward in Dnipro, officials said.", dead: 36, injured: -1},
		{name: "two of them hit", text: "Rebels shelled the town of Goma on Monday, killing nine people, and two of them hit a school, the mayor said.", dead: 9, injured: -1},
		{name: "one of them landed", text: "Militants fired rockets at the air base on Friday, wounding 12 soldiers, and one of them landed on a hangar.", dead: -1, injured: 12},
	})
}

// TestToll39OwnerCount checks that a count of members of an owner named
// with "'s" ("five of the group's fighters") is a toll, as "five of its
// fighters" is, not a part of a toll told elsewhere.
func TestToll39OwnerCount(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "group's fighters", text: "French jets bombed rebel camps across northern Mali on Tuesday. A spokesman for the rebels said seven of the group's fighters had been killed and four wounded.", on: "French jets", dead: 7, injured: 4},
		{name: "army's soldiers", text: "Insurgents attacked an army convoy near Mopti on Sunday. Officials said three of the army's soldiers were killed.", on: "Insurgents attacked", dead: 3, injured: -1},
		{name: "movement's commanders", text: "Israeli aircraft struck a compound in southern Lebanon on Friday. The militia said two of the movement's senior commanders had died.", on: "Israeli aircraft", dead: 2, injured: -1},
		{name: "its still works", text: "The ministry said six of its officers were wounded in the clashes near the border.", dead: -1, injured: 6},
	})
}
