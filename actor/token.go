package actor

import (
	"unicode"
	"unicode/utf8"
)

// maxPhraseTokens bounds the length of one dictionary phrase in tokens.
const maxPhraseTokens = 16

// tok is one token of a text: a run of letters, digits and marks (a word),
// or a single other non-space character (punctuation). Offsets are bytes.
type tok struct {
	s, e int32
	word bool
}

// tokenize appends the tokens of text to dst.
func tokenize(text string, dst []tok) []tok {
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case isASCIIWord(c):
				j := i + 1
				for j < len(text) {
					c := text[j]
					if c < utf8.RuneSelf {
						if !isASCIIWord(c) {
							break
						}
						j++
						continue
					}
					r, n := utf8.DecodeRuneInString(text[j:])
					if !isWordRune(r) {
						break
					}
					j += n
				}
				dst = append(dst, tok{int32(i), int32(j), true})
				i = j
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
				i++
			default:
				dst = append(dst, tok{int32(i), int32(i + 1), false})
				i++
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			j := i + n
			for j < len(text) {
				r, n := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r) {
					break
				}
				j += n
			}
			dst = append(dst, tok{int32(i), int32(j), true})
			i = j
		case unicode.IsSpace(r):
			i += n
		default:
			dst = append(dst, tok{int32(i), int32(i + n), false})
			i += n
		}
	}
	return dst
}

func isASCIIWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isASCIIWord(byte(r))
	}
	// U+02BB and U+02BC (modifier letter apostrophes) count as apostrophes.
	if r == 'ʻ' || r == 'ʼ' {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// punct returns the canonical form of a punctuation token: all apostrophes
// are "'" and all hyphens "-", so "Taliban’s" and "Taliban's" compare equal.
func punct(s string) string {
	switch s {
	case "’", "‘", "ʼ", "ʻ", "`", "´", "'":
		return "'"
	case "‐", "‑", "-":
		return "-"
	}
	return s
}

// isUpperStart reports whether a word starts with a capital letter.
func isUpperStart(w string) bool {
	if w == "" {
		return false
	}
	if w[0] < utf8.RuneSelf {
		return w[0] >= 'A' && w[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
