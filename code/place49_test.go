package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// place49Texts returns the location texts and names of the events of typ
// coded from text.
func place49Texts(t *testing.T, text, typ string) (texts, names []string) {
	t.Helper()
	evs := eventsOf(t, text, "2024-03-04", typ)
	if len(evs) == 0 {
		t.Fatalf("no %s event in %q", typ, text)
	}
	for _, ev := range evs {
		if ev.Location == nil {
			texts, names = append(texts, ""), append(names, "")
			continue
		}
		texts, names = append(texts, ev.Location.Text), append(names, ev.Location.Name)
	}
	return texts, names
}

// A place's text is its name as written: a province without the direction
// before it, a town without its airport, a destination with its feature
// noun; a country keeps its direction.
func TestPlace49WrittenName(t *testing.T) {
	for _, tc := range []struct{ name, text, typ, want string }{
		{"province loses its direction", "Gunmen killed nine farmers in northern Katsina state on Sunday, police said.", truce.Assault, "Katsina"},
		{"province in a curfew", "The governor imposed a curfew across southern Chiapas on Monday.", truce.Coerce, "Chiapas"},
		{"country keeps its direction", "Rebels killed nine villagers in eastern Ukraine on Sunday, officials said.", truce.Assault, "eastern Ukraine"},
		{"town without its airport", "Border police detained an opposition leader at Vilnius airport on Sunday.", truce.Coerce, "Vilnius"},
		{"town's airport struck", "A drone struck Abha airport on Tuesday, wounding four workers.", truce.Assault, "Abha"},
		{"feature noun after a destination", "The army sent troops and helicopters to the Zendawa forest on Sunday to hunt the gunmen.", truce.Mobilize, "Zendawa forest"},
		{"common noun after it is no place", "The army sent troops to Zendawa villagers on Sunday.", truce.Mobilize, "!Zendawa villagers"},
	} {
		texts, _ := place49Texts(t, tc.text, tc.typ)
		for _, got := range texts {
			if tc.want[0] == '!' {
				if got == tc.want[1:] {
					t.Errorf("%s: %q: placed at %q", tc.name, tc.text, got)
				}
				continue
			}
			if got != tc.want {
				t.Errorf("%s: %q: got text %q, want %q", tc.name, tc.text, got, tc.want)
			}
		}
	}
}
