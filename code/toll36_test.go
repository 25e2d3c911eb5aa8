package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// TestToll36Aside checks a list of the dead that goes on after an aside
// naming some of those already counted: the aside adds no one, what
// follows "and" does. Sentences of our own.
func TestToll36Aside(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "n of them", text: "Rebels raided a farming village near Vell on Monday, killing four farmers, two of them women, and a teacher, officials said.", dead: 5, injured: -1},
		{name: "among them", text: "Gunmen attacked a market in Dorvik on Friday, killing six traders, among them a boy, and two police officers, the governor said.", dead: 8, injured: -1},
		{name: "including", text: "Militants ambushed a bus near Sarn on Tuesday, killing seven passengers, including a nurse, and two guards, police said.", dead: 9, injured: -1},
		{name: "aside then said", text: "Gunmen attacked a village near Gao in Mali on Saturday, killing twelve villagers, five of them children, police said.", dead: 12, injured: -1},
	})
}

// TestToll36AsideNot checks that an aside ending the toll is not summed
// with what it names.
func TestToll36AsideNot(t *testing.T) {
	x := mustExtract(t, "Gunmen attacked a village near Gao in Mali on Saturday, killing twelve villagers, five of them children, and wounding nine, police said.", "2024-03-12")
	for _, e := range x.Events {
		if e.Fatalities != nil && e.Fatalities.Min != 12 {
			t.Errorf("%s %s carries %d dead, want 12", e.Type, e.Mode, e.Fatalities.Min)
		}
	}
}

// TestToll36Another checks one more victim named with no noun of its own
// ("killed a fifth", "wounded another"): a toll of one, and the victims of
// the act just before as its target.
func TestToll36Another(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "a fifth", text: "Suspected Boko Haram fighters kidnapped four herders and killed a fifth near Monguno in Nigeria's Borno state on Sunday, residents said.", dead: 1, injured: -1},
		{name: "another", text: "Soldiers shot dead a Nigerian fisherman and wounded another near Baga on Monday, a local official said.", dead: 1, injured: 1},
	})
	x := mustExtract(t, "Suspected Boko Haram fighters kidnapped four herders and killed a fifth near Monguno in Nigeria's Borno state on Sunday, residents said.", "2024-03-12")
	var kidnapTgt, killTgt string
	for _, e := range x.Events {
		if e.Type != truce.Assault || len(e.Target) == 0 {
			continue
		}
		if e.Mode == "abduct" {
			kidnapTgt = e.Target[0].ID
		} else if e.Fatalities != nil {
			killTgt = e.Target[0].ID
		}
	}
	if kidnapTgt == "" || killTgt != kidnapTgt {
		t.Errorf("killing's target %q, want the kidnapping's %q", killTgt, kidnapTgt)
	}
}

// TestToll36AnotherNot checks that "another" with a noun of its own is
// read as a noun phrase, not as one more of the victims before.
func TestToll36AnotherNot(t *testing.T) {
	x := mustExtract(t, "Suspected Boko Haram fighters kidnapped four herders and killed another soldier near Monguno in Nigeria's Borno state on Sunday, residents said.", "2024-03-12")
	for _, e := range x.Events {
		if e.Fatalities == nil || e.Type != truce.Assault {
			continue
		}
		for _, a := range e.Target {
			if a.Sector == "CVL" {
				t.Errorf("the soldier's killing has civilian target %s", a.ID)
			}
		}
	}
}

// TestToll36CaptureThenKilling checks that a passive killing told after a
// kidnapping is an attack of its own, with the head of the relative
// clause on the victim as its target, not the people in the clause.
func TestToll36CaptureThenKilling(t *testing.T) {
	x := mustExtract(t, "Armed men on motorbikes seized dozens of pupils at a school in Nigeria's Zamfara state on Tuesday and took them into the forest. A farmer who tried to chase the kidnappers was shot dead, residents said.", "2024-03-12")
	found := false
	for _, e := range x.Events {
		if e.Type != truce.Assault || e.Fatalities == nil || e.Fatalities.Min != 1 {
			continue
		}
		found = true
		for _, a := range e.Target {
			if a.Sector != "CVL" {
				t.Errorf("the farmer's killing has target %s, want civilians", a.ID)
			}
		}
	}
	if !found {
		t.Errorf("no killing with one dead")
		for _, e := range x.Events {
			t.Logf("  %s %s dead %v: %s", e.Type, e.Mode, e.Fatalities, strings.TrimSpace(e.Evidence.Sentence))
		}
	}
}

// TestToll36WeaponRelative checks that a hit and a toll told in a "one of
// which" clause on the weapons of an attack are that attack's: one
// event, with the toll.
func TestToll36WeaponRelative(t *testing.T) {
	text := "Al-Shabaab fighters fired three mortar rounds at the town of Baidoa on Monday, one of which hit a school and killed four pupils, police said."
	checkTolls(t, []tollCase{{name: "one of which", text: text, dead: 4, injured: -1}})
	x := mustExtract(t, text, "2024-03-12")
	n := 0
	for _, e := range x.Events {
		if e.Type == truce.Assault {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d attacks, want one", n)
		for _, e := range x.Events {
			t.Logf("  %s %s dead %v: %s", e.Type, e.Mode, e.Fatalities, strings.TrimSpace(e.Evidence.Sentence))
		}
	}
}
