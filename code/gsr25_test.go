package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// "ordered the weekly to suspend publication", "told two stations to cease
// broadcasting": media told to go silent are censored (COERCE censor), by
// the state body that gives the order; a broadcasting or communications
// authority is an organ of state.
func TestMediaOrderedSilentGSR25(t *testing.T) {
	tests := []struct{ text, src, tgt string }{
		{"The Bolivian government ordered the opposition radio station Voz Libre to suspend broadcasts.", "BOL", "BOL"},
		{"Uganda's government ordered the independent newspaper to stop publishing.", "UGA", "UGA"},
		{"Zambia's broadcasting authority told two radio stations to cease broadcasting.", "ZMB", "ZMB"},
		{"Ghana's Communications Authority instructed private channels to end live coverage of the march.", "GHA", ""},
	}
	for _, tt := range tests {
		evs := eventsOf(t, tt.text, "2024-03-01", truce.Coerce, "censor")
		if len(evs) == 0 {
			t.Errorf("%q: no COERCE censor event", tt.text)
			continue
		}
		ev := evs[0]
		if len(ev.Source) == 0 || ev.Source[0].Country != tt.src || ev.Source[0].Sector != "GOV" {
			t.Errorf("%q: sources %s, want the %s government", tt.text, probeIDs(ev.Source), tt.src)
		}
		if tt.tgt != "" && (len(ev.Target) == 0 || ev.Target[0].Country != tt.tgt) {
			t.Errorf("%q: targets %s, want %s", tt.text, probeIDs(ev.Target), tt.tgt)
		}
	}
}

// An order about something other than publishing is no censorship: "told
// the farmers to stop planting" codes no COERCE censor event.
func TestOtherOrdersNotCensorGSR25(t *testing.T) {
	text := "The Zambian government told farmers to stop planting maize near the river."
	if evs := eventsOf(t, text, "2024-03-01", truce.Coerce, "censor"); len(evs) > 0 {
		t.Errorf("%q: unexpected censor event %v", text, evs)
	}
}

// "reduced food aid to the camp", "slashed its assistance to Malawi": aid
// cut back with the verbs of reducing is reduced aid (SANCTION), not aid
// given.
func TestAidReducedGSR25(t *testing.T) {
	tests := []struct{ text, tgt string }{
		{"The United Nations reduced food aid to the largest Somali refugee camp in Kenya.", "SOM"},
		{"Britain slashed its assistance to Malawi after the disputed election.", "MWI"},
		{"The World Food Programme cut back rations for refugees in Chad.", "TCD"},
	}
	for _, tt := range tests {
		evs := eventsOf(t, tt.text, "2024-03-01", truce.Sanction)
		if len(evs) == 0 {
			t.Errorf("%q: no SANCTION event", tt.text)
			continue
		}
		if len(evs[0].Target) == 0 || evs[0].Target[0].Country != tt.tgt {
			t.Errorf("%q: targets %s, want %s", tt.text, probeIDs(evs[0].Target), tt.tgt)
		}
		if aid := eventsOf(t, tt.text, "2024-03-01", truce.Aid); len(aid) > 0 {
			t.Errorf("%q: aid cut read as aid given: %v", tt.text, aid)
		}
	}
}
