package code_test

// Round 40 of category and mode: a body that stops its own work in a
// place, in answer to those who hinder it.

import (
	"testing"

	"github.com/truce-project/truce"
)

// "suspended all its operations in the province after its staff were
// detained": a humanitarian cut (SANCTION discontinue) against those the
// clause after it blames; a firm or an army halting its own operations
// with no one to answer, or a ban on others' activities, is none.
func TestMode40OwnWorkSuspended(t *testing.T) {
	wantEvents(t, truce.Sanction, "discontinue", []sidesCase{
		{"halted operations", "The World Food Programme halted its operations in Darfur on Tuesday after the Rapid Support Forces seized three of its trucks.", "WFP", "RSF"},
		{"suspended all its work", "The Red Cross suspended all its work in northern Mali after jihadists kidnapped two of its staff.", "ICRC", ""},
		{"paused programmes", "UNICEF paused its programmes in the province after Taliban authorities barred its female workers.", "UNICEF", "AFGGOV"},
	})
	wantNone(t, truce.Sanction,
		"The army suspended its operations in the north on Friday.",
		"The company suspended its operations in the province after a landslide.",
		"The junta suspended the activities of political parties on Wednesday.")
}

// "a day after announcing he would lift all French sanctions on Tehran":
// a participle of saying reports a plan as "said" does, its "he" or "it"
// is the main clause's subject, and the state named inside the measure
// owns it: the measure is on the actor after "on".
func TestMode40AnnouncedMeasure(t *testing.T) {
	wantEvents(t, truce.Retreat, "ease", []sidesCase{
		{"announcing he would", "Macron received the Iranian foreign minister in Paris, a day after announcing he would lift all French sanctions on Tehran.", "FRAGOV", "IRNGOV"},
		{"owner inside", "Tokyo lifted all Japanese sanctions on Pyongyang on Tuesday.", "JPNGOV", "PRKGOV"},
	})
	wantEvents(t, truce.Sanction, "expel", []sidesCase{
		{"saying it would", "Canada recalled its ambassador from Caracas on Monday, saying it would expel two Venezuelan diplomats.", "CANGOV", "VENGOV"},
	})
	for _, ev := range mustExtract(t, "Macron received the Iranian foreign minister in Paris, a day after announcing he would lift all French sanctions on Tehran.", "2024-03-01").Events {
		if ev.Type == truce.Retreat && ev.Status != truce.StatusPlanned {
			t.Errorf("announced lifting: status %s, want planned", ev.Status)
		}
	}
}

// "the unions called a general strike for Thursday": a strike its
// organisers call is a strike (PROTEST boycott), not a rally; new rallies
// called stay demonstrations.
func TestMode40CalledStrike(t *testing.T) {
	wantEvents(t, truce.Protest, "boycott", []sidesCase{
		{"general strike", "Kenyan dock workers' unions called a general strike for Thursday over unpaid wages.", "", ""},
		{"nationwide strike", "The opposition alliance in Zambia called a nationwide strike for Monday.", "", ""},
	})
	wantEvents(t, truce.Protest, "demo", []sidesCase{
		{"new rallies", "Serbian student groups called new rallies for the weekend.", "", ""},
	})
}

// "has given the foreign troops one month to leave the country": an
// expulsion with a deadline in weeks or months is an expulsion (SANCTION
// expel), as one in hours or days is, not a threat.
func TestMode40DeadlineToLeave(t *testing.T) {
	wantEvents(t, truce.Sanction, "expel", []sidesCase{
		{"one month", "Mali's government has given Danish troops one month to leave the country.", "", "DNKMIL"},
		{"two weeks", "Niger gave the German soldiers two weeks to depart.", "", "DEUMIL"},
		{"three months", "Chad gave the French contingent three months to leave.", "", ""},
	})
	wantNone(t, truce.Threaten, "Mali's government has given Danish troops one month to leave the country.")
}

// "Ottawa expelled Russia's ambassador, recalled its own envoy from
// Moscow and banned imports": a verb listed after a comma shares the first
// verb's doer even when the first trigger spans its own object; the
// object is not the doer of what follows.
func TestMode40ListedVerbAfterSpannedObject(t *testing.T) {
	wantEvents(t, truce.Sanction, "withdraw", []sidesCase{
		{"after expelled", "Canada on Friday expelled Russia's ambassador, recalled its own envoy from Moscow and banned all imports from Russia.", "CANGOV", "RUSGOV"},
		{"after deadline", "Ghana gave Togo's ambassador 48 hours to leave the country, recalled its own envoy from Lome and closed the border.", "GHAGOV", "TGOGOV"},
	})
}
