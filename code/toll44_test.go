package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A count of people broken down after a comma into items that add up to
// it is one toll, not the sum of both; a list that does not add up, or
// that opens with a kind of victim, is summed as before.
func TestTollBreakdownToll44(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Gunmen attacked a bus near Quetta on Monday, killing five people, three Afghans and two Iranians, police said.", 5},
		{"A car bomb exploded in Mogadishu, killing four people, two soldiers and two civilians.", 4},
		{"Five people, three Afghans and two Iranians, were killed when gunmen attacked a bus near Quetta.", 5},
		{"An air strike hit a wedding in Saada, killing six people, two children and a teacher.", 9},
		{"Militants ambushed a convoy in Tillaberi, killing two soldiers, a driver and a nurse.", 4},
	}
	for _, tt := range tests {
		evs := eventsOf(t, tt.text, "2024-03-01", truce.Assault)
		if len(evs) == 0 {
			t.Errorf("%q: no ASSAULT event", tt.text)
			continue
		}
		if f := evs[0].Fatalities; f == nil || f.Min != tt.want || f.Max != tt.want {
			t.Errorf("%q: fatalities %v, want %d", tt.text, f, tt.want)
		}
	}
}

// A toll relative ("in which …") whose count has an aside on who was among
// the dead ("four people, among them a gendarme,") is still the toll of
// what the clause hangs on, not a killing of its own.
func TestTollRelativeAsideToll44(t *testing.T) {
	tests := []struct {
		text, typ string
		want      int
	}{
		{"Villagers rioted in Kaya on Sunday after a land dispute, in which four people, among them a gendarme, were killed.", truce.Protest, 4},
		{"Protesters clashed with police in Conakry on Monday in riots in which six people, including a police officer, were killed.", truce.Protest, 6},
		{"Rival herders fought near Bor overnight in violence in which nine people, two of them children, were killed.", truce.Assault, 9},
	}
	for _, tt := range tests {
		x := mustExtract(t, tt.text, "2024-03-01")
		var got []truce.Event
		for _, ev := range x.Events {
			if ev.Type == truce.Assault || ev.Type == truce.Protest {
				got = append(got, ev)
			}
		}
		if len(got) != 1 || got[0].Type != tt.typ {
			t.Errorf("%q: want one %s event, got %d violent events", tt.text, tt.typ, len(got))
			continue
		}
		if f := got[0].Fatalities; f == nil || f.Min != tt.want {
			t.Errorf("%q: fatalities %v, want %d", tt.text, f, tt.want)
		}
	}
}
