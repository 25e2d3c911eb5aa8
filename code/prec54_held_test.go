package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// prec54Ids returns the ids of as.
func prec54Ids(as []truce.Actor) []string {
	out := make([]string, 0, len(as))
	for _, a := range as {
		out = append(out, a.ID)
	}
	return out
}

// People a side says it holds, freed under a deal, are the other side's.
func TestPrec54HeldPeopleAreTheOtherSides(t *testing.T) {
	cases := []struct{ text, src, cc string }{
		{"Israel and Hezbollah agreed on Tuesday to a week-long pause in the fighting. Under the deal Hezbollah is to free six farmers and nurses it has held since April.", "HEZBOLLAH", "ISR"},
		{"The Colombian government and the ELN agreed on Monday to a three-month ceasefire. Under the accord the ELN will free 12 farmers and teachers it has held since January.", "ELN", "COL"},
		{"Sudan's army and the RSF agreed on Friday to a week-long truce in Darfur. The RSF is expected to release 40 traders they have been holding in Nyala.", "RSF", "SDN"},
	}
	for _, c := range cases {
		var hit bool
		for _, ev := range eventsOf(t, c.text, "2024-05-01", truce.Retreat, "release") {
			if len(ev.Source) == 0 || ev.Source[0].ID != c.src {
				continue
			}
			hit = true
			for _, a := range ev.Target {
				if a.Country != c.cc {
					t.Errorf("%q: target %v, want people of %s", c.text, prec54Ids(ev.Target), c.cc)
				}
			}
			if len(ev.Target) == 0 {
				t.Errorf("%q: no target, want people of %s", c.text, c.cc)
			}
		}
		if !hit {
			t.Errorf("%q: no release by %s", c.text, c.src)
		}
	}
}

// People who did the holding themselves are no captives.
func TestPrec54SubjectRelativeIsNoHold(t *testing.T) {
	for _, ev := range eventsOf(t, "The officers who seized power in Bamako rejected the ultimatum on Sunday.", "2024-05-01", truce.Reject) {
		for _, a := range ev.Source {
			if a.Country != "MLI" {
				t.Errorf("source %v, want Mali's officers", prec54Ids(ev.Source))
			}
		}
	}
}
