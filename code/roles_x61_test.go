package code_test

import (
	"testing"

	"github.com/truce-project/truce"
)

// TestRolesX61RegionalBodies checks that regional intergovernmental bodies
// missing from the dictionary before (APEC, the Pacific Islands Forum, the
// OECD) are coded by their own ids; sentences of our own.
func TestRolesX61RegionalBodies(t *testing.T) {
	tests := []struct {
		text, typ, source string
	}{
		{"The Asia-Pacific Economic Cooperation forum agreed on Friday to set up a disaster fund in Lima.", truce.Agree, "APEC"},
		{"APEC trade ministers agreed to cut tariffs on green goods in Lima.", truce.Agree, "APEC"},
		{"The Pacific Islands Forum called on France to hold a new vote in New Caledonia.", truce.Request, "PIF"},
		{"The OECD urged Turkey to curb inflation.", truce.Request, "OECD"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			evs := eventsOf(t, tt.text, "2024-05-01", tt.typ)
			if len(evs) != 1 {
				t.Fatalf("want one %s, got %+v", tt.typ, mustExtract(t, tt.text, "2024-05-01").Events)
			}
			if !hasActor(evs[0].Source, tt.source) {
				t.Errorf("source %v, want %s", probeIDs(evs[0].Source), tt.source)
			}
		})
	}
}
