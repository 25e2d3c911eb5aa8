package nlp

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// ASCIICase agrees with ASCIIUpper and with strings.ToLower, on
// hand-made words and every word of the bench corpus.
func TestASCIICaseAgrees(t *testing.T) {
	words := []string{"", "-", "a", "A", "ab", "aB", "Über", "über", "ÜBER", "Kelvin\u212a", "ſ", "U.S.", "2024", "iPhone"}
	text, _ := benchCorpus(t)
	words = append(words, strings.Fields(text)...)
	for _, w := range words {
		ascii, upper := ASCIICase(w)
		if ascii && upper != ASCIIUpper(w) || !ascii && ASCIIUpper(w) {
			t.Fatalf("ASCIICase(%q) = %v, %v; ASCIIUpper gives %v", w, ascii, upper, ASCIIUpper(w))
		}
		if !upper {
			if got := lowerUnlessASCII(w, ascii); got != strings.ToLower(w) {
				t.Fatalf("lowerUnlessASCII(%q) = %q, want %q", w, got, strings.ToLower(w))
			}
		}
		if n, ok := specialForm(w); ok && n != normalize(w) {
			t.Fatalf("specialForm(%q) = %q, normalize gives %q", w, n, normalize(w))
		}
	}
}

// A cursor on an ASCII text cuts its slices without seeking, and they are
// the runes asked for; a text with one rune beyond ASCII is no such text.
func TestByteCursorASCII(t *testing.T) {
	text, _ := benchCorpus(t)
	corpus := strings.Map(func(r rune) rune {
		if r >= utf8.RuneSelf {
			return -1
		}
		return r
	}, text)
	for _, text := range []string{corpus, corpus + " Ürümqi", "\xff" + corpus} {
		runes := []rune(text)
		c := byteCursor{r: runes, valid: utf8.ValidString(text)}
		c.ascii = c.valid && len(runes) == len(text)
		if c.ascii != (text == corpus) {
			t.Fatalf("ascii = %v for %q…", c.ascii, text[:10])
		}
		for i := 0; i < len(runes); i += 7 {
			j := min(len(runes), i+13)
			if got, want := c.slice(text, i, j), string(runes[i:j]); got != want {
				t.Fatalf("slice(%d, %d) = %q, want %q", i, j, got, want)
			}
		}
	}
}

// isSpace answers as unicode.IsSpace does for every code point.
func TestIsSpaceMatchesUnicode(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
}
