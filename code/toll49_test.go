package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// An attack "without causing casualties" has a toll of none; one that
// caused some does not.
func TestToll49WithoutCausing(t *testing.T) {
	for _, text := range []string{
		"Militants fired three rockets at an army base near Baghdad on Sunday without causing any casualties, the military said.",
		"Taliban fighters attacked a police post in Ghazni on Sunday without inflicting casualties, officials said.",
	} {
		evs := eventsOf(t, text, "2024-05-05", truce.Assault)
		if len(evs) != 1 {
			t.Errorf("%q: %d attacks, want 1", text, len(evs))
			continue
		}
		if f := evs[0].Fatalities; f == nil || f.Min != 0 || f.Max != 0 {
			t.Errorf("%q: fatalities %+v, want none", text, f)
		}
	}
	text := "Militants fired rockets at an army base near Baghdad on Sunday, causing two casualties, the military said."
	evs := eventsOf(t, text, "2024-05-05", truce.Assault)
	if len(evs) == 0 {
		t.Errorf("%q: no attack", text)
	}
	for _, ev := range evs {
		if f := ev.Fatalities; f != nil && f.Max == 0 {
			t.Errorf("%q: fatalities %+v, want no zero toll", text, f)
		}
	}
}
