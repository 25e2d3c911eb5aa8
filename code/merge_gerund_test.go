package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A gerund right before a verb in the past is that verb's subject: "In
// Kharkiv, Russian shelling killed three people" is one attack with its
// toll, however the tagger read the gerund after the fronted place.
func TestGerundSubjectOneAttack(t *testing.T) {
	for _, c := range []struct {
		text string
		dead int
	}{
		{"In Kharkiv, Russian shelling killed three people on Monday, the governor said.", 3},
		{"In southern Lebanon, Israeli bombing killed four civilians overnight.", 4},
		{"On Friday, heavy shelling by government forces killed 12 people in Idlib.", 12},
	} {
		var attacks []truce.Event
		for _, ev := range mustExtract(t, c.text, "2024-05-01").Events {
			if ev.Type == truce.Assault {
				attacks = append(attacks, ev)
			}
		}
		if len(attacks) != 1 {
			t.Errorf("%q: want one attack, got %d: %+v", c.text, len(attacks), attacks)
			continue
		}
		if f := attacks[0].Fatalities; f == nil || f.Min != c.dead {
			t.Errorf("%q: fatalities %+v, want %d", c.text, f, c.dead)
		}
		if attacks[0].Mode == "firearms" {
			t.Errorf("%q: mode %q, want the weapon's, not the killing verb's", c.text, attacks[0].Mode)
		}
	}
}
