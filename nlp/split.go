package nlp

import (
	"strings"
	"unicode"
)

// titles are abbreviations that always precede a name, so a full stop after
// them never ends a sentence.
var titles = wordSet(`mr mrs ms messrs dr gen lt col maj capt cpt sgt cpl pvt
	adm brig cmdr cdr gov sen sens rep reps prof st mt ft rev hon pres supt insp
	dept govt univ assn vs gens`)

// beforeNumber are abbreviations usually followed by a figure ("Oct. 9",
// "No. 5"): the full stop ends a sentence only before a capitalised word.
var beforeNumber = wordSet(`jan feb mar apr jun jul aug sep sept oct nov dec no
	nos vol vols pp p art fig ch sec approx ca`)

// continuations are capitalised words that, after an initialism such as
// "U.S." or "U.N.", continue a proper name ("U.S. Army", "U.N. Security
// Council") rather than start a new sentence ("…left the U.S. Officials said").
var continuations = wordSet(`army navy air marine marines coast guard embassy
	embassies consulate congress senate house capitol president vice secretary
	ambassador envoy representative state department defense defence justice
	treasury commerce security council general assembly central command forces
	force special operations supreme court federal national government
	military ministry mission commission high commissioner human rights refugee
	refugees agency peacekeeping peacekeepers office attorney border customs
	intelligence naval institute institutes bureau census postal geological
	chamber trade foreign development food world health children's population
	navy's army's dollar treasuries assistance aid relief interim special
	transitional stabilization observer observers monitors monitoring
	africa european pacific indo-pacific southern northern cyber space strategic
	drug homeland immigration energy interior agriculture transportation`)

// placeInitialisms name countries, unions and cities, which end a
// sentence as often as any place name ("…left the U.S. Officials said");
// other capital initials before a capitalised word are a person's ("K.P.
// Sharma Oli").
var placeInitialisms = wordSet(`u.s u.k u.n e.u u.s.a u.a.e d.c u.s.s.r p.r.c d.r.c n.y l.a
	r.o.k d.p.r.k`)

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// isTerminator reports whether c can end a sentence.
func isTerminator(c rune) bool {
	return c == '.' || c == '!' || c == '?' || c == '…'
}

// isCloser reports whether c is closing punctuation that stays with the
// sentence it follows.
func isCloser(c rune) bool {
	switch c {
	case '"', '\'', '’', '”', ')', ']', '}', '»', '›':
		return true
	}
	return false
}

// isOpener reports whether c is opening punctuation that may precede the
// first word of a sentence.
func isOpener(c rune) bool {
	switch c {
	case '"', '\'', '‘', '“', '(', '[', '{', '«', '‹':
		return true
	}
	return false
}

// isBreak reports whether c separates paragraphs.
func isBreak(c rune) bool {
	return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029'
}

// splitSpans returns the [start, end) rune spans of the sentences in r,
// trimmed of white space, in order.
func splitSpans(r []rune) [][2]int {
	var spans [][2]int
	emit := func(s, e int) {
		for s < e && isSpace(r[s]) {
			s++
		}
		for e > s && isSpace(r[e-1]) {
			e--
		}
		if s < e {
			spans = append(spans, [2]int{s, e})
		}
	}
	start := 0
	for i := 0; i < len(r); i++ {
		c := r[i]
		if isBreak(c) {
			emit(start, i)
			start = i + 1
			continue
		}
		if !isTerminator(c) {
			continue
		}
		j := i
		for j < len(r) && isTerminator(r[j]) {
			j++
		}
		k := j
		for k < len(r) && isCloser(r[k]) {
			k++
		}
		if k < len(r) && !isSpace(r[k]) {
			// "7.5", "U.S.-backed", "e.g.," — no space, no boundary.
			i = j - 1
			continue
		}
		if endsSentence(r, i, j, k) {
			emit(start, k)
			start = k
		}
		i = k - 1
	}
	emit(start, len(r))
	return spans
}

// endsSentence decides whether the terminators r[i:j], followed by closing
// punctuation up to k and then white space, end a sentence.
func endsSentence(r []rune, i, j, k int) bool {
	m := k
	for m < len(r) && isSpace(r[m]) {
		if isBreak(r[m]) {
			return true
		}
		m++
	}
	for m < len(r) && isOpener(r[m]) {
		m++
	}
	if m >= len(r) {
		return true
	}
	next := r[m]
	if unicode.IsLower(next) {
		// "a.m. local time", "e.g. the", "'Why?' he asked".
		return false
	}
	if j-i != 1 || r[i] != '.' || k > j {
		// "?", "!", "...", or a full stop inside quotes: an ending unless
		// lower case follows.
		return true
	}
	ws := i
	for ws > 0 && !isSpace(r[ws-1]) {
		ws--
	}
	for ws < i && isOpener(r[ws]) {
		ws++
	}
	word := r[ws:i]
	if len(word) == 0 {
		return true
	}
	if len(word) == 1 && unicode.IsUpper(word[0]) {
		// An initial: "Donald J. Trump".
		return false
	}
	lw := strings.ToLower(string(word))
	switch {
	case titles[lw]:
		return false
	case beforeNumber[lw]:
		return !unicode.IsDigit(next)
	case lw == "e.g" || lw == "i.e" || lw == "cf":
		return false
	case isInitialism(word):
		if lw == "a.m" || lw == "p.m" {
			return true
		}
		if !placeInitialisms[lw] && unicode.IsUpper(word[0]) {
			// A person's initials: "K.P. Sharma Oli", "J.R. Jayewardene".
			return false
		}
		return !continuations[strings.ToLower(leadingWord(r[m:]))]
	}
	return true
}

// isInitialism reports whether w looks like "U.S", "U.N" or "a.m": single
// letters separated by full stops (the final stop is not in w).
func isInitialism(w []rune) bool {
	if len(w) < 3 || len(w)%2 == 0 {
		return false
	}
	for n, c := range w {
		if n%2 == 0 && !unicode.IsLetter(c) {
			return false
		}
		if n%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// leadingWord returns the letters (and apostrophes) at the start of r.
func leadingWord(r []rune) string {
	n := 0
	for n < len(r) && (unicode.IsLetter(r[n]) || (n > 0 && (r[n] == '\'' || r[n] == '’'))) {
		n++
	}
	return strings.ReplaceAll(string(r[:n]), "’", "'")
}
