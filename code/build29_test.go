package code_test

// Blasts with no hand named that maimed or hurt people (round 29).

import (
	"testing"

	"github.com/truce-project/truce"
)

// A mine or a bomb that hurt people is an attack by an unknown actor on
// them, though no one is named for it and its village is unknown: the
// maimed person is the target, else the people of the story's country.
func TestBuild29UnclaimedBlast(t *testing.T) {
	tests := []struct {
		name, text, target string
		events             int
	}{
		{"limb lost to a landmine",
			"Gunmen killed a trader in Djenne on Friday. Separately, a policeman lost an arm when a landmine detonated beneath him near Boni, the army reported.",
			"MLICOP", 2},
		{"vehicle on a mine near an unknown village",
			"Jihadists ambushed a convoy near Gao on Monday. On Tuesday two herders were wounded when their cart struck a landmine near Kouloumbaga, local officials said.",
			"MLICVL", 2},
		{"second blast",
			"A bomb thrown by unknown men exploded at a bar in Mopti, wounding twelve people. A second blast near the taxi rank injured several more.",
			"MLICVL", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mustExtract(t, tt.text, "2025-03-01")
			var blasts []truce.Event
			for _, ev := range ex.Events {
				if ev.Type == truce.Assault {
					blasts = append(blasts, ev)
				}
			}
			if len(blasts) != tt.events {
				t.Fatalf("%d attacks, want %d: %+v", len(blasts), tt.events, ex.Events)
			}
			last := blasts[len(blasts)-1]
			if len(last.Target) != 1 || last.Target[0].ID != tt.target {
				t.Errorf("target %+v, want %s", last.Target, tt.target)
			}
		})
	}
}

// A blast told as no one hurt, or a fire's containers bursting, is no
// attack of unknown hand: "nobody was hurt" tells no maiming.
func TestBuild29NoBlastVictims(t *testing.T) {
	text := "Two petrol bombs were thrown at the gate of a magistrate's house in Kisumu overnight, but only one went off, police said, adding that nobody was hurt."
	ex := mustExtract(t, text, "2025-03-01")
	n := 0
	for _, ev := range ex.Events {
		if ev.Type == truce.Assault {
			n++
		}
	}
	if n > 1 {
		t.Errorf("%d attacks, want at most 1: %+v", n, ex.Events)
	}
}
