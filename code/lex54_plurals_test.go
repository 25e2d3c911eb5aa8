package code_test

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

// The plural nouns of explosions and shelling code attacks as the
// singular ones do.
func TestLex54PluralAttackNouns(t *testing.T) {
	for _, c := range []struct{ text, mode string }{
		{"Booby traps left by the retreating fighters killed four farmers near Raqqa on Sunday.", "explosives"},
		{"Weeks of bombardments by government forces have flattened much of Idlib, residents said.", "heavy-weapons"},
		{"Two bomb attacks on police posts in Maiduguri killed 14 people on Monday.", "explosives"},
	} {
		if len(eventsOf(t, c.text, "2024-05-01", truce.Assault, c.mode)) == 0 {
			t.Errorf("%q: no %s attack", c.text, c.mode)
		}
	}
}

// "claimed both attacks" names the attacks told before: no new attack.
func TestPrec54BothNamesTheAttacksToldBefore(t *testing.T) {
	text := "Gunmen stormed a hotel in Mogadishu on Friday, killing 12 people, and a car bomb exploded near the port. Al Shabaab claimed both attacks."
	for _, ev := range eventsOf(t, text, "2024-05-01", truce.Assault) {
		if strings.HasPrefix(ev.Evidence.Sentence, "Al Shabaab claimed") {
			t.Errorf("attack coded from the claim: %+v", ev.Evidence.Sentence)
		}
	}
}
