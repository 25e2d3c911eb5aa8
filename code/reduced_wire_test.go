package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// An insurgent act that names no target of its own strikes the people its
// toll counts, not the state the insurgents rise against: the counted
// victims of the subject of "died", or those "of them" picks from a
// group named before.
func TestTollVictimsAsTarget(t *testing.T) {
	tests := []struct {
		name, text     string
		source, target string // as probeActor reads them; "" for any
	}{
		{"subject of died, stepping on a mine",
			"Four Malian soldiers died after stepping on an improvised explosive device planted by JNIM militants near Boni.",
			"", "MIL"},
		{"subject of died, device hidden by a named group",
			"Four boys died when a roadside bomb concealed by Ansaru militants blew up near Birnin Gwari.",
			"", "CVL"},
		{"N of them after a group of people",
			"ADF rebels rounded up farmers in a field near Beni and hacked to death at least 17 of them, local officials said.",
			"", "CVL"},
		{"of them after passengers taken off a bus",
			"Al-Shabaab fighters stopped a bus near Mandera, ordered the passengers off and shot dead at least 11 of them.",
			"", "CVL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-05-02")
			var got []truce.Event
			for _, ev := range x.Events {
				if ev.Type == truce.Assault {
					got = append(got, ev)
				}
			}
			if len(got) == 0 {
				t.Fatalf("no assault: %s", multiShow(x.Events))
			}
			ev := got[0]
			if tt.source != "" && !probeActor(ev.Source, tt.source) || tt.target != "" && !probeActor(ev.Target, tt.target) {
				t.Errorf("sides: %s", multiShow(x.Events))
			}
		})
	}
}

// Forces that "used live ammunition" shot at people: an assault with
// firearms, to which a toll told after it in the sentence belongs. A
// denial of using it tells no shooting.
func TestLiveAmmunitionUsed(t *testing.T) {
	tests := []struct {
		name, text string
		assault    bool
		killed     int // the toll wanted, or 0 for none checked
	}{
		{"used live bullets, then a toll, after tear gas told before",
			"Police fired tear gas at marchers in Mombasa on Tuesday. In Malindi, officers used live bullets; a rights group said four marchers were shot dead.",
			true, 4},
		{"used live ammunition against demonstrators",
			"Security forces used live ammunition against demonstrators in Omdurman on Thursday, medics said.",
			true, 0},
		{"denied using live ammunition",
			"The interior ministry denied using live ammunition against the protesters in Omdurman.",
			false, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-05-02")
			var got []truce.Event
			for _, ev := range x.Events {
				if ev.Type == truce.Assault && ev.Mode == "firearms" {
					got = append(got, ev)
				}
			}
			if !tt.assault {
				if len(got) > 0 {
					t.Fatalf("an assault from a denial: %s", multiShow(x.Events))
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("%d firearms assaults, want 1: %s", len(got), multiShow(x.Events))
			}
			if tt.killed > 0 && (got[0].Fatalities == nil || got[0].Fatalities.Min != tt.killed) {
				t.Errorf("fatalities %v, want %d", got[0].Fatalities, tt.killed)
			}
		})
	}
}
