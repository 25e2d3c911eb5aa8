package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// TestToll37SidesCounted checks a fight between two of one kind of group
// ("between two gangs", "between the clans' militias"): the group is on
// both sides, and the dead it left are its toll, not its foe. Sentences
// of our own.
func TestToll37SidesCounted(t *testing.T) {
	tests := []struct{ name, text, side string }{
		{"two gangs", "A shootout between two gangs in Kingston, Jamaica, killed five young men on Friday.", "JAMCRM"},
		{"two armed groups", "Clashes between two armed groups in Misrata, Libya, killed four fighters overnight.", "LBYMLT"},
		{"plural owner", "Two days of fighting between the clans' militias in Beledweyne, Somalia, killed eleven people.", "SOMMLT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, truce.Assault, tt.side, tt.side, "", "")
		})
	}
	checkTolls(t, []tollCase{
		{name: "toll kept", text: "A shootout between two gangs in Kingston, Jamaica, killed five young men on Friday.", dead: 5, injured: -1},
	})
}

// TestToll37SidesCountedNot checks that a fight between two named sides
// keeps them apart: the police are not their own foe.
func TestToll37SidesCountedNot(t *testing.T) {
	wantSides(t, "Clashes between police and two gunmen in Tripoli, Libya, killed three people.", truce.Assault, "LBYCOP", "", "", "LBYCOP")
}

// TestToll37Tally checks that a toll summed over years ("has killed 6,000
// since the insurgency began in 1996") is no toll of the attack told just
// before it, while the attack keeps its own.
func TestToll37Tally(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "year in relative clause", text: "Rebels ambushed an army convoy near Beni on Monday, wounding three soldiers. The insurgency, which began in 1996, has killed more than 6,000 people.", dead: -2, injured: 3},
		{name: "since a clause with a year", text: "Militants lobbed a grenade at a police post in Yala on Monday, wounding two officers. More than 7,000 people have died since the insurgency flared in 2004.", dead: -2, injured: 2},
		{name: "since a year", text: "A mob burned two shops in Kangpokpi on Tuesday. Ethnic violence in the state has killed more than 200 people since May 2023.", dead: -2, injured: -1},
	})
}

// TestToll37TallyNot checks that a toll told since a day of the week
// still counts the attack before it.
func TestToll37TallyNot(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "since friday", text: "Troops and rebels clashed near Kidal in northern Mali on Friday. At least twelve people have been killed since Friday, a local official said.", dead: 12, injured: -1},
	})
}

// TestToll37Age checks that an age set off by commas after a person is
// no count of the dead: "Ahmed Saleh, 19, was shot dead" killed one.
func TestToll37Age(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "named victim", text: "Ahmed Saleh, 19, was shot dead by soldiers at a checkpoint near Nablus on Monday.", dead: 1, injured: -1},
		{name: "list goes on", text: "Police said Jorge Ruiz, 41, and his son were killed when gunmen attacked their ranch near Culiacan.", dead: 2, injured: -1},
		{name: "role noun", text: "Gunmen killed a farmer, 52, and his two daughters in an attack on a village near Kaduna.", dead: 3, injured: -1},
		{name: "cause of a protest", text: "Riot police fired tear gas at crowds in Mashhad on Friday. Protests have spread since Leila Karimi, 23, died in custody.", dead: -2, injured: -1},
	})
}

// TestToll37ProtestCause checks that the dead a protest is about are not
// its toll, while the dead of the protest itself are.
func TestToll37ProtestCause(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "mark since", text: "Tens of thousands blocked the bridges of Mostar on Saturday to mark a month since a dam burst and killed 14 people.", dead: -2, injured: -1},
		{name: "deaths of", text: "The minister resigned on Friday after weeks of protests led by students over the deaths of nine people in a hospital in Tirana.", dead: -2, injured: -1},
		{name: "own dead", text: "Days of protests over fuel prices that left seven people dead ended on Sunday in Quito, Ecuador.", dead: 7, injured: -1, on: "PROTEST demo"},
	})
}

