package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A toll whose only word for the attack is a plural of a blast noun
// ("blasts", "car bombings", "explosive devices") is the toll of an
// attack the sentence tells, as the singular is; a definite "the blasts"
// with no actor stays a reference to one told before.
func TestToll52PluralBlastNouns(t *testing.T) {
	for _, c := range []struct {
		name       string
		text       string
		dead, hurt int // -1: no attack coded
	}{
		{"blasts lead toll", "The death toll from blasts outside a market in Mosul rose to 41 on Tuesday, with more than 90 wounded, officials said.", 41, 90},
		{"bomb blasts lead toll", "The toll from bomb blasts at two bus stations in Quetta rose to 17 on Friday, police said.", 17, 0},
		{"car bombings", "Twin car bombings in a crowded market in Baghdad killed at least 32 people on Thursday, police said.", 32, 0},
		// a definite reference with no actor is an attack told before
		{"the blasts claimed", "No group claimed the blasts, police said.", -1, 0},
		{"blamed for the blasts", "Hezbollah blamed Israel for the blasts and vowed to respond.", -1, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-05-05", truce.Assault)
			if c.dead < 0 {
				if len(evs) != 0 {
					t.Fatalf("%q: %d attacks, want none", c.text, len(evs))
				}
				return
			}
			if len(evs) != 1 {
				t.Fatalf("%q: %d attacks, want 1", c.text, len(evs))
			}
			if f := evs[0].Fatalities; f == nil || f.Min != c.dead {
				t.Errorf("%q: fatalities %+v, want %d", c.text, f, c.dead)
			}
			if c.hurt > 0 {
				if in := evs[0].Injuries; in == nil || in.Min != c.hurt {
					t.Errorf("%q: injuries %+v, want %d", c.text, in, c.hurt)
				}
			}
		})
	}
}
