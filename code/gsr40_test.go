package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "forced the UN children's agency, UNICEF, out of the country", "expelled
// the UN observer mission": a body of the UN or of another state (an
// agency, a mission, observers, inspectors, envoys) sent out of the
// country is an expulsion (CAMEO 166), even with a name set off by commas
// after the noun. Forces pushed out of a town still lose ground.
func TestGsr40BodyForcedOut(t *testing.T) {
	cases := []struct{ text, target string }{
		{"The junta forced the UN children's agency, UNICEF, out of the country last week.", "UNICEF"},
		{"Ghana expelled the UN observer mission on Tuesday, the foreign ministry said.", "UN"},
		{"The military government in Niamey forced the French ambassador out of the country on Friday.", "FRA"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-05-02", truce.Sanction, "expel")
			if len(evs) == 0 {
				t.Fatalf("no expulsion coded in %+v", mustExtract(t, c.text, "2024-05-02").Events)
			}
			if !hasActor(evs[0].Target, c.target) {
				t.Errorf("target %+v, want %s", evs[0].Target, c.target)
			}
		})
	}
	for _, text := range []string{
		"The army forced the rebels out of the town on Monday.",
		"Rebels forced government troops out of the province on Friday.",
	} {
		t.Run(text, func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-05-02", truce.Sanction); len(evs) > 0 {
				t.Errorf("ground taken read as an expulsion: %+v", evs)
			}
		})
	}
}

// "said lifting the embargo was out of the question": a course the
// speaking side rules out is a rejection (CAMEO 120), as "is not
// negotiable" is.
func TestGsr40OutOfTheQuestion(t *testing.T) {
	cases := []struct{ text, source string }{
		{"The Turkish foreign minister said on Friday that lifting the embargo on Cyprus was out of the question.", "TUR"},
		{"Officials in Seoul said talks with Pyongyang are simply out of the question while the missile tests continue.", "KOR"},
		{"Ethiopia's prime minister said a return to the old border with Eritrea remained out of the question.", "ETH"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			evs := eventsOf(t, c.text, "2024-05-02", truce.Reject)
			if len(evs) == 0 {
				t.Fatalf("no rejection coded in %+v", mustExtract(t, c.text, "2024-05-02").Events)
			}
			if !hasActor(evs[0].Source, c.source) {
				t.Errorf("source %+v, want %s", evs[0].Source, c.source)
			}
		})
	}
	text := "A summer holiday is out of the question for many families this year."
	if evs := eventsOf(t, text, "2024-05-02", truce.Reject); len(evs) > 0 {
		t.Errorf("a rejection with no side: %+v", evs)
	}
}
