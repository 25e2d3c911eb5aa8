package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestPlace38OwnSide checks that drills a state's forces hold near their
// border with a neighbour stay on their own side when the story is filed
// from the neighbour's capital, and that a town of the neighbour named in
// the clause still places the act there.
func TestPlace38OwnSide(t *testing.T) {
	probePlaces(t, []placeProbe{
		{"dateline across the border",
			"NAIROBI - Somalia's army held exercises with jets and artillery near its border with Kenya on Monday, officials said.",
			"exercises", "", "SOM", ""},
		{"dateline across the border, drills alone",
			"WARSAW - Belarusian troops began large-scale drills near their country's border with Poland on Tuesday, state media said.",
			"drills", "", "BLR", ""},
		{"no dateline",
			"The Kenyan army started exercises with armoured vehicles and helicopters near its border with Somalia on Wednesday.",
			"exercises", "", "KEN", ""},
	})
}

// TestPlace38DrillsWithGear checks that exercises "with" a side's own arms
// are one side's show of force, while exercises with another country's
// forces stay joint training.
func TestPlace38DrillsWithGear(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Kenyan army started exercises with armoured vehicles and helicopters near its border with Somalia on Wednesday.", truce.Mobilize},
		{"Egypt's navy began drills with warships and submarines in the Red Sea on Sunday.", truce.Mobilize},
		{"Indian troops began drills with the Japanese navy off Goa on Monday.", truce.Cooperate},
	} {
		x := mustExtract(t, tc.text, "2025-11-20")
		if len(x.Events) == 0 {
			t.Errorf("no event from %q", tc.text)
			continue
		}
		if got := x.Events[0].Type; got != tc.want {
			t.Errorf("%q: type = %s, want %s", tc.text, got, tc.want)
		}
	}
}
