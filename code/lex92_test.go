package code_test

import "testing"

// TestLex92InProtest: a side that stands down its protest gives way (CAMEO
// 080), but a measure taken "in protest" is the measure: trade suspended
// in protest is a sanction, not a protest called off.
func TestLex92InProtest(t *testing.T) {
	for _, s := range []string{
		"Beijing suspended bilateral trade in protest at the visit.",
		"Kampala suspended all trade with its neighbour in protest on Friday.",
	} {
		t.Run(s, func(t *testing.T) {
			wantTypeMode(t, s, "", "SANCTION", "")
			wantNoTypeMode(t, s, "", "CONCEDE", "")
		})
	}
	for _, s := range []string{
		"The teachers' union suspended its planned protest after the talks.",
		"Opposition parties suspended the protest on Sunday.",
		"The opposition alliance suspended its week-long protest.",
	} {
		t.Run(s, func(t *testing.T) { wantTypeMode(t, s, "", "CONCEDE", "") })
	}
}
