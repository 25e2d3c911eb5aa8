package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// What an attack set off ("…, setting off explosions") is no guide to its
// means when the attack names its own weapon; when it names none, the
// set-off fighting still tells how it was fought.
func TestSparkKeepsNamedMeansMode45(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Rebels attacked the army base in Bunia with drones on Friday, setting off explosions at a fuel depot that killed four soldiers.", "drone"},
		{"The insurgents attacked the airport in Kandahar with mortars, triggering explosions at a fuel dump.", "heavy-weapons"},
		{"Gunmen stormed an army base near Maiduguri, sparking a gunfight that killed five soldiers.", "firearms"},
	}
	for _, tt := range tests {
		evs := eventsOf(t, tt.text, "2024-03-01", truce.Assault)
		if len(evs) == 0 {
			t.Errorf("%q: no ASSAULT event", tt.text)
			continue
		}
		if evs[0].Mode != tt.want {
			t.Errorf("%q: mode %q, want %q", tt.text, evs[0].Mode, tt.want)
		}
	}
}
