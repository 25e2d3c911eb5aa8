package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A story that opens with "the strike hit …" tells the attack for the
// first time; told after an attack, the same words retell it.
func TestPrec58FirstHit(t *testing.T) {
	texts := []string{
		"The strike hit a family compound in Rafah, killing six people.",
		"The raid destroyed a clinic in Idlib on Monday.",
		"The bombing killed twelve people at a market in Mogadishu.",
	}
	for _, text := range texts {
		if len(eventsOf(t, text, "2024-03-01", truce.Assault)) == 0 {
			t.Errorf("%q: no attack", text)
		}
	}
	text := "Israeli jets bombed a house in Rafah on Monday. The strike hit a family compound, killing six people."
	if n := len(eventsOf(t, text, "2024-03-01", truce.Assault)); n != 1 {
		t.Errorf("%q: %d attacks, want the one told first", text, n)
	}
}
