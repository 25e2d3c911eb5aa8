package code_test

// The sides of an event as build leaves them: a state named bare as a
// side of a political act is its government.

import (
	"testing"

	"github.com/truce-project/truce"
)

// A bare state that agrees, accuses, recalls an envoy or threatens, or is
// the one accused or agreed with, is coded as its government, whether it
// is named in the sentence or carried from the article's two sides.
func TestSides25StateGovernments(t *testing.T) {
	tests := []struct {
		name, text, typ, src, tgt string
	}{
		{"both sides carried from talks",
			"Peru and Bolivia held talks in La Paz on Tuesday. Both sides agreed to reopen the border crossing at Desaguadero.",
			truce.Agree, "PERGOV", "BOLGOV"},
		{"a state recalls its envoy",
			"The Gambia recalled its ambassador from Senegal on Friday over a fishing dispute.",
			truce.Sanction, "GMBGOV", "SENGOV"},
		{"the accused state",
			"Uruguay accused Paraguay of meddling in its elections.",
			truce.Accuse, "URYGOV", "PRYGOV"},
		{"a state that says it will answer",
			"Fighting flared again near the border. Armenia says it will respond in kind.",
			truce.Threaten, "ARMGOV", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantLastSides(t, tt.text, tt.typ, tt.src, tt.tgt)
		})
	}
}

// An attack keeps the bare state it hits: its people or soldiers may be
// meant, not its government.
func TestSides25AttackKeepsState(t *testing.T) {
	ex := mustExtract(t, "Rebels attacked Chad overnight from bases across the border.", "2025-03-01")
	if len(ex.Events) == 0 {
		t.Fatal("no event")
	}
	for _, ev := range ex.Events {
		if ev.Type != truce.Assault {
			continue
		}
		for _, a := range append(ev.Source, ev.Target...) {
			if a.Sector == "GOV" {
				t.Errorf("attack side %v turned into a government", a)
			}
		}
	}
}

// wantLastSides fails unless the last event of type typ that text codes
// has exactly src among its sources and, when tgt is not "", exactly tgt
// among its targets.
func wantLastSides(t *testing.T, text, typ, src, tgt string) {
	t.Helper()
	ex := mustExtract(t, text, "2025-03-01")
	var got *truce.Event
	for i := range ex.Events {
		if ex.Events[i].Type == typ {
			got = &ex.Events[i]
		}
	}
	if got == nil {
		t.Fatalf("no %s: %+v", typ, ex.Events)
	}
	if !exactActor(got.Source, src) || tgt != "" && !exactActor(got.Target, tgt) {
		t.Errorf("%s %v -> %v, want %s -> %s", typ, got.Source, got.Target, src, tgt)
	}
}

// A mutual act whose doer is a pair of parties of one kind puts one on
// each side: the article's two states with the pair's sector, or two
// parties of the same kind inside one state.
func TestSides25PairedSubject(t *testing.T) {
	tests := []struct {
		name, text, typ, src, tgt string
	}{
		{"two navies of the article's two states",
			"Peru and Chile signed a memorandum in Lima on Monday to fight smuggling. Under the deal the two navies will share radar data and train together.",
			truce.Cooperate, "PERMIL", "CHLMIL"},
		{"two feuding clans",
			"Leaders of two feuding clans in Kenya's Marsabit county signed a peace deal on Saturday.",
			truce.Agree, "KENMLT", "KENMLT"},
		{"rival parliaments",
			"Delegates of Somalia's rival parliaments signed a power-sharing accord in Mogadishu on Sunday.",
			truce.Agree, "SOMLEG", "SOMLEG"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantLastSides(t, tt.text, tt.typ, tt.src, tt.tgt)
		})
	}
}

// A refusal or threat by a country's rebels or opposition that names no
// one is aimed at that country's government; one that follows an act
// aimed abroad in its sentence is left to take that act's target.
func TestSides25ChallengerTarget(t *testing.T) {
	tests := []struct {
		name, text, typ, src, tgt string
	}{
		{"rebel faction rejects an accord",
			"A breakaway faction of the Sudanese rebels rejected the accord on Tuesday and threatened to keep fighting.",
			truce.Reject, "SDNREB", "SDNGOV"},
		{"and threatens to fight on",
			"A breakaway faction of the Sudanese rebels rejected the accord on Tuesday and threatened to keep fighting.",
			truce.Threaten, "SDNREB", "SDNGOV"},
		{"opposition rejects a constitution",
			"Opposition leaders in Togo rejected the new constitution on Friday.",
			truce.Reject, "TGOOPP", "TGOGOV"},
		{"rebels threaten an offensive",
			"Rebels in eastern Congo threatened to resume their offensive.",
			truce.Threaten, "CODREB", "CODGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantLastSides(t, tt.text, tt.typ, tt.src, tt.tgt)
		})
	}
}
