package when

// Two rules need only a month name, which a sentence of news often has
// ("in March", "the October elections"), and their patterns are long
// case-insensitive alternations: partMonth ("in mid-October", "the end of
// March") and monthOnly ("since May"). Both need a word of theirs right
// before the month, past blanks (or hyphens for partMonth). monthAfter
// looks for that word where a month name stands, so that each pattern runs
// only where it could match. The test is weaker than the pattern
// (TestMonthCuesHoldWhereTheyMatch): it reads neither "\b" nor the
// "the … of" before "end", "middle" and "beginning".

// partMonthWords end the phrases partMonth allows before its month.
var partMonthWords = []string{"mid", "early", "late", "end", "of"}

// monthOnlyWords end the words monthOnly allows before its month
// ("earlier in" and "later in" end in "in").
var monthOnlyWords = []string{"in", "since", "by", "until", "during", "from", "last", "this", "early", "late"}

// monthAfter reports whether a capitalised month name stands in s after
// one or more blanks (or hyphens, with hyphens) and, before them, one of
// words read case-insensitively as a pattern reads them.
func monthAfter(s string, hyphens bool, words []string) bool {
	for i := 1; i+3 <= len(s); i++ {
		if cueWords.monthAbbrev[s[i]] == nil || !isMonthAbbrev(s[i:i+3]) {
			continue
		}
		k := i
		for k > 0 && (isBlank(s[k-1]) || hyphens && s[k-1] == '-') {
			k--
		}
		if k == i {
			continue
		}
		for _, w := range words {
			if regexFoldEndsAt(s, k, w) {
				return true
			}
		}
	}
	return false
}

func needPartMonth(c *cues) bool { return c.monthName && c.sharp.partMonth }
func needMonthOnly(c *cues) bool { return c.monthName && c.sharp.monthOnly }
