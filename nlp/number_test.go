package nlp

import (
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

func TestParseCount(t *testing.T) {
	tests := []struct {
		name  string
		words string
		want  truce.Count
		n     int
		ok    bool
	}{
		{"digits", "23 people", truce.Count{Min: 23, Max: 23}, 1, true},
		{"grouped digits", "1,200 civilians", truce.Count{Min: 1200, Max: 1200}, 1, true},
		{"grouped digits 2", "2,600 refugees", truce.Count{Min: 2600, Max: 2600}, 1, true},
		{"bad grouping", "12,00 people", truce.Count{}, 0, false},
		{"hyphenated words", "twenty-three soldiers", truce.Count{Min: 23, Max: 23}, 1, true},
		{"spaced words", "twenty three soldiers", truce.Count{Min: 23, Max: 23}, 2, true},
		{"a hundred", "a hundred people", truce.Count{Min: 100, Max: 100}, 2, true},
		{"hundred and five", "one hundred and five people", truce.Count{Min: 105, Max: 105}, 4, true},
		{"seven", "Seven policemen", truce.Count{Min: 7, Max: 7}, 1, true},
		{"a dozen", "a dozen guards", truce.Count{Min: 12, Max: 12}, 2, true},
		{"two dozen", "two dozen guards", truce.Count{Min: 24, Max: 24}, 2, true},
		{"half a dozen", "half a dozen porters", truce.Count{Min: 6, Max: 6}, 3, true},
		{"half of is no count", "half of the town", truce.Count{}, 0, false},
		{"thousands in words", "three thousand five hundred", truce.Count{Min: 3500, Max: 3500}, 4, true},
		{"range token", "23-25 dead", truce.Count{Min: 23, Max: 25}, 1, true},
		{"range en dash", "23–25 dead", truce.Count{Min: 23, Max: 25}, 1, true},
		{"range with to", "23 to 25 dead", truce.Count{Min: 23, Max: 25}, 3, true},
		{"range split dash", "23 - 25 dead", truce.Count{Min: 23, Max: 25}, 3, true},
		{"range in words", "ten to fifteen", truce.Count{Min: 10, Max: 15}, 3, true},
		{"between", "between 10 and 15 people", truce.Count{Min: 10, Max: 15}, 4, true},
		{"between words", "between five and seven", truce.Count{Min: 5, Max: 7}, 4, true},
		{"between broken", "between the two", truce.Count{}, 0, false},
		{"at least", "at least 23 people", truce.Count{Min: 23, Max: 23}, 3, true},
		{"more than", "more than 23", truce.Count{Min: 23, Max: 23}, 3, true},
		{"more than a dozen", "more than a dozen", truce.Count{Min: 12, Max: 12}, 4, true},
		{"over", "over 23", truce.Count{Min: 23, Max: 23}, 2, true},
		{"nearly", "nearly 23", truce.Count{Min: 23, Max: 23}, 2, true},
		{"up to", "up to 23", truce.Count{Min: 23, Max: 23}, 3, true},
		{"some", "some 23", truce.Count{Min: 23, Max: 23}, 2, true},
		{"about", "About 23", truce.Count{Min: 23, Max: 23}, 2, true},
		{"around", "around 23", truce.Count{Min: 23, Max: 23}, 2, true},
		{"qualifier alone", "some people", truce.Count{}, 0, false},
		{"dozens", "dozens of people", truce.Count{Min: 12, Max: 12}, 2, true},
		{"scores like dozens", "scores of people", truce.Count{Min: 12, Max: 12}, 2, true},
		{"hundreds", "hundreds of protesters", truce.Count{Min: 100, Max: 100}, 2, true},
		{"thousands", "thousands", truce.Count{Min: 1000, Max: 1000}, 1, true},
		{"tens of thousands", "tens of thousands of refugees", truce.Count{Min: 10000, Max: 10000}, 4, true},
		{"hundreds of thousands", "hundreds of thousands of people", truce.Count{Min: 100000, Max: 100000}, 4, true},
		{"several", "several soldiers", truce.Count{Min: 10, Max: 10}, 1, true},
		{"many", "many civilians", truce.Count{Min: 10, Max: 10}, 1, true},
		{"multiple", "multiple casualties", truce.Count{Min: 10, Max: 10}, 1, true},
		{"numerous", "numerous people", truce.Count{Min: 10, Max: 10}, 1, true},
		{"a few", "a few people", truce.Count{Min: 3, Max: 3}, 2, true},
		{"a couple of", "a couple of guards", truce.Count{Min: 2, Max: 2}, 3, true},
		{"two", "two guards", truce.Count{Min: 2, Max: 2}, 1, true},
		{"one", "one soldier", truce.Count{Min: 1, Max: 1}, 1, true},
		{"a alone", "a soldier", truce.Count{}, 0, false},
		{"an alone", "an officer", truce.Count{}, 0, false},
		{"millions decimal", "2.6 million people", truce.Count{Min: 2600000, Max: 2600000}, 2, true},
		{"digits thousand", "3 thousand", truce.Count{Min: 3000, Max: 3000}, 2, true},
		{"decimal alone", "2.5 km", truce.Count{}, 0, false},
		{"measure", "2,600-kilometer border", truce.Count{}, 0, false},
		{"word", "soldiers", truce.Count{}, 0, false},
		{"empty", "", truce.Count{}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, n, ok := ParseCount(strings.Fields(tt.words))
			if c != tt.want || n != tt.n || ok != tt.ok {
				t.Errorf("ParseCount(%q) = %+v, %d, %v; want %+v, %d, %v", tt.words, c, n, ok, tt.want, tt.n, tt.ok)
			}
		})
	}
}

