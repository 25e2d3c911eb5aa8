package code_test

import "testing"

// TestLex23Types checks classes of triggers that coded nothing in wire
// copy from several writers. Each sentence is in our own words; typ and
// mode ("" is not checked) must be met by one event of the sentence.
func TestLex23Types(t *testing.T) {
	tests := []struct {
		typ, mode string
		text      string
	}{
		// Money committed or approved for another side is economic aid.
		{"AGREE", "", "Japan committed $50 million to help Ghana rebuild its ports."},
		{"AGREE", "", "Canada is committing 40 million dollars to help Haiti pay its police officers."},
		{"AID", "", "The IMF board approved a $3 billion, 36-month loan for Egypt on Friday."},
		// Disapproval told as a participle after the main act is an act too.
		{"ACCUSE", "disapprove", "Canada suspended its trade mission to Manila on Monday, condemning the government's crackdown on journalists."},
		{"ACCUSE", "disapprove", "Kenya recalled its ambassador from Juba, denouncing the expulsion of Kenyan traders."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			wantTypeMode(t, tt.text, "2025-10-22", tt.typ, tt.mode)
		})
	}
}

// TestLex23NotTypes checks that the rows above leave alone the sentences
// that only look like them: no event of the sentence may have type typ.
func TestLex23NotTypes(t *testing.T) {
	tests := []struct {
		typ, text string
	}{
		// Money lost in a war, or spent at home, is no aid.
		{"AID", "The war has cost Ukraine more than 500 billion dollars."},
		{"AGREE", "The war has cost Ukraine more than 500 billion dollars."},
		{"AGREE", "Poland will spend 4 billion dollars on new tanks next year."},
		{"AGREE", "Kenya's treasury allocated 30 million dollars to repair roads in Kisumu."},
		// A gerund that describes a noun, or what a protest voiced, is no
		// act of disapproval.
		{"ACCUSE", "The information minister resigned over remarks criticising the Saudi-led war."},
		{"ACCUSE", "Students blocked roads in Dhaka, denouncing the new quota system."},
		{"ACCUSE", "Russia vetoed a Security Council resolution condemning the annexation."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			wantNoTypeMode(t, tt.text, "2025-10-22", tt.typ, "")
		})
	}
}
