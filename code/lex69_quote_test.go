package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A word of contempt in quotation marks after "called the … a" is the
// same disapproval as the bare word.
func TestLex69QuotedEpithet(t *testing.T) {
	for _, text := range []string{
		`The opposition leader called the arrests a "political vendetta" and demanded the release of his aides.`,
		`Ruritania's president called the sanctions a "smear campaign" on Monday.`,
		`The foreign ministry in Vilnius called the expulsion of its consul a "pretext" for cutting ties.`,
	} {
		if len(eventsOf(t, text, "2024-05-10", truce.Accuse)) == 0 {
			t.Errorf("%q: no ACCUSE", text)
		}
	}
}
