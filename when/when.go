package when

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Precisions of a resolved date.
const (
	Day   = "day"
	Week  = "week"
	Month = "month"
	Year  = "year"
)

// Expr is a date expression found in a sentence.
type Expr struct {
	// Start and End are byte offsets of Text in the sentence.
	Start, End int
	Text       string
	// Date is the first day of the period meant, at midnight UTC.
	Date time.Time
	// Precision is "day", "week", "month" or "year".
	Precision string
	// Past is true when the expression refers to a time before the
	// publication date that is background rather than news ("since 2021",
	// "three decades of", "the 1990s", "in 2019").
	Past bool
	// ongoing marks the start of a period that lasts until publication
	// ("since 2021", "for two years"): not when a single event happened.
	ongoing bool
}

// rule is one kind of date expression: a pattern and how to resolve it.
type rule struct {
	re      *regexp.Regexp
	resolve func(m []string, pub time.Time) (Expr, bool)
	// need is a cheap test on the sentence that must pass for the rule to
	// be able to match; it spares running every regexp on every sentence.
	need func(c *cues) bool
}

// cues are what a sentence holds that some rule needs.
type cues struct {
	digit, month, weekday, relative, period, war bool
	// digit4 is a run of exactly four digits (the year of "May 3, 2024"),
	// year one that starts with 19 or 20, and iso four digits followed by
	// "-" and a digit ("2024-05-03").
	digit4, year, iso bool
	// today is a word of relativeDay's: yesterday, today, tonight, night,
	// morning, afternoon or evening.
	today bool
	// monthName and weekdayName are the capitalised names the month and
	// weekday patterns need ("Oct", "Monday"): sharper than month and
	// weekday, which lower-case words such as "decided" also set.
	monthName, weekdayName bool
	// monthDigit is a month name followed by blanks and a digit ("May 3",
	// "Sept. 2024"), which the patterns that start with a month need
	// (monthThenDigit).
	monthDigit bool
	// sharp are the phrases of four rules (perf25_cues.go).
	sharp sharpCues
}

func scanCues(s string) *cues {
	c := &cues{}
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		c.digit = true
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i == 4 {
			c.digit4 = true
			if s[i:i+2] == "19" || s[i:i+2] == "20" {
				c.year = true
			}
			if j+1 < len(s) && s[j] == '-' && isDigit(s[j+1]) {
				c.iso = true
			}
		}
		i = j
	}
	bits := wordCues(s)
	c.month = bits&cueMonth != 0
	c.monthName = c.month && bits&cueMonthName != 0
	c.weekday = bits&cueDay != 0
	c.weekdayName = c.weekday && bits&cueWeekdayName != 0
	c.war = bits&cueWar != 0 && bits&cueWorldOrCold != 0
	c.today = bits&cueToday != 0
	c.relative = bits&cueRelative != 0
	c.period = bits&cuePeriod != 0
	c.monthDigit = c.digit && c.monthName && monthThenDigit(s)
	scanSharp(s, c)
	if c.monthName {
		c.sharp.partMonth = monthAfter(s, true, partMonthWords)
		c.sharp.monthOnly = monthAfter(s, false, monthOnlyWords)
	}
	return c
}

func needISO(c *cues) bool          { return c.iso }
func needYear(c *cues) bool         { return c.year }
func needDigitMonth(c *cues) bool   { return c.digit && c.monthName }
func needMonthYear(c *cues) bool    { return c.digit4 && c.monthName }
func needMonthDigit(c *cues) bool   { return c.monthDigit }
func needMonthDigit4(c *cues) bool  { return c.digit4 && c.monthDigit }
func needWeekday(c *cues) bool      { return c.weekdayName }
func needRelativeDay(c *cues) bool  { return c.today && c.sharp.relDay }
func needPeriodOrWeek(c *cues) bool { return c.relative && c.sharp.relPeriod }
func needDecade(c *cues) bool       { return c.period && c.sharp.decade }
func needSpan(c *cues) bool         { return c.period && c.sharp.span }
func needWar(c *cues) bool          { return c.war }

const (
	monthRE   = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`
	weekdayRE = `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	countRE   = `(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a|several|a few)`
)

var months = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

var weekdays = map[string]time.Weekday{
	"Sunday": time.Sunday, "Monday": time.Monday, "Tuesday": time.Tuesday,
	"Wednesday": time.Wednesday, "Thursday": time.Thursday, "Friday": time.Friday,
	"Saturday": time.Saturday,
}

var counts = map[string]int{
	"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100,
	"several": 3, "a few": 3,
}

// weekdayPattern is the weekday rule's pattern, which findWeekdays follows
// by hand.
var weekdayPattern = regexp.MustCompile(`(?i:\b(?:(next|last|this|on|late|early)\s+)?)` + weekdayRE + `(?:\s+(?i:night|morning|afternoon|evening))?\b`)

