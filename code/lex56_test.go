package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// People led or taken away by armed men are abducted, also when the
// abduction follows the killings of the same raid.
func TestLex56LedAwayIsAbduction(t *testing.T) {
	cases := []struct{ text, tgt string }{
		{"About 20 traders were led away into the hills by bandits near Gusau on Tuesday.", "traders"},
		{"Rebels killed 36 people in a raid on Mukondi and led several residents away into the forest.", "residents"},
		{"ADF fighters took several villagers away into the forest near Oicha.", "villagers"},
	}
	for _, c := range cases {
		evs := eventsOf(t, c.text, "2024-03-01", truce.Assault, "abduct")
		if len(evs) == 0 {
			t.Errorf("%q: no abduction", c.text)
			continue
		}
		if len(evs[0].Target) == 0 || evs[0].Target[0].Text != c.tgt {
			t.Errorf("%q: target %v, want %s", c.text, evs[0].Target, c.tgt)
		}
	}
}

// Taken away by the state's police or soldiers, people are arrested.
func TestLex56StateTakesAwayIsArrest(t *testing.T) {
	texts := []string{
		"Police led away three students who had chained themselves to the gate.",
		"Soldiers took the two village chiefs away after searching their homes in Tillaberi.",
		"Two journalists were taken away by police in Harare.",
		"The lawyer was bundled into a van by soldiers outside the court in Bamako.",
	}
	for _, text := range texts {
		if len(eventsOf(t, text, "2024-03-01", truce.Coerce, "arrest")) == 0 {
			t.Errorf("%q: no arrest", text)
		}
		if evs := eventsOf(t, text, "2024-03-01", truce.Assault, "abduct"); len(evs) > 0 {
			t.Errorf("%q: an abduction, want an arrest", text)
		}
	}
}

// Taking things away, or leading in another sense, is no capture.
func TestLex56NoCaptureOfThings(t *testing.T) {
	wantNone(t, truce.Assault,
		"The storm took the roofs away from dozens of houses in Beira.",
		"The opposition leader led the march away from the parliament building.",
	)
}
