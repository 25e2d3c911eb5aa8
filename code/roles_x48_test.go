package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// Targets of round x48 (actors on fresh text, second pass). Each text is
// in the project's own words.

// A sector word qualifying a pact ("a military agreement", "its security
// pact") is no party to it: the pact is ended with the state named after
// "with", not with the first state's or the other's armed forces.
func TestRolesX48PactModifier(t *testing.T) {
	tests := []struct {
		name, text, source, target, notTarget string
	}{
		{"military agreement suspended",
			"South Korea suspended a 2018 military agreement with North Korea on Tuesday.",
			"KORGOV", "PRKGOV", "PRKMIL"},
		{"defence agreement frozen",
			"Armenia froze a defence agreement with Russia on Friday.",
			"ARMGOV", "RUSGOV", "RUSMIL"},
		{"intelligence-sharing pact restored",
			"Japan restored an intelligence-sharing pact with South Korea on Thursday.",
			"JPNGOV", "KORGOV", "KORSPY"},
		{"military accord suspended",
			"Niger suspended a military agreement with France on Thursday.",
			"NERGOV", "FRAGOV", "FRAMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-27")
			if len(x.Events) == 0 {
				t.Fatalf("no event coded")
			}
			ev := x.Events[0]
			if !probeActor(ev.Source, tt.source) {
				t.Errorf("source %s, want %s", probeIDs(ev.Source), tt.source)
			}
			if !probeActor(ev.Target, tt.target) {
				t.Errorf("target %s, want %s", probeIDs(ev.Target), tt.target)
			}
			if probeActor(ev.Target, tt.notTarget) {
				t.Errorf("target %s holds the pact's modifier %s", probeIDs(ev.Target), tt.notTarget)
			}
		})
	}
}

// A threat to end a military pact is aimed at the other party, not at its
// armed forces.
func TestRolesX48PactModifierThreat(t *testing.T) {
	x := mustExtract(t, "Pyongyang threatened on Monday to scrap a 2018 military agreement with Seoul.", "2025-11-27")
	found := false
	for _, ev := range x.Events {
		if probeActor(ev.Source, "PRKGOV") {
			found = true
			if probeActor(ev.Target, "KORMIL") || !probeActor(ev.Target, "KORGOV") {
				t.Errorf("target %s, want KORGOV", probeIDs(ev.Target))
			}
		}
	}
	if !found {
		t.Errorf("no event by North Korea coded")
	}
}

// A word for a party before a pact noun is kept: "a government deal with
// the rebels" is the government's.
func TestRolesX48PactPartyKept(t *testing.T) {
	x := mustExtract(t, "The rebels rejected a government deal with the tribal elders on Sunday.", "2025-11-27")
	for _, ev := range x.Events {
		for _, a := range append(append([]truce.Actor{}, ev.Source...), ev.Target...) {
			if a.Text == "government" {
				return
			}
		}
	}
	t.Errorf("the government of the deal was dropped: %+v", x.Events)
}

// People arrested in the sentence after a protest or riot are its
// protesters; after any other news, or after a rampage by a crowd read as
// civilians, they stay civilians.
func TestRolesX48ArrestedCrowd(t *testing.T) {
	tests := []struct {
		name, text, arrest, target string
	}{
		{"after a blockade",
			"Farmers blocked the main highway near Arequipa on Monday and threw stones at police. Police detained 40 people and cleared the road.",
			"Police detained", "PERPRO"},
		{"after rioting",
			"Rioters burned buses and looted shops in Dakar for a second night. Police arrested 300 people overnight, the interior minister said.",
			"Police arrested", "SENPRO"},
		{"after a storm",
			"A storm hit the coast of Kenya on Tuesday. Police arrested 12 people for looting.",
			"Police arrested", "KENCVL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-27")
			found := false
			for _, ev := range x.Events {
				if ev.Mode != "arrest" || !strings.HasPrefix(ev.Evidence.Sentence, tt.arrest) {
					continue
				}
				found = true
				if !probeActor(ev.Target, tt.target) {
					t.Errorf("arrest of %s, want %s", probeIDs(ev.Target), tt.target)
				}
			}
			if !found {
				t.Errorf("no arrest coded from %q", tt.arrest)
			}
		})
	}
}
