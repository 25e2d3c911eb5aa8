package code_test

import "testing"

// Talks told after another act with their own counterpart are a
// meeting of their own; talks already told are only its setting.
func TestPrec62TalksAfterAnAct(t *testing.T) {
	for _, text := range []string{
		"NAIROBI, May 5 - Kenya lifted its ban on Ugandan sugar imports on Tuesday after talks in Kampala between the Kenyan trade minister and President Yoweri Museveni, officials said.",
		"ACCRA, May 5 - Ghana agreed on Monday to reopen its border with Togo, the Ghanaian foreign minister said following negotiations with Togo's president.",
	} {
		if got := eventsOf(t, text, "", "CONSULT"); len(got) != 1 {
			t.Errorf("%q: want one CONSULT, got %d", text, len(got))
		}
		if got := mustExtract(t, text, "").Events; len(got) != 2 {
			t.Errorf("%q: want the act and the talks, got %d events", text, len(got))
		}
	}
	text := "LIMA, May 5 - Peru and Chile signed a fisheries accord on Tuesday after the talks, officials said."
	if got := eventsOf(t, text, "", "CONSULT"); len(got) != 0 {
		t.Errorf("%q: talks already told read as a meeting", text)
	}
}
