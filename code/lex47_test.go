package code_test

import (
	"strings"
	"testing"
)

// lex47Case is one sentence of our own and the one assault it must give:
// its doer, its victims' side, its mode, and its wounded (-1: not checked).
type lex47Case struct {
	name, text     string
	source, target string
	mode           string
	injured        int
}

// TestLex47BareVerbs checks that "shot" and "beaten", told by the bare
// verb, code an assault on the person shot or beaten: the subject, or the
// agent after "by", is the doer; one named person shot and not killed is
// one wounded; victims counted before a reduced "beaten by" are the
// wounded. Sentences of our own, with police, soldiers, gangs and gunmen
// in several countries.
func TestLex47BareVerbs(t *testing.T) {
	tests := []lex47Case{
		{name: "police shot protesters", text: "Kenyan police shot two protesters in Nairobi on Tuesday, witnesses said.", source: "KENCOP", target: "KENPRO", mode: "firearms", injured: -1},
		{name: "troops shot a teenager", text: "Indian troops shot a teenager at a checkpoint in Kashmir on Monday.", source: "INDMIL", target: "INDCVL", mode: "firearms", injured: -1},
		{name: "troops shot a civilian", text: "Russian troops shot a Ukrainian civilian in Bucha, prosecutors said.", source: "RUSMIL", target: "UKRCVL", mode: "firearms", injured: -1},
		{name: "passive with agent past the wound", text: "A photographer was shot in the leg by police during a march in Lima.", source: "PERCOP", target: "PERMED", mode: "firearms", injured: 1},
		{name: "gunman shot a named mayor", text: "A gunman shot the Peruvian mayor Luis Vera in the chest in Lima on Friday.", target: "PERGOV", mode: "firearms", injured: 1},
		{name: "journalists beaten by police", text: "Two journalists were beaten by riot police in Kampala on Friday.", source: "UGACOP", target: "UGAMED", mode: "beat", injured: 2},
		{name: "soldiers have beaten supporters", text: "Ugandan soldiers have beaten dozens of opposition supporters in Kampala, rights groups said.", source: "UGAMIL", target: "UGAOPP", mode: "beat", injured: -1},
		{name: "gang had beaten shopkeepers", text: "Gang members had beaten two Salvadoran shopkeepers in San Salvador, police said.", source: "SLVCRM", mode: "beat", injured: -1},
		{name: "beaten during a vote", text: "Opposition monitors were beaten by police during the vote in Harare.", source: "ZWECOP", target: "ZWEOPP", mode: "beat", injured: -1},
		{name: "beaten and detained is one beating", text: "Protesters in Nairobi said police had beaten and detained scores of students.", source: "KENCOP", mode: "beat", injured: -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := oneAssault(t, tt.text, tt.source, tt.target)
			if ev.Mode != tt.mode {
				t.Errorf("mode %q, want %q", ev.Mode, tt.mode)
			}
			if tt.injured >= 0 && (ev.Injuries == nil || ev.Injuries.Min != tt.injured) {
				t.Errorf("injuries %v, want %d", ev.Injuries, tt.injured)
			}
			if ev.Fatalities != nil {
				t.Errorf("fatalities %v, want none", ev.Fatalities)
			}
		})
	}
}

// TestLex47ReducedBeaten checks that victims counted before a reduced
// "beaten by", inside the aside of a larger toll, are the beating's
// wounded, apart from the toll of the act told first.
func TestLex47ReducedBeaten(t *testing.T) {
	text := "Police in Dhaka fired tear gas at students, and dozens were hurt, among them three reporters beaten by officers."
	evs := eventsOf(t, text, "2024-05-14", "ASSAULT", "beat")
	if len(evs) != 1 {
		t.Fatalf("want one beating, got %d: %+v", len(evs), evs)
	}
	if ev := evs[0]; ev.Injuries == nil || ev.Injuries.Min != 3 || !hasActor(ev.Target, "BGDMED") {
		t.Errorf("injuries %v target %v, want 3 reporters (BGDMED)", ev.Injuries, ev.Target)
	}
}

// TestLex47ListOfHarms checks that a list of harms done in one act gives
// one assault: "raped, beaten or robbed" keeps the rape told first, "shot
// and killed" the killing, with its dead.
func TestLex47ListOfHarms(t *testing.T) {
	evs := eventsOf(t, "Dozens of women were raped, beaten or robbed by gunmen near Goma, aid workers said.", "2024-05-14", "ASSAULT")
	if len(evs) != 1 || evs[0].Mode != "sexual" {
		t.Errorf("raped, beaten or robbed: want one sexual assault, got %+v", evs)
	}
	evs = eventsOf(t, "Ethiopian troops shot and killed four villagers in Amhara, residents said.", "2024-05-14", "ASSAULT")
	if len(evs) != 1 || evs[0].Fatalities == nil || evs[0].Fatalities.Min != 4 {
		t.Errorf("shot and killed: want one assault with four dead, got %+v", evs)
	}
	evs = eventsOf(t, "Militiamen shot three herders and torched their huts near Bunia on Sunday.", "2024-05-14", "ASSAULT")
	if len(evs) != 1 {
		t.Errorf("shot and torched: want one assault, got %d: %+v", len(evs), evs)
	}
}

// TestLex47Retold checks that a passive "shot by" whose victim is a pronoun
// standing for a victim of a killing told before is that killing told
// again, with a side's word on who did it: no second assault.
func TestLex47Retold(t *testing.T) {
	text := "Security forces in Basra fired on protesters on Friday, killing a young man. A local official said he was shot by rioters."
	if evs := eventsOf(t, text, "2024-05-14", "ASSAULT"); len(evs) != 1 {
		t.Errorf("want the one shooting, got %d: %+v", len(evs), evs)
	}
}

// TestLex47NotHarm checks the senses of "shot" and "beaten" that tell no
// violence (sport, a vote or a runoff lost, films, prices, fame, the
// beaten path, the odds), "shot down" a drone (its own row, not a shooting of people), and
// a passive with no doer ("was shot in the leg"), which names no assault.
func TestLex47NotHarm(t *testing.T) {
	for _, text := range []string{
		"Brazil were beaten 2-1 by Argentina in Buenos Aires on Tuesday.",
		"The Ghana team beat Nigeria 3-0 in Accra.",
		"The ruling party was beaten in the election in Zambia, officials said.",
		"The Kenyan striker shot wide in the final minute against Uganda in Nairobi.",
		"The director shot the film in Kenya with local actors.",
		"Inflation shot up to 30 percent in Ghana last month.",
		"The singer shot to fame in Lagos after a talent show.",
		"Hikers in Nepal left the beaten path near Pokhara.",
		"Mexico's government has beaten the odds to pass the reform in Congress.",
		"A Peruvian photographer was shot in the leg during a march in Lima.",
		"Kenya's ruling party was beaten by the opposition in Sunday's vote.",
		"The incumbent president was beaten by an opposition candidate in the runoff in Malawi.",
		"A Kenyan activist shot a video of the rally in Nairobi.",
	} {
		if evs := eventsOf(t, text, "2024-05-14", "ASSAULT"); len(evs) != 0 {
			t.Errorf("%q: want no assault, got %+v", text, evs)
		}
	}
	for _, ev := range mustExtract(t, "Syrian air defences shot down a drone over Damascus.", "2024-05-14").Events {
		if strings.HasSuffix(ev.Rule, " shot") {
			t.Errorf("shot down: the bare verb fired: %+v", ev)
		}
	}
}
