package nlp

import (
	"os"
	"strings"
	"testing"
)

// perf27Words returns the words of testdata/news.txt, the keys of the
// number tables and their variants, and some odd shapes.
func perf27Words(tb testing.TB) []string {
	tb.Helper()
	raw, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		tb.Fatal(err)
	}
	words := []string{"", "-", "--", "a-", "-a", "İ", "Über", "2,600-kilometer", "48-hour", "5km", "23-year-old",
		"seven-day", "twenty-four-hour", "Twenty-Five", "twenty-five", "ninety-nine", "ten-ten", "one-", "x-two"}
	for _, w := range strings.Fields(string(raw)) {
		words = append(words, w, strings.ToLower(w), strings.Trim(w, `.,;:"'()`))
	}
	for w := range countStarts {
		words = append(words, w, strings.ToUpper(w), w+"-odd", "x"+w, w+"s")
	}
	for w := range smallNumbers {
		for v := range smallNumbers {
			words = append(words, w+"-"+v)
		}
		words = append(words, w, strings.ToUpper(w), w+"-day", w+"-year-old", w+"-long")
	}
	return words
}

// TestShapeFiltersAgree checks MayStartCount, NumberWord and IsMeasure,
// which ask a shape filter first, against the readings without it.
func TestShapeFiltersAgree(t *testing.T) {
	slowStart := func(w string) bool {
		if w == "" {
			return false
		}
		if c := w[0]; c >= '0' && c <= '9' {
			return true
		}
		lw := strings.ToLower(w)
		i := strings.IndexByte(lw, '-')
		return countStarts[lw] || i > 0 && countStarts[lw[:i]]
	}
	slowNumber, slowMeasure := numberWordOf, isMeasureOf
	hits := 0
	for _, w := range perf27Words(t) {
		if got, want := MayStartCount(w), slowStart(w); got != want {
			t.Errorf("MayStartCount(%q) = %v, want %v", w, got, want)
		}
		n, ok := NumberWord(w)
		if wn, wok := slowNumber(w); n != wn || ok != wok {
			t.Errorf("NumberWord(%q) = %d, %v, want %d, %v", w, n, ok, wn, wok)
		}
		if ok {
			hits++
		}
		if got, want := IsMeasure(w), slowMeasure(w); got != want {
			t.Errorf("IsMeasure(%q) = %v, want %v", w, got, want)
		}
	}
	if hits == 0 {
		t.Error("no number word among the words: the test reads nothing")
	}
}
