package code_test

import "testing"

// A passive charge's accuser after a long charge: past an amount, a
// phrase with a common noun, a time phrase or an aside closed right
// before "by". A participle's own "by", a gerund of means and a clause
// of its own keep the agent from the accusation.
func TestGsr32AccuserAfterLongCharge(t *testing.T) {
	wantEvents(t, "ACCUSE", "", []sidesCase{
		{"an amount and an aside", "Former minister Paul Okello has been accused of stealing up to $20 million in aid money, much of it sent abroad, by senior Ugandan government officials.", "UGAGOV", "UGA"},
		{"a time phrase", "The opposition leader was accused of inciting violence during the election campaign by the Zambian interior minister.", "ZMBGOV", "ZMB"},
		{"more than, in a common noun", "The former governor was accused of diverting more than $3 million in school funds by Malawian prosecutors.", "MWI", "MWI"},
	})
	for _, text := range []string{
		"The mayor was accused of hiding funds stolen by Tanzanian officials.",
		"The colonel was accused of killing protesters in the capital by ordering troops to fire.",
		"The envoy was accused of leaking documents, which were later published by Kenyan newspapers.",
	} {
		for _, ev := range eventsOf(t, text, "2024-03-01", "ACCUSE") {
			if hasActor(ev.Source, "TZAGOV") || hasActor(ev.Source, "KENMED") || hasActor(ev.Source, "KEN") {
				t.Errorf("%q: an inner agent taken for the accuser: %s", text, probeIDs(ev.Source))
			}
		}
	}
}

// Forces built up inside another state are aimed at it, as forces that
// arrive there are; forces built up at home, or in a region, have no
// state to aim at.
func TestGsr32ForcesBuiltUpAbroad(t *testing.T) {
	wantEvents(t, "MOBILIZE", "", []sidesCase{
		{"strengthened its forces in", "Rwanda has strengthened its forces in Mozambique after the ambush.", "RWA", "MOZ"},
		{"deployed its troops in", "Russia deployed its troops in Belarus on Monday.", "RUS", "BLR"},
		{"boosted its military presence in", "Ethiopia boosted its military presence in Somalia.", "ETH", "SOM"},
	})
	for _, text := range []string{
		"Kenya has strengthened its forces in Kenya's north after the raids.",
		"Nigeria has reinforced its troops in Borno state.",
	} {
		for _, ev := range eventsOf(t, text, "2024-03-01", "MOBILIZE") {
			if len(ev.Target) > 0 {
				t.Errorf("%q: forces at home given a target: %s", text, probeIDs(ev.Target))
			}
		}
	}
}

// People sent to look into something inside another state open an
// inquiry into that state, told by the place they are sent to; a
// purpose clause after them is the same inquiry. A town alone, or the
// sender's own country, names no state to look into.
func TestGsr32InquirySentIntoState(t *testing.T) {
	wantEvents(t, "ACCUSE", "", []sidesCase{
		{"a site in a state", "The IAEA has dispatched inspectors to a uranium plant in central Iran to monitor the work.", "IAEA", "IRN"},
		{"a named site, short form in brackets", "The OPCW sent inspectors to the Shayrat Air Base (SAB) in western Syria.", "OPCW", "SYR"},
		{"a capital", "The African Union dispatched investigators to Bangui on Monday.", "AU", "CAF"},
	})
	text := "The UN sent investigators to a camp in eastern Chad to look into the killings."
	evs := eventsOf(t, text, "2024-03-01", "ACCUSE")
	if len(evs) != 1 || !hasActor(evs[0].Target, "TCD") {
		t.Errorf("%q: want one inquiry into Chad, got %d events", text, len(evs))
	}
	for _, text := range []string{
		"The AU dispatched investigators to the town on Monday.",
		"Kenya sent investigators to a police station in Kenya's north.",
	} {
		for _, ev := range eventsOf(t, text, "2024-03-01", "ACCUSE") {
			if hasActor(ev.Target, "KENGOV") || len(ev.Target) > 0 && ev.Target[0].ID == ev.Target[0].Country && ev.Target[0].ID != "" {
				t.Errorf("%q: a state given as the inquiry's target: %s", text, probeIDs(ev.Target))
			}
		}
	}
}
