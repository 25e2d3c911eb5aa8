package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// toll45EventIn returns the violent events (ASSAULT or PROTEST) whose
// evidence sentence starts with prefix.
func toll45EventIn(x *truce.Extraction, prefix string) []truce.Event {
	var out []truce.Event
	for _, ev := range x.Events {
		if (ev.Type == truce.Assault || ev.Type == truce.Protest) && strings.HasPrefix(ev.Evidence.Sentence, prefix) {
			out = append(out, ev)
		}
	}
	return out
}

// A passive toll after an attack whose "as" or "when" clause tells an act
// of its own, by a named doer, is an event of its own with that doer and
// that toll; the attack told before keeps none of it.
func TestTollWhenClauseDoerToll45(t *testing.T) {
	tests := []struct {
		name, text, first, second, src string
		want                           int
	}{
		{
			name:   "as the bandits went",
			text:   "KANO, Nigeria - Gunmen seized the town of Dansadau on Monday after a gunfight with soldiers. Six villagers were killed as the bandits went from farm to farm, a local official said.",
			first:  "KANO",
			second: "Six villagers",
			src:    "CRM",
			want:   6,
		},
		{
			name:   "as the militia moved",
			text:   "GOMA, Congo - Rebels overran an army post near Rutshuru on Sunday after hours of fighting. Nine farmers were killed as the militia moved through the hills, a local official said.",
			first:  "GOMA",
			second: "Nine farmers",
			src:    "",
			want:   9,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2024-03-04")
			second := toll45EventIn(x, tt.second)
			if len(second) != 1 {
				t.Fatalf("%d violent events from the toll sentence, want 1: %+v", len(second), x.Events)
			}
			if f := second[0].Fatalities; f == nil || f.Min != tt.want {
				t.Errorf("toll sentence: fatalities %v, want %d", f, tt.want)
			}
			if len(second[0].Source) == 0 {
				t.Errorf("toll sentence: no source, want the doer of its clause")
			} else if tt.src != "" && second[0].Source[0].Sector != tt.src {
				t.Errorf("toll sentence: source %+v, want sector %s", second[0].Source[0], tt.src)
			}
			for _, ev := range toll45EventIn(x, tt.first) {
				if ev.Fatalities != nil && ev.Fatalities.Min == tt.want {
					t.Errorf("the attack told before took the toll %v", ev.Fatalities)
				}
			}
		})
	}
}

// A "when" clause whose verb is a trigger of its own is coded as before
// (the toll goes to that attack), and a vehicle of the victims' own is no
// doer: "were killed when their plane came down" names no attacker.
func TestTollWhenClauseUnchangedToll45(t *testing.T) {
	x := mustExtract(t, "KANO, Nigeria - Gunmen attacked a village in Zamfara on Monday. Ten people were killed when the gunmen opened fire on a market.", "2024-03-04")
	evs := toll45EventIn(x, "Ten people")
	if len(evs) != 1 || evs[0].Fatalities == nil || evs[0].Fatalities.Min != 10 {
		t.Errorf("opened fire: want one event with 10 dead, got %+v", evs)
	}
	x = mustExtract(t, "TEHRAN - Iran's foreign minister and two aides were killed when their plane came down in fog near Tabriz, state media said.", "2024-03-04")
	for _, ev := range x.Events {
		if len(ev.Source) > 0 {
			t.Errorf("plane came down: %s event with source %+v, want none", ev.Type, ev.Source)
		}
	}
}
