package code

import (
	"strings"
	"testing"
)

// TestLex49AdverbGap checks which words may sit in a form where it has no
// gap: manner and time adverbs may, words that negate or hedge the act and
// nouns ending in "-ly" may not.
func TestLex49AdverbGap(t *testing.T) {
	tests := []struct {
		text, form string
		want       bool
	}{
		{"called repeatedly for talks", "called for", true},
		{"pulled quietly out of gao", "pulled out of", true},
		{"gave in at last to demands", "gave in to", true},
		{"called once again for talks", "called for", true},
		{"called not for talks", "called for", false},
		{"called never for talks", "called for", false},
		{"pulled nearly out of gao", "pulled out of", false},
		{"called family for talks", "called for", false},
		{"called quietly loudly for talks", "called for", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			low := strings.Fields(tt.text)
			words := strings.Fields(tt.form)
			_, ok := matchFrom(low, 1, words[1:])
			if ok != tt.want {
				t.Errorf("matchFrom(%q, %q) = %v, want %v", tt.text, tt.form, ok, tt.want)
			}
		})
	}
}
