package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A summit or meeting at which two sides agreed is a CONSULT of the two
// beside their AGREE; a gerund ("after meeting his counterpart") stays the
// setting of the act.
func TestMode63AgreedAtMeeting(t *testing.T) {
	cases := []struct {
		text     string
		src, tgt string
	}{
		{"The presidents of Armenia and Azerbaijan agreed on Friday to open two border crossings and to exchange prisoners, after a summit in Brussels that lasted six hours.", "ARMGOV", "AZEGOV"},
		{"Chile and Peru agreed on Tuesday to set up a joint commission on water rights, following a meeting of their foreign ministers in Lima.", "CHLGOV", "PERGOV"},
		{"Thai and Malaysian border police agreed at a three-day meeting that ended on Friday to run joint patrols along the frontier.", "THACOP", "MYSCOP"},
		{"Kenya and Tanzania signed a deal on Thursday to end a dispute over lorry permits, after a meeting of their trade ministers in Arusha.", "KENGOV", "TZAGOV"},
	}
	for _, c := range cases {
		if len(eventsOf(t, c.text, "2024-05-10", truce.Agree)) == 0 {
			t.Errorf("%q: no AGREE", c.text)
		}
		evs := eventsOf(t, c.text, "2024-05-10", truce.Consult)
		if len(evs) != 1 {
			t.Errorf("%q: %d CONSULT events, want 1", c.text, len(evs))
			continue
		}
		if !hasActor(evs[0].Source, c.src) || !hasActor(evs[0].Target, c.tgt) {
			t.Errorf("%q: CONSULT %v -> %v, want %s -> %s", c.text, evs[0].Source, evs[0].Target, c.src, c.tgt)
		}
	}
	gerund := "Nepal and Bhutan agreed on Monday to reopen two border posts, the home minister said after meeting his counterpart in Thimphu."
	if evs := eventsOf(t, gerund, "2024-05-10", truce.Consult); len(evs) != 0 {
		t.Errorf("%q: CONSULT %+v from a gerund, want none", gerund, evs)
	}
	if len(eventsOf(t, gerund, "2024-05-10", truce.Agree)) == 0 {
		t.Errorf("%q: no AGREE", gerund)
	}
}
