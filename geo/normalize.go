package geo

import (
	"unicode"
	"unicode/utf8"
)

// foldTable maps accented Latin letters (already lower-cased) to their plain
// ASCII spelling, so that "Türkiye" and "Turkiye" are the same key. It covers
// Latin-1, Latin Extended-A and the Vietnamese letters of Latin Extended
// Additional, which between them hold nearly every diacritic in place names
// written in Latin script.
var foldTable = func() map[rune]string {
	groups := map[string]string{
		"a":  "àáâãäåāăąǎạảấầẩẫậắằẳẵặ",
		"c":  "çćĉċč",
		"d":  "ďđð",
		"e":  "èéêëēĕėęěẹẻẽếềểễệ",
		"g":  "ĝğġģ",
		"h":  "ĥħ",
		"i":  "ìíîïĩīĭįıǐỉị",
		"j":  "ĵ",
		"k":  "ķ",
		"l":  "ĺļľŀł",
		"n":  "ñńņňŉ",
		"o":  "òóôõöøōŏőǒọỏốồổỗộớờởỡợơ",
		"r":  "ŕŗř",
		"s":  "śŝşšș",
		"t":  "ţťŧț",
		"u":  "ùúûüũūŭůűųǔụủứừửữựư",
		"w":  "ŵ",
		"y":  "ýÿŷỳỵỷỹ",
		"z":  "źżž",
		"ss": "ß",
		"ae": "æ",
		"oe": "œ",
		"th": "þ",
	}
	m := make(map[rune]string, 200)
	for plain, accented := range groups {
		for _, r := range accented {
			m[r] = plain
		}
	}
	return m
}()

// appendFolded appends the normalised form of word to dst: lower case,
// diacritics removed, combining marks dropped.
func appendFolded(dst []byte, word string) []byte {
	for _, r := range word {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		r = unicode.ToLower(r)
		if s, ok := foldTable[r]; ok {
			dst = append(dst, s...)
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// isWordRune reports whether r belongs inside a word token. Of ASCII, the
// letters and digits do, and no mark: tokenize asks of every rune.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isJoiner reports whether r may sit between two words of one place name:
// "Mazar-i-Sharif", "Khan Younis", "N'Djamena".
func isJoiner(r rune) bool {
	switch r {
	case ' ', '\t', '\u00a0', '-', '\u2010', '\u2011', '\'', '\u2019', '\u02bc':
		return true
	}
	return false
}

// token is one word of a text.
type token struct {
	start, end int // code-point offsets in the text
	bstart     int // byte offset in the text
	bend       int
	nstart     int // span of the normalised form in the norm buffer
	nend       int
	upper      bool // first rune is an upper-case letter
	caps       bool // no rune is a lower-case letter
	// joined reports that the gap before this token holds only joiner
	// runes, so the token may continue a name begun before it; spaced
	// that the gap holds only blanks.
	joined bool
	spaced bool
	// sentenceStart reports that no word precedes this token in its
	// sentence.
	sentenceStart bool
}

// tokenize splits text into word tokens, appending their normalised forms to
// norm. It returns the tokens and the grown buffer.
func tokenize(text string, toks []token, norm []byte) ([]token, []byte) {
	runeIdx := 0
	inWord := false
	var cur token
	gapJoin := false
	gapSpace := false
	sentence := true
	prevLen := 0 // runes in the previous token, for "U.S." and "St."
	for i, r := range text {
		if isWordRune(r) {
			if !inWord {
				inWord = true
				cur = token{start: runeIdx, bstart: i, upper: unicode.IsUpper(r), caps: !unicode.IsLower(r), joined: gapJoin && len(toks) > 0, spaced: gapSpace && len(toks) > 0, sentenceStart: sentence}
				sentence = false
			} else if cur.caps && unicode.IsLower(r) {
				cur.caps = false
			}
		} else {
			if inWord {
				inWord = false
				cur.end, cur.bend = runeIdx, i
				cur.nstart = len(norm)
				norm = appendFolded(norm, text[cur.bstart:cur.bend])
				cur.nend = len(norm)
				toks = append(toks, cur)
				prevLen = cur.end - cur.start
				gapJoin = true
				gapSpace = true
			}
			if r != ' ' && r != '\u00a0' {
				gapSpace = false
			}
			switch {
			case isJoiner(r):
			case r == '.' && prevLen <= 2 && gapJoin:
				// An abbreviation such as "U.S." or "St. Petersburg"
				// does not end a name or a sentence.
				prevLen = 99
			case r == '.' || r == '!' || r == '?' || r == '\n' || r == '\r' || r == ':' || r == ';':
				gapJoin = false
				sentence = true
			default:
				gapJoin = false
			}
		}
		runeIdx++
	}
	if inWord {
		cur.end, cur.bend = runeIdx, len(text)
		cur.nstart = len(norm)
		norm = appendFolded(norm, text[cur.bstart:])
		cur.nend = len(norm)
		toks = append(toks, cur)
	}
	return toks, norm
}

// splitName returns the normalised words of a gazetteer name.
func splitName(name string) []string {
	toks, norm := tokenize(name, nil, nil)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = string(norm[t.nstart:t.nend])
	}
	return words
}

// normKey returns the lookup key of a name: its normalised words joined by
// single spaces.
func normKey(name string) string {
	// As strings.Join(splitName(name), " "), in buffers on the stack: it
	// is asked of every name loaded and every place looked up.
	var tb [8]token
	var nb, kb [64]byte
	toks, norm := tokenize(name, tb[:0], nb[:0])
	key := kb[:0]
	for i, t := range toks {
		if i > 0 {
			key = append(key, ' ')
		}
		key = append(key, norm[t.nstart:t.nend]...)
	}
	return string(key)
}

// Key returns the normalised lookup key of a place name: its words
// lower-cased, diacritics folded, joined by single spaces ("Mazar-i-Sharif"
// → "mazar i sharif"). The generated gazetteer is sorted by this key.
func Key(name string) string { return normKey(name) }
