package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Targets of round t45 (actors on fresh text, third pass). Each text is in
// the project's own words.

// An apology that names no one it is made to goes to the side the
// apologiser's state wronged, or was wronged by, in the events just
// before: another state's people before its own.
func TestRolesT45ApologyWronged(t *testing.T) {
	tests := []struct {
		name, text, source, target string
	}{
		{"troops fired on foreign farmers",
			"Thai soldiers fired on Cambodian farmers by mistake on Monday, wounding two of them. Thailand's prime minister apologised on Tuesday.",
			"THAGOV", "KHMCVL"},
		{"own police beat traders",
			"Riot police beat dozens of street traders during a raid on a market in Lagos on Friday. The police commissioner apologised the next day.",
			"NGACOP", "NGACVL"}, // traders harmed are civilians (roles_t61)
		{"expelled diplomats",
			"Greece expelled two Turkish diplomats on Monday over an espionage case. Athens later said the Greek foreign minister regretted the affair and apologised.",
			"GRCGOV", "TURGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2025-11-27", truce.Support)
			if len(evs) == 0 {
				t.Fatalf("no apology coded")
			}
			ev := evs[len(evs)-1]
			if !probeActor(ev.Source, tt.source) {
				t.Errorf("source %s, want %s", probeIDs(ev.Source), tt.source)
			}
			if !probeActor(ev.Target, tt.target) {
				t.Errorf("target %s, want %s", probeIDs(ev.Target), tt.target)
			}
		})
	}
}

// An apology made to someone named keeps that one; one with nothing told
// before it stays without a target.
func TestRolesT45ApologyNamed(t *testing.T) {
	evs := eventsOf(t, "Rebels seized three Italian engineers in the south on Sunday. The Nigerian president apologised to Rome on Monday.", "2025-11-27", truce.Support)
	if len(evs) == 0 {
		t.Fatalf("no apology coded")
	}
	if ev := evs[len(evs)-1]; !probeActor(ev.Target, "ITAGOV") || len(ev.Target) != 1 {
		t.Errorf("target %s, want only ITAGOV", probeIDs(ev.Target))
	}
	evs = eventsOf(t, "The Kenyan president apologised on Monday.", "2025-11-27", truce.Support)
	for _, ev := range evs {
		if len(ev.Target) != 0 {
			t.Errorf("target %s, want none", probeIDs(ev.Target))
		}
	}
}

// A military site an attack hits stands for the armed forces that hold it,
// not for the government or the town beside it; a site an armed group
// names as its own stays the group's.
func TestRolesT45MilitarySite(t *testing.T) {
	tests := []struct {
		name, text, target, notTarget string
	}{
		{"air base struck by drones",
			"Drones launched by the insurgents struck an air base near Gao on Sunday.",
			"MLIMIL", "MLIGOV"},
		{"naval base attacked",
			"Rebel fighters attacked a naval base near Cabo Delgado's port of Mocimboa da Praia overnight.",
			"MOZMIL", "MOZGOV"},
		{"government positions shelled",
			"Rebels shelled Syrian government positions near the town on Monday.",
			"SYRMIL", "SYRGOV"},
		{"a group's camp stays the group's",
			"Saudi jets struck a Houthi military camp in Saada on Friday.",
			"HOUTHI", "YEMMIL"},
		{"rebel positions stay the rebels'",
			"Government forces in Iraq shelled rebel positions in the north.",
			"REB", "IRQMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2025-11-27", truce.Assault)
			if len(evs) == 0 {
				t.Fatalf("no attack coded")
			}
			if !probeActor(evs[0].Target, tt.target) {
				t.Errorf("target %s, want %s", probeIDs(evs[0].Target), tt.target)
			}
			if probeActor(evs[0].Target, tt.notTarget) {
				t.Errorf("target %s, want no %s", probeIDs(evs[0].Target), tt.notTarget)
			}
		})
	}
}

// A parliament set alight is the legislature's, with the government beside
// it; a march to parliament stays a protest against the government.
func TestRolesT45ParliamentSetAlight(t *testing.T) {
	evs := eventsOf(t, "Protesters set fire to the parliament building in Kathmandu on Tuesday.", "2025-11-27", truce.Protest)
	if len(evs) == 0 {
		t.Fatalf("no protest coded")
	}
	for _, id := range []string{"NPLLEG", "NPLGOV"} {
		if !probeActor(evs[0].Target, id) {
			t.Errorf("target %s, want %s", probeIDs(evs[0].Target), id)
		}
	}
	evs = eventsOf(t, "Thousands of demonstrators marched to parliament in Tbilisi on Friday.", "2025-11-27", truce.Protest)
	if len(evs) == 0 {
		t.Fatalf("no march coded")
	}
	if !probeActor(evs[0].Target, "GEOGOV") || probeActor(evs[0].Target, "GEOLEG") {
		t.Errorf("target %s, want GEOGOV only", probeIDs(evs[0].Target))
	}
}