// TestToll37Accident checks that a killing done by an accident or a
// disaster ("the warehouse fire that killed 22", "the collapse of a
// school roof killed 12") codes no attack, while fire from a weapon does.
func TestToll37Accident(t *testing.T) {
	wantNone(t, truce.Assault,
		"Mourners gathered in Kavadarci on Sunday to remember the warehouse fire that killed 22 workers.",
		"Students blocked the main roads in Bogota on Monday, three weeks after the collapse of a school roof killed 12 pupils.",
		"Crowds filled the streets of Belgrade on Saturday, angry over the collapse of a station roof in Novi Sad which killed 15 people.",
	)
	checkTolls(t, []tollCase{
		{name: "sniper fire", text: "Residents buried the victims of sniper fire that killed two children in Taiz on Monday.", dead: 2, injured: -1},
		{name: "artillery fire", text: "Artillery fire killed three civilians in Kharkiv on Monday.", dead: 3, injured: -1},
	})
}

// TestToll37InAside checks that every count inside an aside naming some of
// the dead belongs to the toll before it: "Nine people, among them a
// teacher and two rangers, were killed" is nine, not eleven.
func TestToll37InAside(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "among them, subject", text: "Seven people, among them a nurse and two drivers, were killed on Monday when gunmen attacked a clinic near Kaga Bandoro.", dead: 7, injured: -1},
		{name: "several in aside", text: "Eight villagers, including a chief and several children, were killed when militiamen raided a village in Djugu on Sunday.", dead: 8, injured: -1},
		{name: "aside then more", text: "Gunmen killed 12 people, including a child, and wounded 30 in an attack on a market in Kaduna on Friday.", dead: 12, injured: 30},
	})
}

// TestToll37VehicleDevices checks a vehicle striking planted devices told
// in the plural or with no word between: an attack with explosives whose
// riders are its victims.
func TestToll37VehicleDevices(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "plural devices", text: "Six soldiers were killed on Monday when their trucks struck improvised explosive devices near Menaka, Mali.", dead: 6, injured: -1, on: "ASSAULT explosives"},
		{name: "roadside bombs", text: "Three policemen were wounded when their patrol car hit roadside bombs near Lamu, Kenya.", dead: -1, injured: 3, on: "ASSAULT explosives"},
	})
}

// TestToll37Apart checks that a toll told in a sentence set apart from
// the one before ("Separately, …", "Elsewhere, …") does not update the
// attack told before it, while a plain next sentence does.
func TestToll37Apart(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "separately", text: "Rebels attacked an army post near Kandi on Tuesday. Separately, four forest rangers were wounded near Banikoara.", dead: -1, injured: -2},
		{name: "elsewhere", text: "Gunmen attacked a police station in Zamfara on Monday. Elsewhere, three farmers were killed near Gusau.", dead: 3, injured: -1, on: "Elsewhere"},
		{name: "plain update", text: "Rebels attacked an army post near Kandi on Tuesday. Four soldiers were wounded, the army said.", dead: -1, injured: 4},
	})
}

// TestToll37ApartOwnEvent checks that a killing set apart from the attack
// before it is an event of its own, and the attack gets none of its dead.
func TestToll37ApartOwnEvent(t *testing.T) {
	x := mustExtract(t, "Gunmen attacked a police station in Zamfara on Monday. Elsewhere, three farmers were killed near Gusau.", "2024-03-12")
	for _, e := range x.Events {
		if strings.Contains(e.Evidence.Sentence, "police station") && e.Fatalities != nil {
			t.Errorf("the attack on the station carries %d dead, want none", e.Fatalities.Min)
		}
	}
}

// TestToll37StatesForcesNotCounted: "the two forces" in a story of two
// states are one force of each, not one force fighting itself.
func TestToll37StatesForcesNotCounted(t *testing.T) {
	x := mustExtract(t, "Indian and Pakistani troops traded fire along the frontier on Monday. Sporadic exchanges of fire between the two forces were reported in the Poonch area overnight, local officials said.", "2025-05-12")
	for _, e := range x.Events {
		if e.Type != truce.Assault || !strings.Contains(e.Evidence.Sentence, "two forces") {
			continue
		}
		for _, s := range e.Source {
			for _, g := range e.Target {
				if s.Country != "" && s.Country == g.Country && s.Sector == g.Sector {
					t.Errorf("one force on both sides of %q: %s -> %s", e.Evidence.Sentence, s.ID, g.ID)
				}
			}
		}
	}
}
