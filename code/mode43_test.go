package code_test

// Round 43 of modes: a request for talks, or for the deal talks would
// reach, asks for a meeting (REQUEST meet), unless another act is asked
// first.

import (
	"testing"

	"github.com/truce-project/truce"
)

// "demanded that Somalia reopen border talks", "urged them to settle the
// feud through negotiations", "called for a binding accord": REQUEST
// meet; restraint asked before the dialogue stays yield, and keeping to
// a deal already made asks no meeting.
func TestMode43TalksAsked(t *testing.T) {
	wantEvents(t, truce.Request, "meet", []sidesCase{
		{"reopen talks", "Kenya demanded that Somalia reopen border talks with Nairobi.", "KENGOV", "SOMGOV"},
		{"through negotiations", "The Norwegian envoy urged Colombia and the ELN to settle the feud through negotiations.", "", "ELN"},
		{"called for an accord", "Egypt's foreign ministry called for a binding accord with Ethiopia on the dam.", "EGYGOV", "ETHGOV"},
		{"reach a deal", "Ghana urged Togo to reach a deal on the fishing grounds.", "GHAGOV", "TGOGOV"},
	})
	for _, text := range []string{
		"The UN urged Ethiopia and Eritrea to exercise restraint and resolve the dispute through dialogue.",
		"Venezuela urged Guyana to respect the accord.",
	} {
		for _, ev := range mustExtract(t, text, "2024-03-01").Events {
			if ev.Type == truce.Request && ev.Mode == "meet" {
				t.Errorf("%q: got REQUEST meet", text)
			}
		}
	}
}
