package nlp

import (
	"strings"
	"unicode"
)

// Issue 3, round perf28: the tagger and the coder lower every word; for
// a word ASCIIUpper had turned down they called strings.ToLower, which
// reads the word again only to hand most of them back as they were.
// ASCIICase tells those words apart in the one reading.

// ASCIICase reports whether w is all ASCII and, if so, whether it has a
// capital: ASCIIUpper(w) is ascii && upper, and strings.ToLower(w) is w
// itself when ascii && !upper.
func ASCIICase(w string) (ascii, upper bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return false, false
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	return true, upper
}

// lowerUnlessASCII returns strings.ToLower(w) for a word with no ASCII
// capital to lower in place: w itself when it is ASCII.
func lowerUnlessASCII(w string, ascii bool) string {
	if ascii {
		return w
	}
	return strings.ToLower(w)
}

// specialForm returns the form normalize gives w without lowering it
// (w itself when empty, "!HYPHEN", "!YEAR", "!DIGITS"), with true, or
// false when normalize lowers w.
func specialForm(w string) (string, bool) {
	switch {
	case w == "":
		return w, true
	case strings.Contains(w, "-") && w[0] != '-':
		return "!HYPHEN", true
	case len(w) == 4 && isSignedDigits(w):
		return "!YEAR", true
	case w[0] >= '0' && w[0] <= '9':
		return "!DIGITS", true
	}
	return "", false
}

// isSpace is unicode.IsSpace, with a letter, the commonest rune of a
// text, answered at one comparison: the tokenizer and the sentence
// splitter ask it of every rune.
func isSpace(r rune) bool {
	if r > ' ' && r < 0x7f {
		return false
	}
	return unicode.IsSpace(r)
}
