package code_test

// A government breaking off its contacts with another, or suspending its
// part in a deal or a mission, cools relations (SANCTION withdraw, CAMEO
// 161), as severed ties and a suspended participation do.

import (
	"testing"

	"github.com/truce-project/truce"
)

// lex44Check checks that each text codes one such event with the source
// and, when given, the target named.
func lex44Check(t *testing.T, cases map[string][2]string) {
	t.Helper()
	for text, want := range cases {
		t.Run(text[:30], func(t *testing.T) {
			evs := eventsOf(t, text, "2024-06-01", truce.Sanction, "withdraw")
			if len(evs) != 1 {
				t.Fatalf("want one withdrawal in %q, got %+v", text, evs)
			}
			if s := evs[0].Source; len(s) == 0 || s[0].ID != want[0] {
				t.Errorf("source in %q: %+v, want %s", text, s, want[0])
			}
			if want[1] == "" {
				return
			}
			if g := evs[0].Target; len(g) == 0 || g[0].ID != want[1] {
				t.Errorf("target in %q: %+v, want %s", text, g, want[1])
			}
		})
	}
}

func TestLex44ContactsCut(t *testing.T) {
	lex44Check(t, map[string][2]string{
		"The foreign minister said Chile had cut off all contact with the Bolivian government over the border row.": {"CHLGOV", "BOLGOV"},
		"Kenya has suspended official contacts with the Somali authorities, its foreign ministry said on Friday.":   {"KENGOV", "SOMGOV"},
		"Hungary froze ministerial contacts with the Ukrainian government after the language law was passed.":       {"HUNGOV", "UKRGOV"},
	})
}

func TestLex44PartSuspended(t *testing.T) {
	lex44Check(t, map[string][2]string{
		"Moscow said on Tuesday it was suspending its part in the Danube shipping accord.":            {"RUSGOV", ""},
		"Chad has frozen its role in the regional peacekeeping mission, the foreign minister said.":   {"TCDGOV", ""},
		"The Malian junta said it was halting its involvement in the regional security pact at once.": {"MLIGOV", ""},
	})
}

func TestLex44NotCut(t *testing.T) {
	for _, text := range []string{
		"The actor said he had played his part in the film's success.",
		"Police said they had lost contact with the missing climbers on Monday.",
		"Kenya and Somalia agreed to keep regular contacts between their foreign ministries.",
	} {
		t.Run(text[:30], func(t *testing.T) {
			if evs := eventsOf(t, text, "2024-06-01", truce.Sanction, "withdraw"); len(evs) > 0 {
				t.Errorf("withdrawal in %q: %+v", text, evs)
			}
		})
	}
}

// Relief goods brought to a place are aid to the country of the place.
func TestLex44ReliefLanded(t *testing.T) {
	for text, want := range map[string][2]string{
		"Two Turkish air force planes landed at Beirut airport on Friday with 40 tonnes of flour and medicine.": {"TURMIL", "LBN"},
		"An Indian navy ship docked in Male on Monday with drinking water and food for the stricken islands.":   {"INDMIL", "MDV"},
		"Three Qatari cargo planes arrived in Kabul and Herat with tents, blankets and medical supplies.":       {"", "AFG"},
	} {
		t.Run(text[:30], func(t *testing.T) {
			var aid []truce.Event
			for _, ev := range mustExtract(t, text, "2024-06-01").Events {
				if ev.Type == truce.Aid {
					aid = append(aid, ev)
				}
			}
			if len(aid) != 1 {
				t.Fatalf("want one aid event in %q, got %+v", text, aid)
			}
			if s := aid[0].Source; want[0] != "" && (len(s) == 0 || s[0].ID != want[0]) {
				t.Errorf("source in %q: %+v, want %s", text, s, want[0])
			}
			// The country reached, its government or its people.
			if g := aid[0].Target; len(g) == 0 || g[0].Country != want[1] {
				t.Errorf("target in %q: %+v, want one of %s", text, g, want[1])
			}
		})
	}
}

// A visitor arriving with a message or a delegation brings no aid.
func TestLex44VisitNotAid(t *testing.T) {
	for _, text := range []string{
		"The Kenyan foreign minister arrived in Kampala on Monday with a message from President Ruto.",
		"The Saudi envoy landed in Muscat on Sunday with a delegation of trade officials.",
	} {
		t.Run(text[:30], func(t *testing.T) {
			for _, ev := range mustExtract(t, text, "2024-06-01").Events {
				if ev.Type == truce.Aid {
					t.Errorf("aid in %q: %+v", text, ev)
				}
			}
		})
	}
}
