package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestLex38DatedNounPhrase: a year that names a thing through an
// adjective ("a 2019 armed robbery") does not make the act the sentence
// tells history; a participle that hangs on an earlier verb shares the
// year's date.
func TestLex38DatedNounPhrase(t *testing.T) {
	wantEvent(t, "Kenya handed over to Uganda a man wanted in Kampala for a 2019 armed robbery of a bank.",
		truce.Cooperate, "", "KEN", "UGA")
	wantNone(t, truce.Concede,
		"Tehran would end its work with the inspectors if the Europeans moved to restore sanctions lifted under the 2015 nuclear deal.")
}
