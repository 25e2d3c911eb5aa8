package geo

import (
	"testing"
	"unicode"
)

// isWordRune's ASCII answers are the unicode package's, and so are its
// answers on the rest of the first planes.
func TestIsWordRuneAgreesWithUnicode(t *testing.T) {
	for r := rune(0); r < 0x30000; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if got := isWordRune(r); got != want {
			t.Fatalf("isWordRune(%U) = %v, unicode says %v", r, got, want)
		}
	}
}
