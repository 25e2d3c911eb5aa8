package when

import (
	"strings"
	"time"
)

// lookahead is how far after publication a month-day without a year may
// fall before it is taken to mean the previous year ("on Dec. 28" in an
// article of 3 January).
const lookahead = 61 * 24 * time.Hour

// validDate builds y-m-d, rejecting days that do not exist (31 April).
func validDate(y int, m time.Month, d int) (time.Time, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if d < 1 || t.Month() != m || t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// inferYear places month m, day d in the publication year, or the year
// before when that lands more than about two months after publication.
func inferYear(m time.Month, d int, pub time.Time) (time.Time, bool) {
	t, ok := validDate(pub.Year(), m, d)
	if !ok {
		// 29 February of a year that lacks it: try the year before.
		return validDate(pub.Year()-1, m, d)
	}
	if t.Sub(pub) > lookahead {
		return validDate(pub.Year()-1, m, d)
	}
	return t, true
}

func dated(t time.Time, ok bool, pub time.Time) (Expr, bool) {
	if !ok {
		return Expr{}, false
	}
	return Expr{Date: t, Precision: Day, Past: t.Year() < pub.Year()-1}, true
}

func isoDate(m []string, pub time.Time) (Expr, bool) {
	t, ok := validDate(atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3]))
	return dated(t, ok, pub)
}

func monthDayYear(m []string, pub time.Time) (Expr, bool) {
	mm, _ := month(m[1])
	t, ok := validDate(atoi(m[3]), mm, atoi(m[2]))
	return dated(t, ok, pub)
}

func dayMonthYear(m []string, pub time.Time) (Expr, bool) {
	mm, _ := month(m[2])
	t, ok := validDate(atoi(m[3]), mm, atoi(m[1]))
	return dated(t, ok, pub)
}

func monthDay(m []string, pub time.Time) (Expr, bool) {
	mm, _ := month(m[1])
	t, ok := inferYear(mm, atoi(m[2]), pub)
	return dated(t, ok, pub)
}

func dayMonth(m []string, pub time.Time) (Expr, bool) {
	mm, _ := month(m[2])
	t, ok := inferYear(mm, atoi(m[1]), pub)
	return dated(t, ok, pub)
}

// partMonth reads "mid-October", "late October 2024": month precision.
func partMonth(m []string, pub time.Time) (Expr, bool) {
	mm, _ := month(m[1])
	if m[2] != "" {
		return Expr{Date: time.Date(atoi(m[2]), mm, 1, 0, 0, 0, 0, time.UTC), Precision: Month, Past: atoi(m[2]) < pub.Year()}, true
	}
	t, ok := inferYear(mm, 1, pub)
	return Expr{Date: t, Precision: Month}, ok
}

func monthYear(m []string, pub time.Time) (Expr, bool) {
	mm, _ := month(m[1])
	y := atoi(m[2])
	t := time.Date(y, mm, 1, 0, 0, 0, 0, time.UTC)
	e := Expr{Date: t, Precision: Month, Past: y < pub.Year()}
	if strings.HasPrefix(strings.ToLower(m[0]), "since") {
		e.Past, e.ongoing = true, true
	}
	return e, true
}

func monthOnly(m []string, pub time.Time) (Expr, bool) {
	mm, _ := month(m[2])
	t, ok := inferYear(mm, 1, pub)
	e := Expr{Date: t, Precision: Month}
	switch strings.ToLower(m[1]) {
	case "since":
		e.Past, e.ongoing = true, true
	case "last":
		// "last October" is the one before this year's.
		if t.Year() == pub.Year() && !t.Before(time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)) {
			t = t.AddDate(-1, 0, 0)
		}
		e.Date = t
	}
	return e, ok
}

// weekday reads "on Monday", "late Tuesday", "Thursday night": the most
// recent such day on or before publication, so the publication's own
// weekday means the publication day. "next Monday" is the first one after.
func weekday(m []string, pub time.Time) (Expr, bool) {
	wd := weekdays[m[2]]
	diff := (int(pub.Weekday()) - int(wd) + 7) % 7
	switch strings.ToLower(m[1]) {
	case "next":
		ahead := (int(wd) - int(pub.Weekday()) + 7) % 7
		if ahead == 0 {
			ahead = 7
		}
		return Expr{Date: pub.AddDate(0, 0, ahead), Precision: Day}, true
	case "last":
		if diff == 0 {
			diff = 7
		}
	}
	return Expr{Date: pub.AddDate(0, 0, -diff), Precision: Day}, true
}

