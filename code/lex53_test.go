package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestLex53OpposedTo checks that a state that "is opposed to" what
// another puts forward rejects it, and that what it opposes is not told as
// done; people opposed to a project are no state. Sentences of our own.
func TestLex53OpposedTo(t *testing.T) {
	for _, tc := range []struct{ text, source, target string }{
		{"Israel is opposed to French mediation in the talks with Lebanon, an aide to the prime minister said.", "ISR", "FRA"},
		{"The Serbian government is firmly opposed to Russian mediation in the dispute.", "SRB", "RUS"},
		{"Turkey is strongly opposed to the deployment of foreign troops in northern Syria.", "TUR", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			ex := mustExtract(t, tc.text, "2026-05-14")
			rejects := 0
			for _, ev := range ex.Events {
				switch ev.Type {
				case truce.Reject:
					rejects++
					if !hasActor(ev.Source, tc.source) || tc.target != "" && !hasActor(ev.Target, tc.target) {
						t.Errorf("source %v target %v, want %s and %s", ev.Source, ev.Target, tc.source, tc.target)
					}
				case truce.Mobilize:
					t.Errorf("the deployment opposed told as done")
				}
			}
			if rejects != 1 {
				t.Errorf("%d rejections, want 1", rejects)
			}
		})
	}
	if evs := eventsOf(t, "Many residents are opposed to the new dam.", "2026-05-14", truce.Reject); len(evs) != 0 {
		t.Errorf("residents opposed to a dam: %d rejections, want none", len(evs))
	}
}

// TestLex53TradeMeasures checks the family of the imports row ("barred
// imports of", "would prohibit imports from … unless") and trade
// agreements scrapped, suspended or torn up. A trade measure held over a
// rival on a condition is a threat of sanctions (CAMEO 1312). Sentences
// of our own.
func TestLex53TradeMeasures(t *testing.T) {
	for _, text := range []string{
		"Ghana barred imports of poultry from Brazil on Monday.",
		"The Indonesian government has barred all imports of beef from Australia.",
		"Turkey on Monday cancelled its free trade agreement with Israel.",
		"Chile suspended its commercial agreement with Argentina over the dispute.",
		"Ecuador tore up the trade pact with Mexico after the raid on its embassy.",
	} {
		if evs := eventsOf(t, text, "2026-05-14", truce.Sanction); len(evs) != 1 {
			t.Errorf("%q: got %d sanctions, want 1", text, len(evs))
		}
	}
	for _, text := range []string{
		"Kyiv said it would bar imports of Polish fruit and vegetables if the ban was not lifted.",
		"Bolivia said it would prohibit imports from Peru unless the border was reopened.",
	} {
		evs := eventsOf(t, text, "2026-05-14", truce.Threaten)
		if len(evs) != 1 || evs[0].CAMEO != "1312" || evs[0].Mode != "restrict" {
			t.Errorf("%q: got %v, want one threat of sanctions (1312, restrict)", text, evs)
		}
	}
}

// TestLex53AmbassadorHome checks that a recall told with "home" ("would
// bring its ambassador home", "called its envoy home") is a recall, and
// one announced is planned. Sentences of our own.
func TestLex53AmbassadorHome(t *testing.T) {
	for _, tc := range []struct{ text, source, status string }{
		{"Lithuania called its ambassador home from Minsk on Friday.", "LTU", truce.StatusReported},
		{"The Bolivian government brought its ambassador home from Lima for consultations.", "BOL", truce.StatusReported},
		{"Ottawa said it would bring home its envoy to New Delhi after the expulsions.", "CAN", truce.StatusPlanned},
	} {
		evs := eventsOf(t, tc.text, "2026-05-14", truce.Sanction, "withdraw")
		if len(evs) != 1 || !hasActor(evs[0].Source, tc.source) || evs[0].Status != tc.status {
			t.Errorf("%q: got %v, want one recall by %s, %s", tc.text, evs, tc.source, tc.status)
		}
	}
}
