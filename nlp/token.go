package nlp

import (
	"strings"
	"unicode"
)

// span is a token's [start, end) in runes.
type span struct{ start, end int }

// contractions are the clitics split from the word before them, as the
// Penn Treebank does ("didn't" → "did" "n't"). Curly apostrophes are
// replaced by straight ones before matching.
var contractions = []string{"n't", "'s", "'re", "'ll", "'m", "'ve", "'d"}

// tokenize appends to out the token spans of r[s:e], a sentence.
func tokenize(r []rune, s, e int, out []span) []span {
	i := s
	for i < e {
		for i < e && isSpace(r[i]) {
			i++
		}
		j := i
		for j < e && !isSpace(r[j]) {
			j++
		}
		if i < j {
			out = splitDashes(r, i, j, j == e, out)
		}
		i = j
	}
	return out
}

// splitDashes splits a white-space-free chunk at em and en dashes (keeping
// "2020–21" whole) and tokenizes each piece.
func splitDashes(r []rune, a, b int, last bool, out []span) []span {
	p := a
	for q := a; q < b; q++ {
		c := r[q]
		if c != '—' && c != '–' && c != '―' {
			continue
		}
		if c == '–' && q > a && q+1 < b && unicode.IsDigit(r[q-1]) && unicode.IsDigit(r[q+1]) {
			continue
		}
		if p < q {
			out = splitChunk(r, p, q, false, out)
		}
		out = append(out, span{q, q + 1})
		p = q + 1
	}
	if p < b {
		out = splitChunk(r, p, b, last, out)
	}
	return out
}

// splitChunk tokenizes r[a:b], a word with the punctuation attached to it.
// last is true when the chunk ends the sentence, where a final full stop is
// a token of its own unless the word is an initialism ("U.S.").
func splitChunk(r []rune, a, b int, last bool, out []span) []span {
	for a < b && (isPrefixPunct(r[a]) || openingApostrophe(r, a, b)) {
		out = append(out, span{a, a + 1})
		a++
	}
	// the marks after a word, last first: rarely more than a few, so
	// room for them stands on the stack (perf30)
	var room [4]span
	suffix := room[:0]
	for b > a {
		c := r[b-1]
		if c == '.' {
			if b-a >= 3 && r[b-2] == '.' && r[b-3] == '.' {
				n := 3
				for b-n > a && r[b-n-1] == '.' {
					n++
				}
				suffix = append(suffix, span{b - n, b})
				b -= n
				continue
			}
			if b-1 > a && keepsStop(r[a:b-1], last) {
				break
			}
			suffix = append(suffix, span{b - 1, b})
			b--
			continue
		}
		if isSuffixPunct(c) {
			suffix = append(suffix, span{b - 1, b})
			b--
			continue
		}
		break
	}
	if a < b {
		out = splitContraction(r, a, b, out)
	}
	for n := len(suffix) - 1; n >= 0; n-- {
		out = append(out, suffix[n])
	}
	return out
}

// splitContraction splits a clitic such as "n't" or "'s" off r[a:b].
func splitContraction(r []rune, a, b int, out []span) []span {
	// Every clitic has its apostrophe second or third from the end, and
	// no rune but the apostrophes lowers to one: most words have none
	// there and need no look at each clitic (perf26).
	if !(b-a >= 3 && isApostrophe(r[b-2]) || b-a >= 4 && isApostrophe(r[b-3])) {
		return append(out, span{a, b})
	}
	return splitEachClitic(r, a, b, out)
}

// splitEachClitic splits off r[a:b] the first clitic it ends with,
// trying each in turn.
func splitEachClitic(r []rune, a, b int, out []span) []span {
	for _, c := range contractions {
		n := len(c) // the clitics are ASCII, one rune per byte
		if b-a <= n {
			continue
		}
		ok := true
		for x := 0; x < n; x++ {
			rc := unicode.ToLower(r[b-n+x])
			if rc == '’' {
				rc = '\''
			}
			if rc != rune(c[x]) {
				ok = false
				break
			}
		}
		if ok {
			return append(out, span{a, b - n}, span{b - n, b})
		}
	}
	return append(out, span{a, b})
}

// isApostrophe reports whether c is one of the apostrophes a clitic
// starts with, as splitContraction reads them.
func isApostrophe(c rune) bool { return c == '\'' || c == '’' }

// keepsStop reports whether the word w (without its final full stop) keeps
// that stop as part of the token: titles, abbreviations and initials.
func keepsStop(w []rune, last bool) bool {
	if isInitialism(w) {
		return true
	}
	if last {
		return false
	}
	if len(w) == 1 && unicode.IsUpper(w[0]) {
		return true
	}
	lw := strings.ToLower(string(w))
	return titles[lw] || beforeNumber[lw] || lw == "e.g" || lw == "i.e" ||
		abbreviations[lw]
}

// abbreviations end in a full stop inside a sentence but are not titles.
var abbreviations = wordSet(`inc corp ltd co bros llc plc etc al jr sr est`)

func isPrefixPunct(c rune) bool {
	switch c {
	case '"', '“', '‘', '(', '[', '{', '«', '$', '£', '€', '#':
		return true
	}
	return false
}

// openingApostrophe reports whether the straight apostrophe at r[a] opens a
// single-quoted word ("called the arrest a 'kidnapping'"): a letter follows
// it and the chunk does not start a clipped form ("'tis", "'em").
func openingApostrophe(r []rune, a, b int) bool {
	if r[a] != '\'' || a+1 >= b || !unicode.IsLetter(r[a+1]) {
		return false
	}
	switch strings.ToLower(string(r[a+1 : b])) {
	case "em", "tis", "twas", "n", "n'":
		return false
	}
	return true
}

func isSuffixPunct(c rune) bool {
	switch c {
	case ',', ';', ':', '!', '?', ')', ']', '}', '"', '”', '’', '\'', '»', '%', '…':
		return true
	}
	return false
}
