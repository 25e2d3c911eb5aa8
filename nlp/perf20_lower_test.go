package nlp

import (
	"strings"
	"testing"
)

// TestMayStartCountAgreesWithToLower checks the allocation-free path of
// MayStartCount against the reading with strings.ToLower it replaces.
func TestMayStartCountAgreesWithToLower(t *testing.T) {
	slow := func(w string) bool {
		if w == "" {
			return false
		}
		if c := w[0]; c >= '0' && c <= '9' {
			return true
		}
		lw := strings.ToLower(w)
		if countStarts[lw] {
			return true
		}
		i := strings.IndexByte(lw, '-')
		return i > 0 && countStarts[lw[:i]]
	}
	words := []string{"", "-", "a", "A", "Über", "ÜBER", "İ", "some-thing", "x-", "-two", "Twenty-Three",
		"THOUSANDS", "at least", "a-very-long-hyphenated-word-past-the-buffer", "Dozens-of"}
	for w := range countStarts {
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w+"-odd", strings.ToUpper(w)+"-Odd", "x"+w)
	}
	for w := range smallNumbers {
		words = append(words, w, strings.ToUpper(w))
	}
	for _, w := range words {
		if got, want := MayStartCount(w), slow(w); got != want {
			t.Errorf("MayStartCount(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestLowerASCII checks lowerASCII against strings.ToLower and its refusals.
func TestLowerASCII(t *testing.T) {
	tests := []struct {
		name, w string
		ok      bool
	}{
		{"lower", "killed", true},
		{"mixed", "McDonald-Smith 42", true},
		{"empty", "", true},
		{"non-ASCII", "Zürich", false},
		{"too long", strings.Repeat("A", 25), false},
		{"just fits", strings.Repeat("A", 24), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf [24]byte
			got, ok := lowerASCII(buf[:0], tt.w)
			if ok != tt.ok {
				t.Fatalf("ok = %v, want %v", ok, tt.ok)
			}
			if ok && string(got) != strings.ToLower(tt.w) {
				t.Errorf("got %q, want %q", got, strings.ToLower(tt.w))
			}
		})
	}
}
