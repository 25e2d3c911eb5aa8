package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestTell33BodySpokesman checks that a spokesman no one owns speaks for
// the organisation of no state that opens the sentence, not for the
// government of the place, and that an armed group opening the sentence
// does not get the word.
func TestTell33BodySpokesman(t *testing.T) {
	runTellerCases(t, []tellerCase{
		{"a UN agency's spokesman",
			"UNICEF flew vaccines to 12,000 children in Kenya's Turkana county on Monday, a spokesman said.",
			"vaccines", truce.Aid, "", "UNICEF"},
		{"an aid body's spokeswoman",
			"The International Committee of the Red Cross handed out food and blankets to 3,000 families in Goma on Friday, a spokeswoman said.",
			"blankets", truce.Aid, "", "ICRC"},
	})
	x := mustExtract(t, "Al Shabaab fighters attacked an army base near Kismayo on Sunday, a spokesman said.", "2025-11-20")
	for _, e := range x.Events {
		if e.ReportedBy != nil && e.ReportedBy.ID == "ALSHABAAB" {
			t.Errorf("an armed group's attack told by a bare spokesman: got teller %+v", *e.ReportedBy)
		}
	}
}
