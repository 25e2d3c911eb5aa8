package code_test

import "testing"

// TestLex27Types checks triggers that coded nothing in wire copy from
// several blind batches because the words around them hid who acted. Each
// sentence is in our own words; typ and mode must be met by one event of
// the sentence.
func TestLex27Types(t *testing.T) {
	tests := []struct {
		typ, mode string
		text      string
	}{
		// Forces leaving a country, named by a force noun after a body
		// that is not itself armed.
		{"RETREAT", "withdraw", "UN peacekeepers left their base at Merkala on Saturday."},
		{"RETREAT", "withdraw", "The first contingent of the Southern African Development Community's regional force left Mozambique on Monday."},
		{"RETREAT", "withdraw", "African Union troops left the town of Orlu after a three-year deployment."},
		// A phrase saying where forces are kept, or a form of "be",
		// between the forces and their leaving.
		{"RETREAT", "withdraw", "The last Belgian soldiers stationed in the capital will leave by the end of March."},
		{"RETREAT", "withdraw", "Egyptian troops are leaving Sudan after two years."},
		{"RETREAT", "withdraw", "A spokesman said Kenyan soldiers based near the border are due to leave by the end of June."},
		// People wanted by another state's justice, handed to it, are
		// judicial cooperation, not captives released.
		{"COOPERATE", "", "Kenyan police handed three suspects wanted over the Garissa attack to Somali authorities on Friday."},
		{"COOPERATE", "", "Ghana has handed over 12 Togolese separatists, including their self-styled leader, to the government in Lome."},
		{"COOPERATE", "", "Tanzania handed over the fugitive to Rwandan police on Tuesday."},
		// Rejecting a thing "as illegitimate" rejects it; the reason given
		// does not make the rejection a censure.
		{"REJECT", "", "Venezuela's foreign ministry rejected the resolution as unjustified."},
		{"REJECT", "", "The opposition in Dhaka rejected the election timetable as illegitimate."},
		{"REJECT", "", "Belarus rejected the proposal as unacceptable on Monday."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			wantTypeMode(t, tt.text, "2025-10-22", tt.typ, tt.mode)
		})
	}
}

// TestLex27NotTypes checks that the readings above leave alone the
// sentences that only look like them.
func TestLex27NotTypes(t *testing.T) {
	tests := []struct {
		typ, mode, text string
	}{
		// Those who are not forces leave as visitors or travellers.
		{"RETREAT", "", "The defence minister left for Nairobi on Monday."},
		{"RETREAT", "", "A delegation of the regional bloc left Mozambique on Monday after talks."},
		{"RETREAT", "", "Kenyan soldiers stationed in Garissa left for a training exercise in Uganda."},
		// Captives handed over are released, and sentences handed down
		// to suspects are no handover.
		{"COOPERATE", "", "The insurgents handed over four captured soldiers to the Red Cross on Monday."},
		{"COOPERATE", "", "A court in Orlu handed down prison terms to six suspects on Monday."},
		// A force's name ending in "Forces" does not make its shells
		// forces: what landed is a deployment of nobody.
		{"MOBILIZE", "", "Mortar rounds fired by the Rapid Support Forces landed near a school in Kosti on Sunday."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			wantNoTypeMode(t, tt.text, "2025-10-22", tt.typ, tt.mode)
		})
	}
}
