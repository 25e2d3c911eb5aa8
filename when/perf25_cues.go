package when

// Four rules' cues are single words that news is full of ("night",
// "year", "this"), while their patterns need those words in a phrase:
// "last night", "two years", "this week", "the 1990s". sharpCues looks for
// the phrase, as the pattern reads it, where the word was found, so that
// the pattern runs only where it could match. Each test is weaker than its
// pattern (TestSharpCuesHoldWhereTheyMatch): it may pass where the pattern
// then finds nothing, never fail where it would find something.
//
// The patterns are case-insensitive, and Go's regexp folds 's' to 'ſ'
// (U+017F) and 'k' to the Kelvin sign (U+212A) as well as to upper case;
// regexFoldAt and regexFoldEndsAt read the cue words the same way.

// sharpCues are the phrases the rules relativeDay, relativePeriod, decade
// and span need, and partMonth and monthOnly (perf26_cues.go).
type sharpCues struct {
	// relDay is "yesterday", "today", "tonight", "last night" or "this"
	// before a part of the day.
	relDay bool
	// relPeriod is "last", "this" or "next" before "week", "month" or
	// "year".
	relPeriod bool
	// decade is a "0s" ("the 1990s").
	decade bool
	// span is a count (a figure or a number word) before "decade",
	// "year" or "month".
	span bool
	// partMonth and monthOnly are a word of the pattern's before a month
	// name (perf26_cues.go).
	partMonth, monthOnly bool
}

// scanSharp sets the sharp cues of s whose words c holds.
func scanSharp(s string, c *cues) {
	if !c.today && !c.relative && !c.period {
		return
	}
	sc := &c.sharp
	for i := 0; i < len(s); i++ {
		switch lowerASCII(s[i]) {
		case 'y':
			sc.relDay = sc.relDay || regexFoldAt(s, i, "yesterday") >= 0
			sc.span = sc.span || regexFoldAt(s, i, "year") >= 0 && countBefore(s, i)
		case 't':
			sc.relDay = sc.relDay || regexFoldAt(s, i, "today") >= 0 || regexFoldAt(s, i, "tonight") >= 0 ||
				followedBy(s, regexFoldAt(s, i, "this"), "morning", "afternoon", "evening")
			sc.relPeriod = sc.relPeriod || followedBy(s, regexFoldAt(s, i, "this"), "week", "month", "year")
		case 'l':
			j := regexFoldAt(s, i, "last")
			sc.relDay = sc.relDay || followedBy(s, j, "night")
			sc.relPeriod = sc.relPeriod || followedBy(s, j, "week", "month", "year")
		case 'n':
			sc.relPeriod = sc.relPeriod || followedBy(s, regexFoldAt(s, i, "next"), "week", "month", "year")
		case 'm':
			sc.span = sc.span || regexFoldAt(s, i, "month") >= 0 && countBefore(s, i)
		case 'd':
			sc.span = sc.span || regexFoldAt(s, i, "decade") >= 0 && countBefore(s, i)
		case '0':
			sc.decade = sc.decade || regexFoldAt(s, i+1, "s") >= 0
		}
	}
}

// countWords are the words of countRE as they end: "a hundred" and "a
// few" end in "hundred" and "few".
var countWords = []string{
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty",
	"seventy", "eighty", "ninety", "hundred", "a", "several", "few",
}

// countBefore reports whether blanks and, before them, a figure or a
// count word end at byte i of s, as countRE\s+ would match them. A byte
// outside ASCII before the blanks passes: it is not worth reading.
func countBefore(s string, i int) bool {
	k := i
	for k > 0 && isBlank(s[k-1]) {
		k--
	}
	if k == i || k == 0 {
		return false
	}
	if b := s[k-1]; isDigit(b) || b >= 0x80 {
		return true
	}
	for _, w := range countWords {
		if regexFoldEndsAt(s, k, w) {
			return true
		}
	}
	return false
}

// followedBy reports whether, from byte j of s (none when j < 0), one or
// more blanks are followed by one of words.
func followedBy(s string, j int, words ...string) bool {
	if j < 0 {
		return false
	}
	k := j
	for k < len(s) && isBlank(s[k]) {
		k++
	}
	if k == j {
		return false
	}
	for _, w := range words {
		if regexFoldAt(s, k, w) >= 0 {
			return true
		}
	}
	return false
}

// The non-ASCII letters a case-insensitive pattern reads as 's' and 'k'.
const (
	longS  = "\u017f"
	kelvin = "\u212a"
)

// regexFoldAt returns the end of the lower-case ASCII word w at byte i of s,
// read case-insensitively, or -1 when w is not there.
func regexFoldAt(s string, i int, w string) int {
	for k := 0; k < len(w); k++ {
		c := w[k]
		switch {
		case i < len(s) && lowerASCII(s[i]) == c:
			i++
		case c == 's' && hasAt(s, i, longS):
			i += len(longS)
		case c == 'k' && hasAt(s, i, kelvin):
			i += len(kelvin)
		default:
			return -1
		}
	}
	return i
}

// regexFoldEndsAt reports whether the lower-case ASCII word w ends at byte end
// of s, read case-insensitively.
func regexFoldEndsAt(s string, end int, w string) bool {
	for k := len(w) - 1; k >= 0; k-- {
		c := w[k]
		switch {
		case end > 0 && lowerASCII(s[end-1]) == c:
			end--
		case c == 's' && end >= len(longS) && s[end-len(longS):end] == longS:
			end -= len(longS)
		case c == 'k' && end >= len(kelvin) && s[end-len(kelvin):end] == kelvin:
			end -= len(kelvin)
		default:
			return false
		}
	}
	return true
}

func hasAt(s string, i int, w string) bool {
	return len(s)-i >= len(w) && s[i:i+len(w)] == w
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
