package code_test

import "testing"

// Named states meeting in a country none of them is hold third-party
// talks (CAMEO 044), not a multilateral summit; a country named only as
// the venue is no party.
func TestMode76NamedStatesAbroadAreThirdParty(t *testing.T) {
	for _, text := range []string{
		"Delegates of Ghana, Togo and Benin held talks in Geneva on Tuesday about the disputed border.",
		"Foreign ministers of Chile, Peru and Bolivia met in Madrid on Monday to discuss migration.",
		"The prime ministers of Greece and Turkey met on Malta's Gozo island on Friday to discuss the Aegean.",
		"The presidents of Kenya and Somalia met on Wednesday in Arusha, Tanzania, and agreed to reopen their border.",
	} {
		got := eventsOf(t, text, "", "CONSULT", "third-party")
		if len(got) != 1 {
			t.Errorf("%q: want one CONSULT third-party, got %d", text, len(got))
			continue
		}
		if got[0].CAMEO != "044" {
			t.Errorf("%q: CAMEO %s, want 044", text, got[0].CAMEO)
		}
		if n := len(eventsOf(t, text, "", "CONSULT", "multilateral")); n != 0 {
			t.Errorf("%q: named states abroad read as a multilateral summit", text)
		}
	}
	// The venue country is no party to the talks.
	text := "The prime ministers of Greece and Turkey met on Malta's Gozo island on Friday to discuss the Aegean."
	for _, ev := range eventsOf(t, text, "", "CONSULT") {
		for _, a := range append(ev.Source, ev.Target...) {
			if a.Country == "MLT" {
				t.Errorf("%q: the venue Malta coded as a party (%s)", text, a.ID)
			}
		}
	}
}

// States counted, and named states meeting in one of their own
// countries, keep the multilateral code.
func TestMode76CountedStatesStayMultilateral(t *testing.T) {
	for _, text := range []string{
		"Uruguay, Paraguay, Argentina and Brazil met in Asuncion on Thursday to discuss trade.",
		"Presidents of more than thirty countries gathered for a summit in Nairobi on Monday.",
	} {
		if got := eventsOf(t, text, "", "CONSULT", "multilateral"); len(got) != 1 {
			t.Errorf("%q: want one CONSULT multilateral, got %d", text, len(got))
		}
	}
}
