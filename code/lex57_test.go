package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// A past verb after an adverb that follows its auxiliary or subject is
// the verb ("have so far arrested"), not an adjective.
func TestLex57AdverbBeforePast(t *testing.T) {
	texts := []string{
		"Police have so far arrested 12 people in Kano.",
		"Police have thus far detained 30 people in Dakar.",
		"Security forces have so far rounded up 40 suspects in Goma.",
		"Police in Lahore have so far detained 200 supporters of the party.",
	}
	for _, text := range texts {
		if len(eventsOf(t, text, "2024-03-01", truce.Coerce, "arrest")) == 0 {
			t.Errorf("%q: no arrest", text)
		}
	}
}

// A ban on assembly told in the passive with no one named is the ban of
// the place's government; a "by" agent names who banned it.
func TestLex57PassiveBan(t *testing.T) {
	cases := []struct{ text, src string }{
		{"Public gatherings have been banned in Conakry since Monday.", "GINGOV"},
		{"Political rallies were outlawed in Kampala ahead of the election.", "UGAGOV"},
		{"Street protests have been banned in Lagos for two weeks, police said.", "NGAGOV"},
		{"Demonstrations were prohibited by the police in Dhaka.", "BGDCOP"},
	}
	for _, c := range cases {
		evs := eventsOf(t, c.text, "2024-03-01", truce.Coerce, "ban")
		if len(evs) == 0 {
			t.Errorf("%q: no ban", c.text)
			continue
		}
		if len(evs[0].Source) == 0 || evs[0].Source[0].ID != c.src {
			t.Errorf("%q: source %v, want %s", c.text, evs[0].Source, c.src)
		}
	}
}

// Emergency rule lifted, told in the passive, is eased by the place's
// government.
func TestLex57PassiveLifted(t *testing.T) {
	cases := []struct{ text, src string }{
		{"The curfew in Kathmandu was lifted on Thursday.", "NPLGOV"},
		{"The state of emergency was lifted in Ecuador on Friday.", "ECUGOV"},
		{"A curfew imposed in Jos last week was lifted on Saturday.", "NGAGOV"},
	}
	for _, c := range cases {
		evs := eventsOf(t, c.text, "2024-03-01", truce.Retreat)
		if len(evs) == 0 {
			t.Errorf("%q: nothing lifted", c.text)
			continue
		}
		if len(evs[0].Source) == 0 || evs[0].Source[0].ID != c.src {
			t.Errorf("%q: source %v, want %s", c.text, evs[0].Source, c.src)
		}
		if evs := eventsOf(t, c.text, "2024-03-01", truce.Coerce); len(evs) > 0 {
			t.Errorf("%q: a measure imposed, want it lifted", c.text)
		}
	}
}

// Aid cut off, told in the passive, is a sanction on the country it was
// cut to, by the one named before it or after "by".
func TestLex57PassiveAidCut(t *testing.T) {
	cases := []struct{ text, src, tgt string }{
		{"Aid to Niger was suspended by the European Union after the coup.", "EU", "NERGOV"},
		{"Budget support for Mali has been frozen by the World Bank.", "WB", "MLIGOV"},
		{"US development assistance to Ethiopia was suspended on Friday.", "USAGOV", "ETHGOV"},
	}
	for _, c := range cases {
		lex57WantSanction(t, c.text, c.src, c.tgt)
		if evs := eventsOf(t, c.text, "2024-03-01", truce.Aid); len(evs) > 0 {
			t.Errorf("%q: aid given, want it cut", c.text)
		}
	}
}

// lex57WantSanction checks that text codes a sanction from src to tgt.
func lex57WantSanction(t *testing.T, text, src, tgt string) {
	t.Helper()
	evs := eventsOf(t, text, "2024-03-01", truce.Sanction)
	if len(evs) == 0 {
		t.Errorf("%q: no sanction", text)
		return
	}
	if len(evs[0].Source) == 0 || evs[0].Source[0].ID != src || len(evs[0].Target) == 0 || evs[0].Target[0].ID != tgt {
		t.Errorf("%q: %v -> %v, want %s -> %s", text, evs[0].Source, evs[0].Target, src, tgt)
	}
}

// Assets frozen, told in the passive, are a sanction on their owner by
// the "by" agent.
func TestLex57PassiveAssetsFrozen(t *testing.T) {
	cases := []struct{ text, src, tgt string }{
		{"The assets of 12 Venezuelan officials have been frozen by Switzerland.", "CHEGOV", "VENGOV"},
		{"The assets of Russia's central bank were frozen by the European Union.", "EU", "RUSGOV"},
	}
	for _, c := range cases {
		lex57WantSanction(t, c.text, c.src, c.tgt)
	}
	// Goods seized by the police are no sanction.
	wantNone(t, truce.Sanction, "Assets worth 2 million dollars were seized by police in Lagos.")
}
