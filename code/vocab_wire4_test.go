package code_test

import "testing"

// TestWire4Gaps checks that a "*" gap in a trigger form stops at a
// coordinator that opens a second verb: in "seized rifles and arrested
// four men" the seizure of rifles is no abduction of men, and the arrest
// keeps its own event.
func TestWire4Gaps(t *testing.T) {
	tests := []struct {
		name, typ, mode string // mode "" is not checked
		text            string
	}{
		{"seized goods and arrested men", "COERCE", "arrest",
			"Customs officers seized trucks and arrested four men near Kasumbalesa on Sunday."},
		{"confiscated, detained villagers", "COERCE", "arrest",
			"Police in Tillaberi seized motorbikes, detained seven villagers and burned a market stall."},
		// Relief flown in by a donor is aid, not a deployment.
		{"flew in relief", "AID", "",
			"UNICEF flew in emergency medicines for flood victims in Sylhet on Monday."},
		{"flown in food", "AID", "",
			"The Emirates has flown in food and tents for families displaced by the quake in Herat."},
		// Casualties flown abroad for care are humanitarian aid.
		{"wounded flown abroad", "AID", "",
			"Egypt flew dozens of the injured to Cairo for surgery, the ministry said."},
		// Protesters holding roadblocks for days obstruct.
		{"kept up barricades", "PROTEST", "obstruct",
			"Farmers in Punjab kept up their tractor barricades on the highway for a second week."},
		{"manned barricades", "PROTEST", "obstruct",
			"Residents manned barricades outside the mine in Cajamarca to stop trucks leaving."},
		// A recipient taking delivery of arms: the supplier gives aid.
		{"took delivery of jets", "AID", "",
			"Niger took delivery of six attack drones from Turkey on Saturday."},
		// Citizenship taken away is an administrative sanction.
		{"stripped of citizenship", "COERCE", "",
			"Managua stripped 94 opponents of their citizenship last month."},
		{"revoked citizenship", "COERCE", "",
			"Bahrain revoked the citizenship of a dissident cleric on Tuesday."},
		// A complaint that another did wrong disapproves of it.
		{"complained that", "ACCUSE", "",
			"Georgian officials complained that Russian patrols had moved the boundary fence overnight."},
		// Two verbs sharing one complement still make one form.
		{"beaten and hacked to death", "ASSAULT", "",
			"Two herders were beaten and hacked to death near Mopti, the mayor said."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantTypeMode(t, tt.text, "2025-11-20", tt.typ, tt.mode)
		})
	}
}

// TestWire4GapsNoEvent checks that the gap rule leaves no abduction where
// the people seized stand behind a second verb.
func TestWire4GapsNoEvent(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"seized goods and arrested men",
			"Customs officers seized trucks and arrested four men near Kasumbalesa on Sunday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := mustExtract(t, tt.text, "2025-11-20")
			for _, e := range x.Events {
				if e.Mode == "abduct" {
					t.Errorf("%q: want no abduction, got %s/%s", tt.text, e.Type, e.Mode)
				}
			}
		})
	}
}
