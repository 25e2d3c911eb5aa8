package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// TestToll35Harm checks tolls told without the usual toll words: one
// person named with "a" who lost a limb or suffered burns, "hurt" as an
// active verb, and a relative clause on the counted people. Sentences of
// our own.
func TestToll35Harm(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "one person lost a foot", text: "Separately, a shepherd lost a foot when a mine went off under him near the village of Dorvik, the army said on Monday.", dead: -1, injured: 1},
		{name: "one person suffered burns", text: "A roadside bomb exploded beside a minibus near Vell on Friday, and a driver suffered burns, police said.", dead: -1, injured: 1},
		{name: "hurt as active verb", text: "A grenade killed three people at a bus stop in Dorvik on Monday evening, police said, and a second blast minutes later hurt nine people at the market in Vell.", dead: 3, injured: 9},
		{name: "hurt after an adverb of time", text: "A bomb went off at a market in Sarn on Monday, and minutes later a second device hurt six people near the gate, police said.", dead: -1, injured: 6},
		{name: "who had died", text: "The rebels said army troops had used poison gas against their fighters in the hills, and released a video it said showed 12 of its members who had died.", dead: 12, injured: -1},
		{name: "who were wounded", text: "Militants shelled a police post near Vell on Monday, and four officers who were wounded were flown to the capital, officials said.", dead: -1, injured: 4},
	})
}

// TestToll35HarmNot checks what those readings must not count: people
// who killed are not the dead.
func TestToll35HarmNot(t *testing.T) {
	tests := []struct {
		name, text string
		notDead    int
	}{
		{"who killed is active", "Police said three men who killed a guard at a bank in Vell on Friday had been arrested.", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-03-12")
			for _, e := range x.Events {
				if e.Fatalities != nil && e.Fatalities.Min == tt.notDead {
					t.Errorf("%s %s carries %d dead: %s", e.Type, e.Mode, tt.notDead, e.Evidence.Sentence)
				}
			}
		})
	}
}

// TestToll35Headline checks tolls in the clipped style of briefs, with no
// auxiliary: the counted people are the victims, and a toll sentence of
// that kind goes to the attack told before it, as it would with "were".
func TestToll35Headline(t *testing.T) {
	tests := []struct {
		name, text string
		dead       int
	}{
		{"toll after a verb of saying", "NIGER: Gunmen attacked a police post at Tillia before dawn on Monday; police fought them off. Police say nine attackers and three officers killed.", 12},
		{"toll opening the sentence", "NIGER: Gunmen attacked a police post at Tillia before dawn on Monday. Nine attackers and three officers killed, police say.", 12},
		{"toll with a when clause", "MALI: Four soldiers killed when their truck hit a mine near Gao on Tuesday.", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-03-12")
			var tolled []truce.Event
			for _, e := range x.Events {
				if e.Fatalities != nil {
					tolled = append(tolled, e)
				}
			}
			ok := len(tolled) == 1 && tolled[0].Fatalities.Min == tt.dead
			if ok {
				for _, a := range tolled[0].Source {
					if a.Sector == "MIL" || a.Sector == "COP" {
						ok = false // the dead soldiers or officers are no doers
					}
				}
			}
			if !ok {
				t.Errorf("want one event with dead %d and no victim as its source", tt.dead)
				for _, e := range x.Events {
					t.Logf("  %s %s %v -> %v dead %v: %s", e.Type, e.Mode, e.Source, e.Target, e.Fatalities, strings.TrimSpace(e.Evidence.Sentence))
				}
			}
		})
	}
	// An object after the verb keeps it active: the gunmen did the killing.
	x := mustExtract(t, "SOMALIA: Two gunmen killed a shopkeeper outside a hotel in Mogadishu on Friday, police said.", "2024-03-12")
	found := false
	for _, e := range x.Events {
		if e.Type == truce.Assault && e.Fatalities != nil && e.Fatalities.Min == 1 {
			found = true
		}
	}
	if !found {
		t.Errorf("active killing: want an attack with one dead")
		for _, e := range x.Events {
			t.Logf("  %s %s %v -> %v dead %v", e.Type, e.Mode, e.Source, e.Target, e.Fatalities)
		}
	}
}

// TestToll35Clause checks that a toll in a participle clause after a
// relative clause counts the main clause's attack, and that a killing
// whose victim is described as accused of something is told as fact.
func TestToll35Clause(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "participle after a relative clause", text: "Riot police fired tear gas and rubber bullets at hundreds of students who tried to break into the education ministry in Vell overnight, injuring 60 people, the health ministry said.", dead: -1, injured: 60, on: "ASSAULT crowd-control"},
	})
	for _, text := range []string{
		"Settlers burned dozens of shops and homes owned by herders in Dorvik, in Kenya's Marsabit county, on Friday night after a Somali trader accused of theft was beaten to death, local officials said.",
		"A man accused of witchcraft was hacked to death by villagers in Dorvik on Tuesday, police said.",
	} {
		x := mustExtract(t, text, "2024-03-12")
		ok := false
		for _, e := range x.Events {
			if e.Type == truce.Assault && e.Fatalities != nil && e.Fatalities.Min == 1 && e.Status == truce.StatusReported {
				ok = true
			}
		}
		if !ok {
			t.Errorf("accused victim: want a reported attack with one dead in %q", text)
			for _, e := range x.Events {
				t.Logf("  %s %s %s dead %v", e.Type, e.Mode, e.Status, e.Fatalities)
			}
		}
	}
}

// TestToll35Ended checks that the fighting a truce ends, told in a
// participle after a comma with its toll, is coded as an attack of its
// own, beside the agreement, and not as part of what was agreed.
func TestToll35Ended(t *testing.T) {
	checkTolls(t, []tollCase{
		{name: "ending days of fighting", text: "Kenya and Somalia agreed to an immediate ceasefire at talks in Addis Ababa on Monday, ending three days of border fighting that killed at least 20 people.", dead: 20, injured: -1, on: "ASSAULT firearms"},
	})
	x := mustExtract(t, "Kenya and Somalia agreed to an immediate ceasefire at talks in Addis Ababa on Monday, ending three days of border fighting that killed at least 20 people.", "2024-03-12")
	agreed := false
	for _, e := range x.Events {
		if e.Type == truce.Agree {
			agreed = true
		}
	}
	if !agreed {
		t.Errorf("the ceasefire agreement must stay")
	}
}
