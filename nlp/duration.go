package nlp

import (
	"strings"
)

// unitHours is the length of a declared period in hours. A month counts as
// 30 days and a year as 365.
var unitHours = map[string]int{
	"hour": 1, "hours": 1, "hr": 1, "hrs": 1,
	"day": 24, "days": 24,
	"week": 168, "weeks": 168,
	"month": 720, "months": 720,
	"year": 8760, "years": 8760,
}

// ParseDuration reads a declared duration at the start of words, such as
// "48-hour", "72 hours", "two-month", "three-day", "one week", "a
// month-long", and returns it in hours (a month is 30 days, a year 365)
// with the number of words consumed.
func ParseDuration(words []string) (hours int, n int, ok bool) {
	var buf [6]string
	lw := lowerAll(buf[:0], words)
	if len(lw) == 0 {
		return 0, 0, false
	}
	// One token: "48-hour", "three-day", "twenty-four-hour", "30-day-long".
	if h, ok := durationWord(lw[0]); ok {
		return h, 1, true
	}
	// "a week", "a month-long".
	num, m := 0, 0
	if lw[0] == "a" || lw[0] == "an" {
		num, m = 1, 1
	} else {
		v, a, ok := parseNumber(lw)
		if !ok {
			// "twenty-four hours" reads as a number already; figures with
			// a decimal part are not durations here.
			return 0, 0, false
		}
		num, m = v, a
	}
	if m >= len(lw) {
		return 0, 0, false
	}
	u, ok := unitHours[strings.TrimSuffix(lw[m], "-long")]
	if !ok || num <= 0 {
		return 0, 0, false
	}
	return num * u, m + 1, true
}

// durationWord reads "48-hour", "three-day" or "twenty-four-hour".
func durationWord(w string) (int, bool) {
	w = strings.TrimSuffix(w, "-long")
	i := strings.LastIndexByte(w, '-')
	if i <= 0 {
		return 0, false
	}
	u, ok := unitHours[w[i+1:]]
	if !ok {
		return 0, false
	}
	num := w[:i]
	if v, ok := parseFigure(num); ok && v > 0 {
		return v * u, true
	}
	if v, n, ok := parseWords([]string{num}); ok && n == 1 && v > 0 {
		return v * u, true
	}
	return 0, false
}

// measureUnits are units that, joined to a figure, make a measure rather
// than a count ("2,600-kilometer", "5km", "48-hour", "23-year-old").
var measureUnits = wordSet(`km kms kilometer kilometers kilometre kilometres
	mile miles m meter meters metre metres cm mm ft foot feet inch inches yard
	yards kg kgs kilogram kilograms g gram grams lb lbs pound ton tons tonne
	tonnes ha hectare hectares acre acres l liter liters litre litres gallon
	gallons barrel barrels mph kph kmh mw kw gw mb gb tb hour hours hr hrs
	minute minutes min mins second seconds sec day days week weeks month months
	year years year-old year-olds decade decades century percent pc storey
	story member strong point man nation party`)

// IsMeasure reports whether word is a figure joined to a unit, such as
// "2,600-kilometer", "48-hour", "5km", "23-year-old" or "seven-day": a
// quantity that is not a count of people.
func IsMeasure(word string) bool {
	// A measure starts with a figure or joins words by a hyphen; lowering
	// makes no digit nor hyphen.
	if (word == "" || word[0] < '0' || word[0] > '9') && strings.IndexByte(word, '-') < 0 {
		return false
	}
	return isMeasureOf(word)
}

// isMeasureOf is IsMeasure without the first test of its shape.
func isMeasureOf(word string) bool {
	w := strings.ToLower(word)
	i := 0
	for i < len(w) && (w[i] >= '0' && w[i] <= '9' || (i > 0 && (w[i] == ',' || w[i] == '.'))) {
		i++
	}
	if i == 0 {
		// "seven-day", "twenty-four-hour": number words joined to a unit.
		j := strings.IndexByte(w, '-')
		if j <= 0 {
			return false
		}
		if _, ok := smallNumbers[w[:j]]; !ok {
			return false
		}
		rest := w[j+1:]
		for {
			k := strings.IndexByte(rest, '-')
			if k < 0 {
				break
			}
			if _, ok := smallNumbers[rest[:k]]; !ok {
				break
			}
			rest = rest[k+1:]
		}
		return measureUnits[strings.TrimSuffix(rest, "-long")]
	}
	rest := strings.TrimPrefix(w[i:], "-")
	if rest == "" {
		return false
	}
	return measureUnits[strings.TrimSuffix(rest, "-long")]
}
