package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "President Kowalski has threatened Russia": a bare title (a name the
// actor lexicon does not know) acting on a state named whole is not that
// state's own organ; the act keeps the state as its target instead of
// being dropped as one the state does to itself.
func TestBareTitleActsOnStateX57(t *testing.T) {
	tests := []struct{ text, typ, want string }{
		{"President Kowalski has threatened further action against Russia.", truce.Threaten, "RUS"},
		{"Prime Minister Halvorsen has threatened tough measures against Brazil.", truce.Threaten, "BRA"},
		{"The foreign minister warned Ghana against meddling.", truce.Threaten, "GHA"},
		{"The government condemned Ethiopia for the raid.", truce.Accuse, "ETH"},
	}
	for _, tt := range tests {
		evs := eventsOf(t, tt.text, "2024-03-01", tt.typ)
		if len(evs) == 0 {
			t.Errorf("%q: no %s event", tt.text, tt.typ)
			continue
		}
		ev := evs[0]
		if len(ev.Target) == 0 || ev.Target[0].Country != tt.want {
			t.Errorf("%q: targets %s, want %s", tt.text, probeIDs(ev.Target), tt.want)
		}
		for _, a := range ev.Source {
			if a.Country == tt.want {
				t.Errorf("%q: source %s is the target's own state", tt.text, probeIDs(ev.Source))
			}
		}
	}
}

// A judge acting on a state's officials stays at home: "Judge Ortega
// opened an inquiry against Peruvian officials" is Peru's court.
func TestBareTitleAtHomeX57(t *testing.T) {
	text := "Judge Ortega opened an inquiry against 12 Peruvian officials suspected of fraud."
	evs := eventsOf(t, text, "2024-03-01", truce.Accuse)
	if len(evs) == 0 || len(evs[0].Source) == 0 || evs[0].Source[0].Country != "PER" {
		t.Errorf("%q: want an ACCUSE event by Peru's court, got %v", text, evs)
	}
}
