package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "attack" before a craft or an arm says what kind it is ("attack
// drones", "attack helicopters", "assault rifles"); the act, if any, is
// the verb's.
func TestArmKindNoAct(t *testing.T) {
	for _, c := range []struct {
		text    string
		attacks int
	}{
		{"Latvia's air force said it had shot down all 20 attack drones that crossed the border overnight.", 0},
		{"The Malian army said its attack helicopters had struck rebel positions near Gao on Monday.", 1},
		{"Gunmen armed with assault rifles killed five villagers in Zamfara on Sunday.", 1},
	} {
		n := 0
		for _, ev := range mustExtract(t, c.text, "2024-05-01").Events {
			if ev.Type == truce.Assault {
				n++
			}
		}
		if n != c.attacks {
			t.Errorf("%q: %d attacks, want %d", c.text, n, c.attacks)
		}
	}
}
