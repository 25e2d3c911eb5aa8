package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A post, a unit or a town an attack hits stands for the people who hold
// or live in it when the text names no one; state forces entering their
// own ground and words that only share the verb code no attack.
func TestGroundHitStandsForItsPeople(t *testing.T) {
	tests := []struct {
		name, text string
		// target is an actor id the attack's target must hold; "-" when
		// the sentence codes no attack.
		target string
	}{
		{"a patrol ambushed", "Rebels ambushed a patrol outside Goma on Saturday.", "CODMIL"},
		{"a checkpoint attacked", "Armed men attacked a checkpoint near Mosul on Wednesday.", "IRQMIL"},
		{"an outpost struck", "Militiamen struck a remote outpost near Bria.", "CAFMIL"},
		{"a town stormed", "Insurgents stormed the town of Macomia in Cabo Delgado on Friday.", "MOZCVL"},
		{"a village attacked", "Bandits attacked a village in Sokoto state overnight.", "NGACVL"},
		{"a town hall entered by police", "Riot police stormed the town hall in Lyon on Monday.", "-"},
		{"a storm over a town", "The hurricane hit the town of Key West on Friday.", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			var found []truce.Event
			for _, ev := range x.Events {
				if ev.Type == truce.Assault {
					found = append(found, ev)
				}
			}
			if tt.target == "-" {
				if len(found) > 0 {
					t.Fatalf("got %+v, want no attack", found)
				}
				return
			}
			if len(found) != 1 {
				t.Fatalf("%d attacks, want 1: %+v", len(found), x.Events)
			}
			if !hasActor(found[0].Target, tt.target) {
				t.Errorf("target = %+v, want %s", found[0].Target, tt.target)
			}
		})
	}
}

// A weapon of war as the subject of a violent verb tells an attack with
// no doer named; a disaster or a market that "hit" or "killed" does not.
func TestWeaponAsDoer(t *testing.T) {
	tests := []struct {
		name, text string
		// target is an actor id the attack's target must hold; "-" when
		// the sentence codes no attack.
		target string
	}{
		{"a bomb that killed", "A bomb killed three Afghan policemen in Ghazni on Thursday.", "AFGCOP"},
		{"a device that went off", "A bomb exploded beside a police truck in Kandahar on Monday.", "AFGCOP"},
		{"a flood that killed", "A flash flood killed three Afghan farmers in Ghazni on Thursday.", "-"},
		{"a price that hit", "Bread prices hit a record in Kandahar on Monday.", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			var found []truce.Event
			for _, ev := range x.Events {
				if ev.Type == truce.Assault {
					found = append(found, ev)
				}
			}
			if tt.target == "-" {
				if len(found) > 0 {
					t.Fatalf("got %+v, want no attack", found)
				}
				return
			}
			if len(found) != 1 {
				t.Fatalf("%d attacks, want 1: %+v", len(found), x.Events)
			}
			if !hasActor(found[0].Target, tt.target) {
				t.Errorf("target = %+v, want %s", found[0].Target, tt.target)
			}
		})
	}
}