// relativeDay reads "yesterday", "today", "last night", "this morning".
// "last night" is the evening before publication.
func relativeDay(m []string, pub time.Time) (Expr, bool) {
	w := strings.Join(strings.Fields(strings.ToLower(m[0])), " ")
	switch w {
	case "yesterday", "last night":
		return Expr{Date: pub.AddDate(0, 0, -1), Precision: Day}, true
	case "day before yesterday":
		return Expr{Date: pub.AddDate(0, 0, -2), Precision: Day}, true
	}
	return Expr{Date: pub, Precision: Day}, true
}

// relativePeriod reads "last week", "this month", "earlier this month",
// "last year". A week starts on Monday.
func relativePeriod(m []string, pub time.Time) (Expr, bool) {
	step := map[string]int{"last": -1, "this": 0, "next": 1}[strings.ToLower(m[2])]
	switch strings.ToLower(m[3]) {
	case "week":
		monday := pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7))
		return Expr{Date: monday.AddDate(0, 0, 7*step), Precision: Week}, true
	case "month":
		first := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)
		return Expr{Date: first.AddDate(0, step, 0), Precision: Month}, true
	}
	y := pub.Year() + step
	return Expr{Date: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Precision: Year, Past: step < 0}, true
}

// decade reads "the 1990s", "the late 1980s": the first year of the
// decade (or of its part), year precision, in the past.
func decade(m []string, pub time.Time) (Expr, bool) {
	y := atoi(m[2]+m[3]) * 10
	switch strings.ToLower(m[1]) {
	case "mid":
		y += 4
	case "late":
		y += 7
	}
	if y > pub.Year() {
		return Expr{}, false
	}
	return Expr{Date: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Precision: Year, Past: true}, true
}

// span reads a length of time reaching back from publication: "three
// decades of", "for two years", "over the past six months", "two years
// ago". The date is the start of the period, in the past. An anniversary
// ("80 years since troops liberated the camp", "ten years after gunmen
// stormed the college") dates what follows it that long ago.
func span(m []string, pub time.Time) (Expr, bool) {
	prep, unit, tail := strings.ToLower(m[1]), strings.ToLower(strings.TrimSuffix(m[3], "s")), strings.ToLower(m[4])
	if prep == "" && tail == "" {
		// "two years" alone may be a sentence or a plan, not a past period.
		return Expr{}, false
	}
	// "their first talks in five years", "elections in two years": a gap
	// or a plan; only "in the past/last five years" reaches back.
	if prep == "in" && tail == "" && !strings.Contains(strings.ToLower(m[0]), "past") && !strings.Contains(strings.ToLower(m[0]), "last") {
		return Expr{}, false
	}
	n, ok := counts[strings.ToLower(m[2])]
	if !ok {
		n = atoi(m[2])
	}
	if n <= 0 || n > 200 {
		return Expr{}, false
	}
	e := Expr{Past: true, ongoing: tail != "ago" && tail != "since" && tail != "after"}
	switch unit {
	case "decade":
		e.Date, e.Precision = time.Date(pub.Year()-10*n, 1, 1, 0, 0, 0, 0, time.UTC), Year
	case "year":
		e.Date, e.Precision = time.Date(pub.Year()-n, 1, 1, 0, 0, 0, 0, time.UTC), Year
	default:
		first := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)
		e.Date, e.Precision = first.AddDate(0, -n, 0), Month
	}
	return e, true
}

// year reads "in 2021", "since 2021", "2019": year precision. A year before
// the publication year, or any year after "since", is in the past.
func year(m []string, pub time.Time) (Expr, bool) {
	y := atoi(m[2])
	if y > pub.Year()+5 {
		return Expr{}, false
	}
	e := Expr{Date: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Precision: Year, Past: y < pub.Year()}
	if strings.EqualFold(m[1], "since") {
		e.Past, e.ongoing = true, true
	}
	return e, true
}

// namedWar reads the wars news dates things by: "during the Second World
// War", "since the Cold War". The date is the war's first year, in the
// past.
func namedWar(m []string, pub time.Time) (Expr, bool) {
	y := 0
	switch {
	case strings.EqualFold(m[1], "first"), strings.EqualFold(m[2], "one"), strings.EqualFold(m[2], "i"), m[2] == "1":
		y = 1914
	case m[1] != "" || m[2] != "":
		y = 1939
	default: // the Cold War
		y = 1947
	}
	if y >= pub.Year() {
		return Expr{}, false
	}
	return Expr{Date: time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Precision: Year, Past: true}, true
}
