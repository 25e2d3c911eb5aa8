package code_test

// gsr22: rules drawn from PLOVER's gold-standard records the coder coded
// nothing for, each checked on sentences written for the test.

import (
	"testing"

	"github.com/truce-project/truce"
)

// An act told in the present perfect is a past act: a sentence that also
// gives advice ("saying he must resign") still codes it.
func TestGSR22PerfectActBeforeAdvice(t *testing.T) {
	for text, want := range map[string][3]string{
		"Students have staged a sit-in outside the Kenyan parliament, saying the minister must resign.": {truce.Protest, "KENEDU", "KENGOV"},
		"Nurses have marched through Nairobi against the health minister, saying he should quit.":       {truce.Protest, "KENHLH", "KENGOV"},
		"Kenya has asked Uganda to hold talks on the border dispute, saying the two sides must meet.":   {truce.Request, "KENGOV", "UGAGOV"},
	} {
		t.Run(text[:24], func(t *testing.T) {
			evs := mustExtract(t, text, "2024-03-01").Events
			if len(evs) == 0 || evs[0].Type != want[0] || !hasEvent(evs[:1], want[0], want[1], want[2]) {
				t.Errorf("want a first %s %s -> %s in %q, got %+v", want[0], want[1], want[2], text, evs)
			}
		})
	}
}

// A passive perfect is no act of its own: "it has been argued that …
// must …" stays advice, and codes nothing.
func TestGSR22PassivePerfectStaysAdvice(t *testing.T) {
	for _, text := range []string{
		"It has been argued that Kenya must withdraw its troops.",
		"It has been suggested that Uganda should close the border.",
	} {
		t.Run(text[:24], func(t *testing.T) {
			if evs := mustExtract(t, text, "2024-03-01").Events; len(evs) > 0 {
				t.Errorf("want no event in %q, got %+v", text, evs)
			}
		})
	}
}
