package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestPrec52ReadyToStrike checks that readiness to resume or launch
// attacks is a threat of force, and the attack it names is not told as
// done; troops offered on a condition are a threat, troops offered to an
// ally are not. Sentences of our own.
func TestPrec52ReadyToStrike(t *testing.T) {
	for _, text := range []string{
		"The Houthis said they were prepared to resume attacks on shipping in the Red Sea.",
		"The Azerbaijani army is ready to resume shelling of Armenian positions, its commander said.",
		"The militia stands ready to resume its raids on the camps.",
		"The African Union said it stood ready to send troops to restore the ousted leader in Gabon if talks failed.",
	} {
		t.Run(text, func(t *testing.T) {
			ex := mustExtract(t, text, "2026-05-14")
			threats := 0
			for _, ev := range ex.Events {
				switch ev.Type {
				case truce.Threaten:
					threats++
				case truce.Assault, truce.Agree, truce.Mobilize:
					t.Errorf("got %s %s, want the readiness as a threat only", ev.Type, ev.Mode)
				}
			}
			if threats != 1 {
				t.Errorf("%d threats, want 1", threats)
			}
		})
	}
	if evs := eventsOf(t, "Russia said it was ready to send troops to help its ally Belarus.", "2026-05-14", truce.Threaten); len(evs) != 0 {
		t.Errorf("troops offered to an ally: %d threats, want none", len(evs))
	}
}

// TestPrec52SwapParts checks that the releases told in a "with" clause
// after a prisoner exchange are its parts, not releases of their own,
// unless the exchange is only foretold. Sentences of our own.
func TestPrec52SwapParts(t *testing.T) {
	for _, text := range []string{
		"Russia and Ukraine exchanged prisoners on Friday, with Moscow freeing 90 Ukrainian soldiers and Kyiv releasing 80 Russians.",
		"Russia and Ukraine agreed to exchange prisoners, with Moscow freeing 90 Ukrainian soldiers and Kyiv releasing 80 Russians.",
	} {
		t.Run(text, func(t *testing.T) {
			ex := mustExtract(t, text, "2026-05-14")
			if n := len(ex.Events); n != 1 {
				t.Errorf("%d events, want one for the swap", n)
			}
		})
	}
}
