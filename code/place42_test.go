package code_test

import "testing"

// A wire dateline in capitals whose town is spelled like a common word
// ("MALE, Nov 18 -", "NICE, France (Reuters) -") is the town the story is
// filed from; the same word opening a sentence in lower case is no place.
func TestCapitalsDatelinePlace42(t *testing.T) {
	tests := []struct{ text, want string }{
		{"MALE, Nov 18 - The government asked India to withdraw its troops.", "MDV"},
		{"NICE, France (Reuters) - Police arrested two men after a knife attack.", "FRA"},
		{"KAYA, Burkina Faso - Gunmen killed 12 people in a village near the town.", "BFA"},
	}
	for _, tt := range tests {
		x := mustExtract(t, tt.text, "2024-03-01")
		if len(x.Places) == 0 || x.Places[0].Start != 0 || x.Places[0].Country != tt.want {
			t.Errorf("%q: places %v, want the dateline town of %s first", tt.text, x.Places, tt.want)
		}
	}
	x := mustExtract(t, "May, the month of rallies, saw protests in Paris.", "2024-03-01")
	for _, p := range x.Places {
		if p.Start == 0 {
			t.Errorf("%q: %q read as a place", "May, …", p.Text)
		}
	}
}

// A state's chamber after a place preposition ("outside Congress", "to
// the Senate") is no unknown town: the act is placed at the town the
// dateline or the sentence names.
func TestChamberNoPlaceName42(t *testing.T) {
	tests := []struct{ text, want string }{
		{"LIMA, May 3 (Reuters) - Police fired tear gas at students who rallied outside Congress on Thursday.", "Lima"},
		{"Thousands of farmers protested outside Parliament in Kathmandu on Monday.", "Kathmandu"},
		{"MANILA - Hundreds of teachers marched to the Senate on Friday to demand higher pay.", "Manila"},
	}
	for _, tt := range tests {
		seen := false
		for _, ev := range mustExtract(t, tt.text, "2024-03-01").Events {
			if ev.Type != "PROTEST" {
				continue
			}
			seen = true
			if ev.Location == nil || ev.Location.Name != tt.want {
				t.Errorf("%q: protest placed at %v, want %s", tt.text, ev.Location, tt.want)
			}
		}
		if !seen {
			t.Errorf("%q: no PROTEST event", tt.text)
		}
	}
}
