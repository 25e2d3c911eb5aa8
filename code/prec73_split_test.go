package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// Two sanctions of one kind, each told by a verb of its own over an object
// of its own, are two measures (prec73_split.go).
func TestOwnSanctionsSplitPrec73(t *testing.T) {
	for _, text := range []string{
		"The European Union imposed sanctions on four Iranian generals and raised tariffs on Iranian oil to 40 percent on Friday.",
		"Kenya cut diplomatic relations with Somalia on Monday and recalled its ambassador from Mogadishu.",
	} {
		if evs := eventsOf(t, text, "2024-03-01", truce.Sanction); len(evs) != 2 {
			t.Errorf("%q: got %d sanctions, want 2, one per measure", text, len(evs))
		}
	}
}

// A measure told again, over a pronoun for its object, or one verb said
// twice over a second object, stays one event.
func TestOwnSanctionsRetoldOncePrec73(t *testing.T) {
	for _, text := range []string{
		"Chile declared Bolivia's consul persona non grata on Friday and gave him 48 hours to leave.",
		"Ghana expelled Togo's ambassador and expelled two Togolese diplomats on Friday.",
		"Britain announced and imposed sanctions on two Russian banks on Thursday.",
	} {
		if evs := eventsOf(t, text, "2024-03-01", truce.Sanction); len(evs) != 1 {
			t.Errorf("%q: got %d sanctions, want 1", text, len(evs))
		}
	}
}
