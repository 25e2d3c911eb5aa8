package code_test

import "testing"

// TestLex24Types checks classes of triggers coded as the wrong category
// in wire copy from several writers. Each sentence is in our own words;
// typ and mode ("" is not checked) must be met by one event of the
// sentence.
func TestLex24Types(t *testing.T) {
	tests := []struct {
		typ, mode string
		text      string
	}{
		// A ban on gatherings named by its section of South Asian law is
		// a curfew-like restriction.
		{"COERCE", "curfew", "Authorities imposed Section 144 in Sylhet on Tuesday after the clashes."},
		{"COERCE", "curfew", "Police in Karachi imposed Section 144 across the city for a week."},
		{"COERCE", "curfew", "Prohibitory orders were imposed in Srinagar on Friday."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			wantTypeMode(t, tt.text, "2025-10-22", tt.typ, tt.mode)
		})
	}
}

// TestLex24NotTypes checks that the rows above leave alone the sentences
// that only look like them: no event of the sentence may have type typ.
func TestLex24NotTypes(t *testing.T) {
	tests := []struct {
		typ, text string
	}{
		// Other sections of a law are no ban on gatherings.
		{"COERCE", "The court ruled that Section 14 of the act was void."},
	}
	for _, tt := range tests {
		t.Run(tt.typ+" "+tt.text, func(t *testing.T) {
			wantNoTypeMode(t, tt.text, "2025-10-22", tt.typ, "")
		})
	}
}
