package code_test

// Round 37 of category and mode: a main verb after a relative clause
// holding a demand, a meeting counted as the first in years, and talks a
// third party brokered or hosted.

import (
	"testing"

	"github.com/truce-project/truce"
)

// "Nurses who had demanded back pay rejected the offer": the main verb
// after a relative clause whose verb is a demand is no part of the demand.
func TestMode37RelativeMainVerb(t *testing.T) {
	wantTypedEvents(t, []typedCase{
		{"reject after demand", "Nurses who had demanded back pay rejected the ministry's offer on Tuesday.", truce.Reject, ""},
		{"march after reject", "Nurses who had demanded back pay rejected the ministry's offer and marched to parliament on Tuesday.", truce.Protest, ""},
		{"block after call", "Farmers who had called for lower fuel prices blocked the highway outside Nakuru on Monday.", truce.Protest, "KEN"},
	})
	// What a demand asks for, with no relative clause, stays its content.
	wantNone(t, truce.Retreat, "The rebels demanded that the army withdraw from the town.")
}

// "during his first state visit to Lima in a decade": a meeting counted
// as the first in a span is news of its own, not the setting or the
// content of the deal told before it.
func TestMode37CountedMeeting(t *testing.T) {
	wantEvents(t, truce.Consult, "", []sidesCase{
		{"first visit in a decade", "Chile's president signed a fisheries accord with Peru on Monday during his first state visit to Lima in a decade.", "CHL", "PER"},
		{"first summit in years", "The Kenyan and Ugandan leaders agreed in Kampala on Friday to reopen the border crossing, their first summit in three years.", "KEN", "UGA"},
		{"first such summit", "The Kenyan and Ugandan leaders agreed in Kampala on Friday to reopen the border crossing, the first such summit in three years.", "KEN", "UGA"},
	})
	// A visit only named as the setting of a deal is no meeting of its own.
	wantNone(t, truce.Consult,
		"Bolivia's president signed a trade pact with Paraguay during a visit to Asuncion.",
		"The two leaders agreed to hold a summit next year.")
}

// "after talks hosted by Kenya": talks a third party brokered or hosted
// are third-party talks (CAMEO 044), wherever they were held.
func TestMode37BrokeredTalks(t *testing.T) {
	wantEvents(t, truce.Consult, "third-party", []sidesCase{
		{"hosted by", "Ethiopia and Eritrea agreed on Monday to reopen their border after talks hosted by Kenya.", "ETH", "ERI"},
		{"mediated in the broker's capital", "Sudan and South Sudan agreed to share oil revenue after a meeting of their foreign ministers in Doha mediated by Qatar.", "SDN", "SSD"},
	})
}
