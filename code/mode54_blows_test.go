package code_test

import "testing"

// A crowd's blows on a person are an assault with mode beat, even when the
// crowd are protesters; their stones and arson stay a riot.
func TestMode54CrowdBlowsAreAssault(t *testing.T) {
	for _, text := range []string{
		"MOMBASA, March 3 - Demonstrators angry over fuel prices cornered a tax official outside his office and beat him to death, police said.",
		"ACCRA, Oct 9 - Protesters beat a district commissioner outside the party office in Accra on Monday, police said.",
		"LIMA, Feb 2 - Protesters lynched a police officer they accused of shooting a student, officials said.",
	} {
		if got := eventsOf(t, text, "", "ASSAULT", "beat"); len(got) != 1 {
			t.Errorf("%q: want one ASSAULT beat, got %d", text, len(got))
		}
		if got := eventsOf(t, text, "", "PROTEST", "riot"); len(got) != 0 {
			t.Errorf("%q: the beating read as a riot", text)
		}
	}
}

func TestMode54StonesStayRiot(t *testing.T) {
	text := "QUITO, June 4 - Protesters hurled stones at police and torched tyres in the city centre on Tuesday."
	if got := eventsOf(t, text, "", "PROTEST", "riot"); len(got) == 0 {
		t.Errorf("%q: want a riot", text)
	}
	if got := eventsOf(t, text, "", "ASSAULT", "beat"); len(got) != 0 {
		t.Errorf("%q: stones read as a beating", text)
	}
}
