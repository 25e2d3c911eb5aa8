package code_test

// Ground or buildings handed back without a fight are a pullout (RETREAT
// withdraw); people handed back are not; a handover told as part of a
// withdrawal is that withdrawal.

import (
	"testing"

	"github.com/truce-project/truce"
)

func TestLex41HandBack(t *testing.T) {
	checkOneWithdrawal(t, map[string]string{
		"Students who had occupied the campus in Nairobi handed it back to the police on Friday.":    "KENEDU",
		"Militiamen in Libya handed the airport of Tripoli back to the government on Monday.":        "LBYMLT",
		"The rebels in Myanmar handed the hill town of Hpakant back to the army under a local deal.": "MMRREB",
	})
}

// checkOneWithdrawal checks that each text codes exactly one withdrawal,
// whose source is the id given.
func checkOneWithdrawal(t *testing.T, sources map[string]string) {
	t.Helper()
	for text, src := range sources {
		t.Run(text[:30], func(t *testing.T) {
			evs := eventsOf(t, text, "2024-06-01", truce.Retreat, "withdraw")
			if len(evs) != 1 {
				t.Fatalf("want one withdrawal in %q, got %+v", text, evs)
			}
			if s := evs[0].Source; len(s) == 0 || s[0].ID != src {
				t.Errorf("source in %q: %+v, want %s", text, s, src)
			}
		})
	}
}

func TestLex41HandBackPeople(t *testing.T) {
	for _, text := range []string{
		"The Taliban handed the detainees back to Pakistan on Sunday.",
		"The militia gave the bodies of the two soldiers back to their families in Benghazi.",
		"The junta in Niamey pledged to hand power back to an elected government.",
	} {
		t.Run(text[:30], func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-06-01", truce.Retreat, "withdraw"); len(evs) > 0 {
				t.Errorf("withdrawal in %q: %+v", text, evs)
			}
		})
	}
}

// "completed its pullout …, handing the city back to Kyiv": one withdrawal.
func TestLex41HandBackOfWithdrawal(t *testing.T) {
	text := "Russia said on Friday it had completed the withdrawal of its troops from the east bank, handing the town of Oleshky back to Ukraine."
	if evs := eventsOf(t, text, "2024-06-01", truce.Retreat, "withdraw"); len(evs) != 1 {
		t.Errorf("want one withdrawal in %q, got %d: %+v", text, len(evs), evs)
	}
}