func TestParseDuration(t *testing.T) {
	tests := []struct {
		name  string
		words string
		hours int
		n     int
		ok    bool
	}{
		{"48-hour", "48-hour truce", 48, 1, true},
		{"72 hours", "72 hours", 72, 2, true},
		{"two-month", "two-month ceasefire", 1440, 1, true},
		{"three-day", "three-day pause", 72, 1, true},
		{"one week", "one week", 168, 2, true},
		{"30-day", "30-day truce", 720, 1, true},
		{"a week", "a week", 168, 2, true},
		{"month-long", "a month-long truce", 720, 2, true},
		{"twenty-four-hour", "twenty-four-hour truce", 24, 1, true},
		{"twenty-four hours", "twenty-four hours", 24, 2, true},
		{"one year", "one year", 8760, 2, true},
		{"not a unit", "48 people", 0, 0, false},
		{"no number", "truce", 0, 0, false},
		{"zero", "0-day", 0, 0, false},
		{"empty", "", 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, n, ok := ParseDuration(strings.Fields(tt.words))
			if h != tt.hours || n != tt.n || ok != tt.ok {
				t.Errorf("ParseDuration(%q) = %d, %d, %v; want %d, %d, %v", tt.words, h, n, ok, tt.hours, tt.n, tt.ok)
			}
		})
	}
}

func TestIsMeasure(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"2,600-kilometer", true},
		{"48-hour", true},
		{"5km", true},
		{"23-year-old", true},
		{"seven-day", true},
		{"twenty-four-hour", true},
		{"5,000-strong", true},
		{"23", false},
		{"1,200", false},
		{"twenty-three", false},
		{"23-25", false},
		{"kilometer", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := IsMeasure(tt.word); got != tt.want {
				t.Errorf("IsMeasure(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}

func TestNumberWord(t *testing.T) {
	for w, want := range map[string]int{"two": 2, "ten": 10, "ninety": 90, "twenty-five": 25, "forty-one": 41} {
		if n, ok := NumberWord(w); !ok || n != want {
			t.Errorf("NumberWord(%q) = %d, %v; want %d", w, n, ok, want)
		}
	}
	for _, w := range []string{"", "hundred", "ten-two", "five-six", "twenty-", "-five", "twenty-zero", "Ten"} {
		if n, ok := NumberWord(w); ok {
			t.Errorf("NumberWord(%q) = %d, true; want none", w, n)
		}
	}
}
