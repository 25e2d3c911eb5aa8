package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A demand in a comma participle after a long protest clause, or after
// one holding a relative clause, says what the protest was for.
func TestPrec43ProtestDemandIsPurpose(t *testing.T) {
	for _, text := range []string{
		"Several hundred nurses rallied for a third day outside the health ministry in the capital on Wednesday, demanding that the government pay months of overdue wages.",
		"Relatives of the detained activist gathered outside the police station where she was being held, demanding her immediate release.",
	} {
		if got := eventsOf(t, text, "2024-05-01", truce.Request); len(got) != 0 {
			t.Errorf("%q: want no request of its own, got %+v", text, got)
		}
		if got := eventsOf(t, text, "2024-05-01", truce.Protest); len(got) != 1 {
			t.Errorf("%q: want the protest, got %d", text, len(got))
		}
	}
}

// A demand made by another speaker in a clause of its own stays.
func TestPrec43ProtestOtherSpeakerStays(t *testing.T) {
	text := "Hundreds of students rallied outside parliament on Monday, and the education minister later urged them to return to classes."
	if got := eventsOf(t, text, "2024-05-01", truce.Request); len(got) != 1 {
		t.Errorf("%q: want the minister's request kept, got %d", text, len(got))
	}
}
