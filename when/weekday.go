package when

import "strings"

// weekdayNames are the weekdays by the letters before their shared "day".
var weekdayNames = [...]string{"Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun"}

// weekdayLeads and weekdayTimes are the words the weekday pattern allows
// before and after the name, in the pattern's order.
var (
	weekdayLeads = [...]string{"next", "last", "this", "on", "late", "early"}
	weekdayTimes = [...]string{"night", "morning", "afternoon", "evening"}
)

// findWeekdays returns what weekdayPattern finds in s,
// with the same submatch indices (the lead word, the name), without
// running the regexp engine. Most news sentences name a weekday, and the
// pattern's optional case-insensitive lead makes the engine try it at
// every byte; here the search starts from each "day" instead. Under (?i)
// "ſ" and the Kelvin sign fold to "s" and "k": a sentence holding either
// is left to the pattern.
func findWeekdays(s string) [][]int {
	if strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a") {
		return weekdayPattern.FindAllStringSubmatchIndex(s, -1)
	}
	var out [][]int
	for pos := 0; pos < len(s); {
		q, e := nextWeekday(s, pos)
		if q < 0 {
			break
		}
		end := timeOfDayEnd(s, e)
		if end < 0 {
			pos = q + 1
			continue
		}
		loc := []int{q, end, -1, -1, q, e}
		if p, w := leadBefore(s, q, pos); p >= 0 {
			loc[0], loc[2], loc[3] = p, p, w
		} else if q > 0 && isWordByte(s[q-1]) {
			pos = q + 1
			continue
		}
		out = append(out, loc)
		pos = end
	}
	return out
}

// nextWeekday returns the bounds of the first weekday name that starts at
// or after pos, or -1.
func nextWeekday(s string, pos int) (int, int) {
	for from := pos; ; {
		d := strings.Index(s[from:], "day")
		if d < 0 {
			return -1, -1
		}
		d += from
		for _, n := range weekdayNames {
			if q := d - len(n); q >= pos && s[q:d] == n {
				return q, d + 3
			}
		}
		from = d + 1
	}
}

// timeOfDayEnd returns where a weekday name ending at e ends the match,
// with a time of day after it ("Monday night") when one follows, or -1
// when the name runs on into a word ("Mondays").
func timeOfDayEnd(s string, e int) int {
	k := e
	for k < len(s) && isSpace(s[k]) {
		k++
	}
	if k > e {
		for _, w := range weekdayTimes {
			if foldAt(s, k, w) && !(k+len(w) < len(s) && isWordByte(s[k+len(w)])) {
				return k + len(w)
			}
		}
	}
	if e < len(s) && isWordByte(s[e]) {
		return -1
	}
	return e
}

// leadBefore returns the bounds of the lead word ("on", "last") set
// apart by spaces before the weekday name at q, starting at or after pos
// on a word boundary, or -1.
func leadBefore(s string, q, pos int) (int, int) {
	r := q
	for r > pos && isSpace(s[r-1]) {
		r--
	}
	if r == q {
		return -1, -1
	}
	for _, w := range weekdayLeads {
		p := r - len(w)
		if p >= pos && foldAt(s, p, w) && (p == 0 || !isWordByte(s[p-1])) {
			return p, r
		}
	}
	return -1, -1
}

// foldAt reports whether s holds the lowercase ASCII word w at i, in any
// case.
func foldAt(s string, i int, w string) bool {
	if i < 0 || i+len(w) > len(s) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if s[i+k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

// isSpace is the regexp class \s: tab, newline, form feed, carriage return
// and space.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// isWordByte is the regexp class \w, whose edges \b marks.
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}
