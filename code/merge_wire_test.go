package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// One act told by several words of a sentence codes one event, which
// keeps every side and the toll the words give between them.
func TestOneActSeveralTellings(t *testing.T) {
	tests := []struct {
		name, text     string
		source, target string // as probeActor reads them; "" for any
		killed         int    // the toll wanted, or 0 for none checked
	}{
		// A device, a participle naming who left it, then its blast.
		{"landmine planted by fleeing fighters exploded",
			"Five soldiers were killed when a landmine planted by fleeing Islamic State fighters exploded near Raqqa.",
			"ISIS", "MIL", 5},
		{"bomb left by retreating fighters went off",
			"Three shepherds were killed on Monday when a bomb left by retreating Wagner mercenaries went off outside Kidal, officials said.",
			"", "CVL", 3},
		// The victims of the toll verb outrank a bare country.
		{"mine planted by militia, victims kept",
			"Four villagers were killed when a mine planted by Houthi fighters blew up near Hodeidah, local officials said.",
			"HOUTHI", "CVL", 4},
		// A bare participle after the victims, opened by a reporting word
		// or "with", gives the toll of the attack told before.
		{"reporting N killed after the speaker",
			"Rebel fighters stormed an army base outside Goma on Tuesday, the Congolese army said, reporting 12 soldiers killed.",
			"REB", "MIL", 12},
		{"with N killed",
			"Gunmen raided a village in Zamfara state overnight, with at least nine people killed, police said.",
			"", "CVL", 9},
		// Two passive verbs of one kind share their subject and agent.
		{"raped and abused by militiamen",
			"Dozens of displaced women were raped and sexually abused by militiamen near El Geneina, a UN agency said.",
			"MLT", "CVL", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-03-14")
			var got []truce.Event
			for _, ev := range x.Events {
				if ev.Type == truce.Assault {
					got = append(got, ev)
				}
			}
			if len(got) != 1 {
				t.Fatalf("%d assaults, want 1: %s", len(got), multiShow(x.Events))
			}
			ev := got[0]
			if tt.source != "" && !probeActor(ev.Source, tt.source) || tt.target != "" && !probeActor(ev.Target, tt.target) {
				t.Errorf("sides: %s", multiShow(x.Events))
			}
			if tt.killed > 0 && (ev.Fatalities == nil || ev.Fatalities.Min != tt.killed) {
				t.Errorf("fatalities %v, want %d", ev.Fatalities, tt.killed)
			}
		})
	}
}
