package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A coup told by the seizure of power and the arrest of the leader is one
// event, the arrest (prec70_coup.go); the seizure alone still codes one.
func TestCoupSeizureAndArrestOncePrec70(t *testing.T) {
	for _, text := range []string{
		"The regional bloc expelled Mali from its councils on Monday, two days after mutinous soldiers seized power in Bamako and detained the interim president.",
		"Soldiers seized power in Conakry on Sunday, arresting the president and dissolving the government.",
		"Donors halted aid to Burkina Faso after army officers seized power and arrested the prime minister.",
	} {
		evs := eventsOf(t, text, "2024-03-01", truce.Coerce)
		arrests, seizures := 0, 0
		for _, ev := range evs {
			switch ev.Mode {
			case "arrest":
				arrests++
			case "seize":
				seizures++
			}
		}
		if arrests != 1 || seizures != 0 {
			t.Errorf("%q: got %d arrests and %d seizures of power, want the coup once, as the arrest", text, arrests, seizures)
		}
	}
}

// A seizure of power with no arrest the coder can build stays an event.
func TestCoupSeizureAloneKeptPrec70(t *testing.T) {
	for _, text := range []string{
		"Donors froze their budget support to Niger on Friday after the presidential guard seized power and placed the elected leader under house arrest.",
		"Army officers seized power in Niamey on Wednesday.",
	} {
		if evs := eventsOf(t, text, "2024-03-01", truce.Coerce, "seize"); len(evs) != 1 {
			t.Errorf("%q: got %d seizures of power, want 1", text, len(evs))
		}
	}
}

// A dateline places the first trigger of an act in its town; a second
// trigger of the same act is still folded into it (prec70_dateline.go),
// while a measure of another kind stays an event of its own.
func TestDatelineSameActOncePrec70(t *testing.T) {
	for _, text := range []string{
		"HARARE, March 3 - Zimbabwe declared Zambia's ambassador persona non grata on Monday and gave her 48 hours to leave, accusing Lusaka of backing opposition groups.",
		"QUITO - Ecuador expelled Venezuela's ambassador on Friday, giving him 72 hours to leave the country.",
	} {
		if evs := eventsOf(t, text, "2024-03-05", truce.Sanction); len(evs) != 1 {
			t.Errorf("%q: got %d sanctions, want the expulsion once", text, len(evs))
		}
	}
	text := "ABUJA, June 2 - Nigeria expelled Ghana's high commissioner on Friday and suspended all trade with Accra."
	if evs := eventsOf(t, text, "2024-06-03", truce.Sanction); len(evs) != 2 {
		t.Errorf("%q: got %d sanctions, want the expulsion and the trade measure", text, len(evs))
	}
}
