package code_test

// Round 41 of category and mode: an envoy barred from coming back, a line
// of communication cut beside another measure, a policy given up, a
// meeting's venue told late, a message given by phone, security taken
// over, and "will free".

import (
	"testing"

	"github.com/truce-project/truce"
)

// "told X's envoy not to return", "told X not to send back its
// ambassador": the other state's envoy is kept out (SANCTION expel), a
// second act beside the recall of the state's own; its own envoy told to
// stay away, or people told not to go home, is no expulsion.
func TestMode41EnvoyBarredFromReturning(t *testing.T) {
	wantEvents(t, truce.Sanction, "expel", []sidesCase{
		{"send back", "Ghana asked Nigeria not to send a new ambassador until the dispute was settled.", "GHAGOV", "NGAGOV"},
		{"relative clause", "Lithuania told Belarus's charge d'affaires, who had flown to Minsk for consultations, not to come back.", "LTUGOV", "BLRGOV"},
		{"beside a recall", "Chile recalled its ambassador from Lima and told Peru not to send back its own envoy.", "CHLGOV", "PERGOV"},
	})
	wantEvents(t, truce.Sanction, "withdraw", []sidesCase{
		{"recall kept", "Chile recalled its ambassador from Lima and told Peru not to send back its own envoy.", "CHLGOV", "PERGOV"},
	})
	wantNone(t, truce.Sanction,
		"Peru told its ambassador in Caracas not to return.",
		"The mayor told residents not to return to their homes.")
}

// "imposed a curfew, and mobile internet was sharply restricted", "ordered
// mobile data shut down", "extended a ban on mobile internet": a line of
// communication cut is a measure of its own (COERCE censor) beside the
// curfew or the arrests of the clause before; told in the passive with no
// agent it is the state's, on the people, whoever the clause before names.
func TestMode41LinesCut(t *testing.T) {
	wantEvents(t, truce.Coerce, "censor", []sidesCase{
		{"passive with adverb", "Troops arrested dozens of students in Dhaka, and internet access was also cut in several cities.", "BGDGOV", "BGDCVL"},
		{"participle after order", "Kenya's interior minister ordered mobile data shut down in Nairobi for three days.", "KEN", ""},
		{"ban on noun", "Indian authorities extended a ban on mobile internet in Manipur by a week.", "IND", ""},
	})
	wantEvents(t, truce.Coerce, "curfew", []sidesCase{
		{"curfew kept", "Police imposed a curfew in Lusaka on Monday, and mobile internet was sharply restricted across Zambia.", "", ""},
	})
	wantEvents(t, truce.Coerce, "censor", []sidesCase{
		{"curfew and passive", "Police imposed a curfew in Lusaka on Monday, and mobile internet was sharply restricted across Zambia.", "ZMBGOV", ""},
	})
	wantNone(t, truce.Coerce,
		"The road to the airport was cut by floodwaters.",
		"Talks were suddenly suspended on Monday.",
		"Access to the village was restricted after the landslide.")
}

// "withdrew the pension reform", "scrapped the fuel levy": a government
// giving up a policy of its own is a concession (CONCEDE), named by any
// noun of the policy family; "a series of" counts the policies.
func TestMode41PolicyGivenUp(t *testing.T) {
	wantEvents(t, truce.Concede, "", []sidesCase{
		{"reform", "Peru's president withdrew the pension reform that had set off the protests.", "PERGOV", ""},
		{"levy", "The Kenyan government scrapped the fuel levy after a week of riots.", "KENGOV", ""},
		{"counted", "Ghana's parliament would revoke a series of ministers' privileges, the speaker said.", "GHA", ""},
	})
}

// A meeting whose place is told only by the dateline or an earlier
// sentence is a visit when one side is at home there: "ACCRA - …
// Mahama, who met Togo's leader for talks", "signed a pact in Lome …
// Ghana's minister also held separate talks with Togolese officials".
func TestMode41LateVenue(t *testing.T) {
	for _, text := range []string{
		"The foreign ministers of Ghana, Togo and Benin signed a trade pact in Lome on Tuesday. Ghana's foreign minister also held separate talks with Togolese officials on border security.",
		"ACCRA, June 2 - Togo will reopen its border with Ghana next week. President John Mahama, who met Togo's leader for talks at his residence, said trade would resume.",
	} {
		t.Run(text[:20], func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2024-06-02").Events {
				if ev.Type == truce.Consult && ev.Mode != "visit" {
					t.Errorf("meeting %s -> %s: mode %q, want visit", probeIDs(ev.Source), probeIDs(ev.Target), ev.Mode)
				}
			}
		})
	}
}

// "told China's top diplomat, Wang Yi, by phone that …", "told his Russian
// counterpart in a phone call": one official telling another something by
// telephone held a call (CONSULT phone); a source telling reporters by
// phone holds none.
func TestMode41ToldByPhone(t *testing.T) {
	wantEvents(t, truce.Consult, "phone", []sidesCase{
		{"apposition", "Kenya's foreign minister told Somalia's top diplomat, Ahmed Moalim Fiqi, by phone that the border would stay open.", "KENGOV", "SOMGOV"},
		{"counterpart", "Erdogan told his Russian counterpart in a phone call that Turkey wanted the grain deal revived.", "TURGOV", "RUSGOV"},
		{"assured", "Macron assured Zelensky by telephone of France's support.", "FRAGOV", "UKRGOV"},
	})
	wantNone(t, truce.Consult,
		"A shopkeeper told reporters by phone that the town was quiet.",
		"Residents told Reuters by phone that soldiers had left the village.")
}

// "declared a curfew and ordered troops to take over security", "the army
// took over security in the capital": troops put in charge of security
// are deployed (MOBILIZE troops), beside the curfew; they seize nothing,
// while a town taken over stays a seizure.
func TestMode41SecurityTakenOver(t *testing.T) {
	wantEvents(t, truce.Mobilize, "troops", []sidesCase{
		{"take over security", "President Noboa declared a 60-day curfew in the province and ordered troops to take over security there.", "", ""},
		{"took over security", "Haiti's army took over security at the main port on Monday.", "", ""},
	})
	wantEvents(t, truce.Coerce, "curfew", []sidesCase{
		{"curfew kept", "President Noboa declared a 60-day curfew in the province and ordered troops to take over security there.", "", ""},
	})
	wantEvents(t, truce.Coerce, "seize", []sidesCase{
		{"town taken", "Rebels took over the town of Rutshuru and looted shops.", "", ""},
	})
}

// "Thailand will free 18 Cambodian soldiers": the bare verb after a modal
// is a release (RETREAT release), planned; the adjective stays none.
func TestMode41ModalFree(t *testing.T) {
	wantEvents(t, truce.Retreat, "release", []sidesCase{
		{"will free", "Thailand will free 18 Cambodian soldiers on Friday.", "THAGOV", "KHMMIL"},
		{"would free", "Minsk said it would free 14 Lithuanian fishermen next week.", "BLR", "LTU"},
	})
	for _, ev := range mustExtract(t, "Thailand will free 18 Cambodian soldiers on Friday.", "2024-03-01").Events {
		if ev.Type == truce.Retreat && ev.Status != truce.StatusPlanned {
			t.Errorf("will free: status %s, want planned", ev.Status)
		}
	}
	wantNone(t, truce.Retreat,
		"Voters want free and fair elections.",
		"Kenya will seek a free trade deal with Britain.")
}
