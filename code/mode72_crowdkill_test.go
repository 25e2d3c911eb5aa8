package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestMode72CrowdKillsSecurityForces checks that soldiers or policemen
// killed by protesters or a crowd, told as the killing itself, are an
// assault, not a riot, while a toll of days of rioting stays the riot's.
func TestMode72CrowdKillsSecurityForces(t *testing.T) {
	for _, tc := range []struct{ name, text, tgt string }{
		{"stoned to death by a crowd", "Two soldiers were stoned to death by an angry crowd near the market in Goma on Friday, the army said.", "CODMIL"},
		{"killed when a truck driven by rioters", "Three police officers were killed on Sunday when a truck driven by rioters smashed into their checkpoint outside Dakar.", "SENCOP"},
		{"protesters killed an officer", "Protesters killed a police officer and burned two patrol cars in Lagos on Monday, police said.", "NGACOP"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			evs := eventsOf(t, tc.text, "2024-05-06", truce.Assault)
			found := false
			for _, ev := range evs {
				if hasActor(ev.Target, tc.tgt) {
					found = true
				}
			}
			if !found {
				t.Errorf("want an ASSAULT on %s, got %+v", tc.tgt, mustExtract(t, tc.text, "2024-05-06").Events)
			}
			for _, ev := range eventsOf(t, tc.text, "2024-05-06", truce.Protest) {
				if hasActor(ev.Target, tc.tgt) {
					t.Errorf("the killing of %s stays a riot: %+v", tc.tgt, ev)
				}
			}
		})
	}
	// A toll told of days of rioting is the riot's toll.
	text := "At least 14 people, among them two policemen, were killed in three days of rioting by protesters in Nairobi, police said."
	if evs := eventsOf(t, text, "2024-05-06", truce.Protest, "riot"); len(evs) != 1 {
		t.Errorf("want the riot kept, got %+v", mustExtract(t, text, "2024-05-06").Events)
	}
	if evs := eventsOf(t, text, "2024-05-06", truce.Assault); len(evs) != 0 {
		t.Errorf("a toll of rioting made an assault: %+v", evs)
	}
}
