package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// Targets of round x46 (actors on fresh text). Each text is in the
// project's own words.

// A weapon counted on from an earlier one ("another drone", "a second
// rocket") is the same attacker's when its own attack names none.
func TestRolesX46AnotherWeapon(t *testing.T) {
	tests := []struct {
		name, text, second, source string
	}{
		{"another drone after drones launched by a group",
			"Drones launched by the Arakan Army struck a navy base near Sittwe on Sunday. Another drone hit a power station in Kyaukphyu, cutting electricity to the town.",
			"Another drone", "AA"},
		{"a second mortar after mortars fired by a group",
			"Mortars fired by al-Shabaab struck an airfield near Baidoa on Monday. A second mortar hit a fuel depot in the town.",
			"A second mortar", "ALSHABAAB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-26")
			found := false
			for _, ev := range x.Events {
				if ev.Type != truce.Assault || !strings.HasPrefix(ev.Evidence.Sentence, tt.second) {
					continue
				}
				found = true
				if !probeActor(ev.Source, tt.source) {
					t.Errorf("attack of %q by %s, want %s", tt.second, probeIDs(ev.Source), tt.source)
				}
			}
			if !found {
				t.Errorf("no attack coded from %q", tt.second)
			}
		})
	}
}

// The earlier attacker is not given a weapon that now hits it.
func TestRolesX46AnotherWeaponNotAtItself(t *testing.T) {
	text := "Shabaab fighters stormed an army base near Baidoa on Tuesday. Later a third mortar killed two Shabaab fighters inside the town."
	x := mustExtract(t, text, "2025-11-26")
	for _, ev := range x.Events {
		if ev.Type == truce.Assault && probeActor(ev.Target, "ALSHABAAB") && probeActor(ev.Source, "ALSHABAAB") {
			t.Errorf("Shabaab attacks itself: %s -> %s", probeIDs(ev.Source), probeIDs(ev.Target))
		}
	}
}

// A meeting whose parties are counted back ("the two Balkan rivals", "both
// countries") is between the two states the sentence's earlier act joins,
// not the body whose building hosts it nor the venue's state; held in a
// third country it is third-party talks.
func TestRolesX46CountedPairMeeting(t *testing.T) {
	tests := []struct {
		name, text, source, target, notSource, notTarget string
	}{
		{"both countries, in a third capital",
			"Peru and Chile agreed to resume fishing talks after ministers from both countries met in Quito on Tuesday.",
			"PERGOV", "CHLGOV", "ECUGOV", ""},
		{"the two rivals, at a bloc's headquarters",
			"Serbia and Kosovo agreed on new licence plates after negotiators from the two Balkan rivals met at the headquarters of the European Union in Brussels.",
			"SRBGOV", "XKXGOV", "BELGOV", "EU"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantSides(t, tt.text, truce.Consult, tt.source, tt.target, tt.notSource, tt.notTarget)
			x := mustExtract(t, tt.text, "2025-11-26")
			for _, ev := range x.Events {
				if ev.Type == truce.Consult && ev.Mode != "third-party" {
					t.Errorf("meeting coded %q, want third-party", ev.Mode)
				}
			}
		})
	}
}
