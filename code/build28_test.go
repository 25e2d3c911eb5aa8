package code_test

// A protest or a deployment promised on a condition is a threat (round 28).

import (
	"testing"

	"github.com/truce-project/truce"
)

// "would march on the capital unless …": the act waits on a condition,
// so what was made is a threat, not a protest or a deployment.
func TestBuild28ConditionalThreat(t *testing.T) {
	tests := []struct {
		name, text, cameo string
	}{
		{"march on parliament",
			"Nurses in Tanzania said they would march on parliament if their wages were not paid by Friday.",
			"133"},
		{"sit-in",
			"Opposition supporters in Zambia said they would hold a sit-in outside the electoral commission if the results were not published.",
			"133"},
		{"troops sent",
			"The Kenyan government said it would send troops to the border if the raids continued.",
			"138"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mustExtract(t, tt.text, "2025-03-01")
			var got *truce.Event
			for i := range ex.Events {
				if ex.Events[i].Type == truce.Threaten {
					got = &ex.Events[i]
				}
			}
			if got == nil {
				t.Fatalf("no threat: %+v", ex.Events)
			}
			if got.CAMEO != tt.cameo {
				t.Errorf("cameo %s, want %s", got.CAMEO, tt.cameo)
			}
		})
	}
}

// A state's withdrawal of its forces, told with no place, happened where
// the story is set, not in the withdrawing state.
func TestBuild28WithdrawalAbroad(t *testing.T) {
	tests := []struct {
		name, text, country string
	}{
		{"troops withdrawn",
			"Jihadists attacked army posts near Gao and Timbuktu on Monday. Sweden has withdrawn about 200 of its soldiers, its defence ministry said on Friday.",
			"MLI"},
		{"state withdraws soldiers",
			"Clashes erupted in Bangui and Bambari this week. Burundi withdrew 400 soldiers on Thursday, a government spokesman said.",
			"CAF"},
		{"part of a contingent",
			"Gunmen attacked villages near Kismayo and Baidoa on Monday. Kenya has withdrawn 300 of its soldiers, its defence ministry said.",
			"SOM"},
		{"home story stays home",
			"Protesters marched in Lima and Cusco on Monday. Peruvian troops withdrew on Tuesday, the defence ministry said.",
			"PER"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := mustExtract(t, tt.text, "2025-03-01")
			var got *truce.Event
			for i := range ex.Events {
				if ex.Events[i].Type == truce.Retreat {
					got = &ex.Events[i]
				}
			}
			if got == nil {
				t.Fatalf("no withdrawal: %+v", ex.Events)
			}
			if got.Location == nil || got.Location.Country != tt.country {
				t.Errorf("location %+v, want %s", got.Location, tt.country)
			}
		})
	}
}
