package when

// scanCues looks for its words in one pass over the sentence: at each byte
// it tries only the words that start with that byte, where it used to scan
// the whole sentence once for each of some forty words.

// Cue bits, one for each list of words scanCues looks for.
const (
	cueMonth = 1 << iota
	cueMonthName
	cueDay
	cueWeekdayName
	cueWar
	cueWorldOrCold
	cueToday
	cueRelative
	cuePeriod
)

// cueWord is a word scanCues looks for and the cue bit it sets.
type cueWord struct {
	w   string
	bit uint16
}

// cueTables holds the cue words by first byte: folded, those found in the
// sentence with its ASCII letters lowered (the words are lower case);
// exact, those found as written.
type cueTables struct {
	folded, exact [256][]cueWord
	// monthAbbrev holds the capitalised month abbreviations by first
	// byte.
	monthAbbrev [256][]string
}

var cueWords = newCueTables()

func newCueTables() *cueTables {
	t := &cueTables{}
	fold := func(bit uint16, ws ...string) {
		for _, w := range ws {
			t.folded[w[0]] = append(t.folded[w[0]], cueWord{w, bit})
		}
	}
	exact := func(bit uint16, ws ...string) {
		for _, w := range ws {
			t.exact[w[0]] = append(t.exact[w[0]], cueWord{w, bit})
		}
	}
	for _, m := range []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"} {
		t.monthAbbrev[m[0]] = append(t.monthAbbrev[m[0]], m)
	}
	fold(cueMonth, "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
	exact(cueMonthName, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
	fold(cueDay, "day") // Monday … Sunday, yesterday, today
	exact(cueWeekdayName, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
	fold(cueWar, "war")
	fold(cueWorldOrCold, "world", "cold")
	fold(cueToday, "yesterday", "today", "tonight", "night", "morning", "afternoon", "evening")
	fold(cueRelative, "night", "this ", "last ", "next ", "tonight")
	fold(cuePeriod, "decade", "year", "month", "0s")
	return t
}

// wordCues returns the cue bits of the words s holds: a folded word where
// s with its ASCII letters lowered holds it. For the cue words, all ASCII,
// lowering ASCII letters alone finds what strings.ToLower would: the
// non-ASCII letters whose lower case is ASCII (the Kelvin sign, a dotted
// capital I) fold to no letter of theirs that a rule's pattern would
// accept.
func wordCues(s string) uint16 {
	var bits uint16
	// Every cue word has two bytes: none starts at the last.
	for i := 0; i+1 < len(s); i++ {
		c := s[i]
		if !cuePairs.has(lowerASCII(c), lowerASCII(s[i+1])) {
			continue
		}
		for _, cw := range cueWords.exact[c] {
			if len(s)-i >= len(cw.w) && s[i:i+len(cw.w)] == cw.w {
				bits |= cw.bit
			}
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		for _, cw := range cueWords.folded[c] {
			if foldedAt(s, i, cw.w) {
				bits |= cw.bit
			}
		}
	}
	return bits
}

// foldedAt reports whether s, its ASCII letters lowered, holds the lower
// case word w at byte i.
func foldedAt(s string, i int, w string) bool {
	if len(s)-i < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		c := s[i+k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

// monthThenDigit reports whether s has a month's name, as monthRE spells
// it, followed by blanks and a digit: a capitalised abbreviation ("Jan",
// "Sep"), the rest of the name in lower-case letters, an optional full
// stop, at least one blank (\s) and a digit (\d). The patterns that start
// with a month and go on with a number match only where this holds.
func monthThenDigit(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if cueWords.monthAbbrev[s[i]] == nil || !isMonthAbbrev(s[i:i+3]) {
			continue
		}
		j := i + 3
		for j < len(s) && 'a' <= s[j] && s[j] <= 'z' {
			j++
		}
		if j < len(s) && s[j] == '.' {
			j++
		}
		k := j
		for k < len(s) && isBlank(s[k]) {
			k++
		}
		if k > j && k < len(s) && isDigit(s[k]) {
			return true
		}
	}
	return false
}

// isMonthAbbrev reports whether a is a capitalised month abbreviation.
func isMonthAbbrev(a string) bool {
	for _, m := range cueWords.monthAbbrev[a[0]] {
		if a == m {
			return true
		}
	}
	return false
}

// isBlank reports whether c is a blank as \s reads it: \t, \n, \f, \r or a
// space.
func isBlank(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