// rules are tried in order; an expression overlapping one found by an
// earlier rule is dropped, so longer, more specific forms come first.
var rules = []rule{
	{regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`), isoDate, needISO},
	{regexp.MustCompile(`\b` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`), monthDayYear, needMonthDigit4},
	{regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE + `,?\s+(\d{4})\b`), dayMonthYear, needMonthYear},
	{regexp.MustCompile(`(?i:\b(?:mid|early|late|end|the\s+end\s+of|the\s+middle\s+of|the\s+beginning\s+of)[-\s]+)` + monthRE + `(?:\s+(\d{4}))?\b`), partMonth, needPartMonth},
	{regexp.MustCompile(`\b` + monthRE + `\s+(\d{1,2})(?:st|nd|rd|th)?\b`), monthDay, needMonthDigit},
	{regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthRE + `\b`), dayMonth, needDigitMonth},
	{regexp.MustCompile(`\b(?:(?i:in|since|by|until|during|from|of|last|this)\s+)?` + monthRE + `\s+(\d{4})\b`), monthYear, needMonthDigit4},
	{regexp.MustCompile(`\b((?i:in|since|by|until|during|from|last|this|early|late|earlier\s+in|later\s+in))\s+` + monthRE + `\b`), monthOnly, needMonthOnly},
	{weekdayPattern, weekday, needWeekday},
	{regexp.MustCompile(`(?i)\b(?:day\s+before\s+yesterday|yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b`), relativeDay, needRelativeDay},
	{regexp.MustCompile(`(?i)\b(?:(earlier|later)\s+)?(last|this|next)\s+(week|month|year)\b`), relativePeriod, needPeriodOrWeek},
	{regexp.MustCompile(`(?i)\bthe\s+(?:(early|mid|late)[-\s])?(1[89]|20)(\d)0s\b`), decade, needDecade},
	{regexp.MustCompile(`(?i)\b(?:(for|over|in)\s+(?:the\s+(?:past|last)\s+)?)?` + countRE + `\s+(decades?|years?|months?)(?:\s+(of|ago|since|after))?\b`), span, needSpan},
	{regexp.MustCompile(`(?i)\b(?:the\s+)?(?:(first|second)\s+world\s+war|world\s+war\s+(one|two|i|ii|1|2)|(cold)\s+war)\b`), namedWar, needWar},
	{regexp.MustCompile(`\b(?:((?i:in|since|until|by|during|from|of|before|after))\s+)?((?:19|20)\d{2})\b`), year, needYear},
}

// Find returns the date expressions in s in order, resolved against
// published (a date in UTC). With a zero published date nothing can be
// resolved and Find returns nil.
func Find(s string, published time.Time) []Expr {
	if published.IsZero() {
		return nil
	}
	pub := day(published)
	c := scanCues(s)
	var out []Expr
	// m holds a match's groups, made once a call: the resolvers read
	// them and keep none.
	var m []string
	for _, r := range rules {
		if !r.need(c) {
			continue
		}
		var locs [][]int
		if r.re == weekdayPattern {
			locs = findWeekdays(s)
		} else {
			locs = r.re.FindAllStringSubmatchIndex(s, -1)
		}
		for _, loc := range locs {
			if overlaps(out, loc[0], loc[1]) || !boundaryOK(s, loc[0], loc[1]) {
				continue
			}
			if n := len(loc) / 2; cap(m) < n {
				m = make([]string, n)
			} else {
				m = m[:n]
				clear(m)
			}
			for i := range m {
				if loc[2*i] >= 0 {
					m[i] = s[loc[2*i]:loc[2*i+1]]
				}
			}
			e, ok := r.resolve(m, pub)
			if !ok {
				continue
			}
			e.Start, e.End, e.Text = loc[0], loc[1], s[loc[0]:loc[1]]
			out = append(out, e)
		}
	}
	if len(out) > 1 {
		sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	}
	return out
}

// Resolve returns the date an event told in sentence s happened, and its
// precision: the first day-precision expression; else the first expression
// that is not the start of an ongoing period ("since 2021"); else the
// published date with precision "day", since news reports events of the
// last day or two. With a zero published date and no expression it returns
// the zero time and "".
func Resolve(s string, published time.Time) (date time.Time, precision string) {
	return ResolveExprs(Find(s, published), published)
}

// ResolveExprs is Resolve over expressions already found by Find in the
// same sentence, for callers that use them for more than the date.
func ResolveExprs(exprs []Expr, published time.Time) (date time.Time, precision string) {
	for _, e := range exprs {
		if e.Precision == Day {
			return e.Date, e.Precision
		}
	}
	for _, e := range exprs {
		if !e.ongoing {
			return e.Date, e.Precision
		}
	}
	if published.IsZero() {
		return time.Time{}, ""
	}
	return day(published), Day
}

// boundaryOK rejects matches glued to other figures, such as the "2025" of
// "2025-13-45" or "2025-26", or of "$2025".
func boundaryOK(s string, a, b int) bool {
	if a > 0 && (isDigit(s[a-1]) || s[a-1] == '$') {
		return false
	}
	if a > 1 && s[a-1] == '-' && isDigit(s[a-2]) {
		return false
	}
	if b < len(s) && isDigit(s[b]) {
		return false
	}
	if b+1 < len(s) && (s[b] == ',' || s[b] == '-' || s[b] == '.') && isDigit(s[b+1]) {
		return false
	}
	return true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func overlaps(out []Expr, a, b int) bool {
	for _, e := range out {
		if a < e.End && e.Start < b {
			return true
		}
	}
	return false
}

// day truncates t to midnight UTC of its calendar day.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func month(m string) (time.Month, bool) {
	mm, ok := months[strings.ToLower(strings.TrimSuffix(m, "."))[:3]]
	return mm, ok
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
