package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// Tolls the round toll47 fixed, on sentences of our own.

// toll47Toll returns the toll of the given field ("dead" or "hurt") of the
// first event told in the sentence holding on, or nil.
func toll47Toll(evs []truce.Event, on, field string) *truce.Count {
	for _, e := range evs {
		if !strings.Contains(e.Evidence.Sentence, on) {
			continue
		}
		if field == "dead" {
			return e.Fatalities
		}
		return e.Injuries
	}
	return nil
}

// toll47Carries reports whether some event carries a toll of n in the
// field.
func toll47Carries(evs []truce.Event, field string, n int) bool {
	for _, e := range evs {
		c := e.Injuries
		if field == "dead" {
			c = e.Fatalities
		}
		if c != nil && c.Min == n {
			return true
		}
	}
	return false
}

// A number word the tagger takes for an adjective or a noun ("ten",
// "twelve", "twenty") is still a count: the count told before it in the
// sentence keeps its own verb and does not take the toll word of the
// number word's clause.
func TestTollNumberWordsToll47(t *testing.T) {
	cases := []struct {
		name, text  string
		field       string
		want, never int
	}{
		{"detained then ten hurt", "Riot police fired tear gas at protesters in the capital on Sunday. Officials said 62 people had been detained and that ten officers had been hurt.", "hurt", 10, 62},
		{"arrested then twelve injured", "Police fired rubber bullets at rioters in the port city on Friday. The ministry said 85 people had been arrested overnight and that twelve officers had been injured.", "hurt", 12, 85},
		{"held then twenty wounded", "Troops fired on a crowd outside the governor's office on Monday. A rights group said 140 people had been held and that twenty protesters had been wounded.", "hurt", 20, 140},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			evs := mustExtract(t, tt.text, "2024-03-12").Events
			if !toll47Carries(evs, tt.field, tt.want) || toll47Carries(evs, tt.field, tt.never) {
				t.Errorf("want a toll of %d %s and none of %d", tt.want, tt.field, tt.never)
				for _, e := range evs {
					t.Logf("  %s %s dead %v injured %v: %s", e.Type, e.Mode, e.Fatalities, e.Injuries, e.Evidence.Sentence)
				}
			}
		})
	}
	// Number words that were read right before stay read.
	checkTolls(t, []tollCase{
		{name: "ten soldiers and three civilians", text: "Ten soldiers and three civilians were killed when militants attacked a base near Kidal on Monday.", dead: 13, injured: -1},
		{name: "eleven killed and twenty injured", text: "A bomb exploded at a bus station in Quetta on Monday. Police said eleven people were killed and twenty injured.", dead: 11, injured: 20},
		{name: "thirty gunmen killed ten villagers", text: "About thirty gunmen killed ten villagers in an attack on a farming community in Zamfara on Monday.", dead: 10, injured: -1},
	})
}

// A toll told in a sentence of its own after the story moved from its
// lead fighting to a taking of ground counts the fighting the story leads
// with, not the taking told last.
func TestTollLeadAfterTakingToll47(t *testing.T) {
	cases := []struct {
		name, text, lead, taking string
		dead                     int
	}{
		{"bodies after a brigade took the district",
			"BENGHAZI, June 3 - Heavy fighting broke out between rival militias in the port city on Sunday. Fighters of the Coastal Brigade seized the harbour district by Monday morning, officials said. Medics said they had recovered nine bodies.",
			"Heavy fighting broke out", "seized the harbour district", 9},
		{"battle toll after the town changed hands",
			"Ethiopian troops recaptured the town of Dera after heavy fighting with rebels on Friday, state media said. The rebels had seized the town in March. The battle for Dera has killed 25 soldiers, a local official said.",
			"recaptured the town of Dera", "had seized the town", 25},
		{"dead after the attackers took the posts",
			"Rebels attacked army posts around the town of Kidal on Saturday. They seized two of the posts after several hours. Eleven soldiers were killed, the army said.",
			"attacked army posts", "seized two of the posts", 11},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			evs := mustExtract(t, tt.text, "2024-03-12").Events
			lead, taking := toll47Toll(evs, tt.lead, "dead"), toll47Toll(evs, tt.taking, "dead")
			if lead == nil || lead.Min != tt.dead || taking != nil {
				t.Errorf("want %d dead on the lead act and none on the taking, got %v and %v", tt.dead, lead, taking)
				for _, e := range evs {
					t.Logf("  %s %s dead %v injured %v: %s", e.Type, e.Mode, e.Fatalities, e.Injuries, e.Evidence.Sentence)
				}
			}
		})
	}
	// A taking told first keeps the toll told after it.
	checkTolls(t, []tollCase{
		{name: "taking leads the story", text: "Rebels seized the town of Menaka on Sunday after a day of fighting. Fourteen soldiers were killed, the army said.", dead: 14, injured: -1, on: "seized the town of Menaka"},
	})
}

// A toll told first in a sentence by a passive with no doer, with a later
// act of the sentence joined by ", and", counts the attack told before
// the sentence; an aside naming who was among the toll may run past a
// dozen words. A toll tied to the later act by "when" stays with it.
func TestTollFrontedToll47(t *testing.T) {
	cases := []struct {
		name, text, on, field string
		want                  int
	}{
		{"wounded with a long aside, then the attacker shot",
			"A gunman shot dead a judge outside a courthouse in Guayaquil on Monday. Four other people, among them a court clerk and two officers of the judicial police, were wounded, and the attacker was shot dead by guards.",
			"shot dead a judge", "hurt", 4},
		{"killed and wounded, then a claim of a repelled assault",
			"Rebels shelled the town of Kalehe on Sunday. The army said 14 civilians were killed and 30 wounded, and that its troops had repelled an assault on a nearby base.",
			"Rebels shelled the town", "dead", 14},
		{"the wounded of the same claim",
			"Rebels shelled the town of Kalehe on Sunday. The army said 14 civilians were killed and 30 wounded, and that its troops had repelled an assault on a nearby base.",
			"Rebels shelled the town", "hurt", 30},
		{"a separate incident keeps its own toll",
			"Gunmen attacked a bus near Jos on Friday. Separately, two soldiers were killed, and rebels seized a base near Maiduguri.",
			"Separately, two soldiers", "dead", 2},
		{"tied to the later act by when",
			"Gunmen attacked a bus near Jos on Friday. Six passengers were killed when the attackers opened fire, and police later arrested three suspects.",
			"Six passengers were killed when", "dead", 6},
	}
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			evs := mustExtract(t, tt.text, "2024-03-12").Events
			if c := toll47Toll(evs, tt.on, tt.field); c == nil || c.Min != tt.want {
				t.Errorf("want %d %s on the event told in %q, got %v", tt.want, tt.field, tt.on, c)
				for _, e := range evs {
					t.Logf("  %s %s dead %v injured %v: %s", e.Type, e.Mode, e.Fatalities, e.Injuries, e.Evidence.Sentence)
				}
			}
		})
	}
	// A long aside on who was among the wounded no longer hides the toll.
	checkTolls(t, []tollCase{
		{name: "long aside before were wounded", text: "Seven people, among them a deputy of the regional assembly and three officers of the municipal guard, were wounded in a grenade attack on a market in Cali on Sunday.", dead: -1, injured: 7},
	})
}
