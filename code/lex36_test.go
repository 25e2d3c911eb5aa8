package code_test

import (
	"testing"

	truce "github.com/truce-project/truce"
)

// TestLex36AppealedOnDay checks an appeal or plea whose weekday stands
// between the verb and its "to", "for" or "with": still a request (CAMEO
// 100) to the party named after it.
func TestLex36AppealedOnDay(t *testing.T) {
	wantEvents(t, truce.Request, "", []sidesCase{
		{"appealed on day to", "Kenya appealed on Tuesday to Ethiopia to reopen the border crossing at Moyale.", "KEN", "ETH"},
		{"appealed late on day to", "Mali appealed late on Wednesday to Algeria to reopen the border.", "MLI", "DZA"},
		{"appealed day for", "Chad appealed Friday for help from Cameroon after the floods.", "TCD", ""},
	})
}

// TestLex36AppealToFeed checks a request whose stated end is feeding
// people: it asks for help (mode assist, CAMEO 103).
func TestLex36AppealToFeed(t *testing.T) {
	wantEvents(t, truce.Request, "assist", []sidesCase{
		{"appealed for millions to feed", "Somalia appealed for 40 million dollars to feed families displaced by the drought.", "SOM", ""},
		{"asked neighbours to keep feeding", "Malawi asked Zambia to keep feeding the refugees in its border camps.", "MWI", "ZMB"},
	})
}
