package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A story read with no publication date names the month March as often as
// a dated one: no march may come of it, and a real march must still.
func TestUndatedMonthIsNoMarch(t *testing.T) {
	for _, text := range []string{
		"SEOUL, March 16 - South Korea and Japan agreed on March 16 to restore their intelligence pact.",
		"Kenya and Uganda said in early March they would reopen the border crossing at Busia.",
		"Talks between the two delegations have stalled since March, a diplomat said.",
	} {
		for _, published := range []string{"", "2023-03-20"} {
			if evs := eventsOf(t, text, published, truce.Protest); len(evs) > 0 {
				t.Errorf("published %q: %q: got %d protest(s), want none", published, text, len(evs))
			}
		}
	}
	for _, text := range []string{
		"Thousands of teachers march through Nairobi to demand higher pay.",
		"March organisers said about 5,000 nurses walked to parliament in Accra on Friday.",
	} {
		if evs := eventsOf(t, text, "", truce.Protest); len(evs) == 0 {
			t.Errorf("undated %q: got no protest, want one", text)
		}
	}
}
