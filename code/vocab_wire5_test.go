package code_test

import (
	"strings"
	"testing"
)

// TestWire5Vocabulary checks trigger rows added for constructions missed in
// blind wire copy, each said in our own words with other actors and
// places: police or soldiers dragging someone out of a courtroom, car or
// office make an arrest.
func TestWire5Vocabulary(t *testing.T) {
	tests := []struct {
		name, typ, mode string // typ or mode "" is not checked
		text            string
	}{
		{"police dragged from a car", "COERCE", "arrest",
			"Riot police dragged opposition leader Kizza Besigye from his car in Kampala on Monday."},
		{"soldiers dragged out of an office", "COERCE", "arrest",
			"Soldiers dragged the former finance minister out of his office in Bamako on Tuesday."},
		{"gendarmes dragged a long name out of a hotel", "COERCE", "arrest",
			"Gendarmes dragged former army chief General Moussa Diallo out of a hotel in Dakar."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-10-22")
			var got []string
			for _, e := range x.Events {
				if (tt.typ == "" || e.Type == tt.typ) && (tt.mode == "" || e.Mode == tt.mode) {
					return
				}
				got = append(got, e.Type+"/"+e.Mode)
			}
			t.Errorf("%q: want %s/%s, got [%s]", tt.text, tt.typ, tt.mode, strings.Join(got, " "))
		})
	}
}
