package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A fight noun that is the object of a fight verb names the act the verb
// tells: "fought running battles" is one clash.
func TestPrec43FightObjectOneClash(t *testing.T) {
	for _, text := range []string{
		"Supporters of the two candidates fought running battles in the streets of Lilongwe, throwing stones and torching cars.",
		"Rival militias fought pitched battles for control of the oil terminal at Zawiya overnight, residents said.",
		"Two rival factions of the Gulf Clan fought running battles across several neighbourhoods of Medellin over the weekend, leaving at least nine people dead, the mayor said.",
	} {
		if got := eventsOf(t, text, "2024-05-01", truce.Assault); len(got) != 1 {
			t.Errorf("%q: want one clash, got %d: %+v", text, len(got), got)
		}
	}
}

// A comma participle of a riot, with no subject of its own, tells how the
// riot was fought; a second participle joined by "and" does too.
func TestPrec43RiotParticipleOneRiot(t *testing.T) {
	for _, text := range []string{
		"Demonstrators clashed with riot police outside parliament in Nairobi, hurling rocks and setting tyres ablaze.",
		"Protesters fought running battles with gendarmes in Bamako, hurling stones at armoured vehicles.",
		"Opposition supporters fought running battles with riot police in Conakry on Monday, hurling rocks and burning tyres.",
	} {
		if got := eventsOf(t, text, "2024-05-01", truce.Protest); len(got) != 1 {
			t.Errorf("%q: want one riot, got %d: %+v", text, len(got), got)
		}
	}
}

// A riot told in a clause of its own, with its own subject and verb, stays
// an event of its own.
func TestPrec43RiotOwnClauseStays(t *testing.T) {
	text := "Protesters blocked roads in Lome on Monday, and in Kara youths were hurling stones at gendarmes."
	if got := eventsOf(t, text, "2024-05-01", truce.Protest); len(got) != 2 {
		t.Errorf("%q: want two protests, got %d: %+v", text, len(got), got)
	}
}
