package when

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// FuzzFindWeekdays checks the hand-written weekday search against the
// pattern it stands for.
func FuzzFindWeekdays(f *testing.F) {
	for _, s := range []string{
		"Rebels attacked on Monday night, and again late Tuesday.",
		"On Sunday evening police fired; by next Friday Mondays were quiet.",
		"reason Monday, upon Tuesday, xWednesday, Thursday_s, Friday nightly",
		"last\t\nSaturday  Morning; early  Sunday-afternoon; this Sunday9",
		"on on Monday Monday this  Tuesday afternoonx EARLY FRIDAY Night",
		"laſt Monday and the Kelvin \u212a Tuesday",
		"Sunday", "day", "Mon day", "LATE Wednesday EVENING.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := findWeekdays(s)
		want := weekdayPattern.FindAllStringSubmatchIndex(s, -1)
		if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
			t.Fatalf("findWeekdays(%q) = %v, the pattern finds %v", s, got, want)
		}
	})
}

// TestFindWeekdaysCorpus runs the same check over every dev snippet
// sentence, as written and in three altered casings and spacings. The
// held-out snippets stay out of every test loop.
func TestFindWeekdaysCorpus(t *testing.T) {
	texts := snippetTexts(t, "../code/testdata/snippets/dev/*.gold.json")
	if len(texts) == 0 {
		t.Skip("no snippet corpus")
	}
	n := 0
	for _, s := range texts {
		for _, v := range []string{s, strings.ToUpper(s), strings.ToLower(s), strings.ReplaceAll(s, " ", "\t ")} {
			got := findWeekdays(v)
			want := weekdayPattern.FindAllStringSubmatchIndex(v, -1)
			if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
				t.Fatalf("findWeekdays(%q) = %v, the pattern finds %v", v, got, want)
			}
			n += len(got)
		}
	}
	if n == 0 {
		t.Fatal("no weekday found in the corpus")
	}
}

// snippetTexts returns the document texts of the gold files glob matches.
func snippetTexts(tb testing.TB, glob string) []string {
	files, err := filepath.Glob(glob)
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var g struct {
			Documents []struct{ Text string } `json:"documents"`
		}
		if err := json.Unmarshal(raw, &g); err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		for _, d := range g.Documents {
			out = append(out, d.Text)
		}
	}
	return out
}

// scanCuesOld is scanCues as it was, over strings.ToLower, for the check below.
func scanCuesOld(s string) *cues {
	c := &cues{}
	low := strings.ToLower(s)
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
	for _, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.Contains(low, m) {
			c.month = true
			break
		}
	}
	if c.month {
		for _, m := range []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"} {
			if strings.Contains(s, m) {
				c.monthName = true
				break
			}
		}
	}
	c.weekday = strings.Contains(low, "day") // Monday … Sunday, yesterday, today
	if c.weekday {
		for _, d := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"} {
			if strings.Contains(s, d) {
				c.weekdayName = true
				break
			}
		}
	}
	c.war = strings.Contains(low, "war") && (strings.Contains(low, "world") || strings.Contains(low, "cold"))
	for _, w := range []string{"yesterday", "today", "tonight", "night", "morning", "afternoon", "evening"} {
		if strings.Contains(low, w) {
			c.today = true
			break
		}
	}
	for _, w := range []string{"night", "this ", "last ", "next ", "tonight"} {
		if strings.Contains(low, w) {
			c.relative = true
			break
		}
	}
	for _, w := range []string{"decade", "year", "month", "0s"} {
		if strings.Contains(low, w) {
			c.period = true
			break
		}
	}
	c.monthDigit = monthDigitPattern.MatchString(s)
	return c
}

// monthDigitPattern is the monthDigit cue as a pattern.
var monthDigitPattern = regexp.MustCompile(`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d`)

// FuzzScanCues checks scanCues, which lowers ASCII letters alone, against
// the cues strings.ToLower gives. The two differ only where ToLower lowers a
// non-ASCII letter to an ASCII one (the Kelvin sign, a dotted capital I),
// which no rule's pattern reads as that letter.
func FuzzScanCues(f *testing.F) {
	f.Add("Last Monday, in mid-January 2024, the 1990s; TONIGHT and next WEEK")
	f.Add("ÉTÉ 2019-05-03 Sunday morning, three decades of war, World War II")
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsAny(s, "\u0130\u212a") {
			return
		}
		if got, want := withoutSharp(scanCues(s)), *scanCuesOld(s); got != want {
			t.Fatalf("scanCues(%q) = %+v, want %+v", s, got, want)
		}
	})
}

// TestScanCuesCorpus checks scanCues against the old scanner on every dev
// snippet sentence, as written and in capitals.
func TestScanCuesCorpus(t *testing.T) {
	for _, s := range snippetTexts(t, "../code/testdata/snippets/dev/*.gold.json") {
		for _, v := range []string{s, strings.ToUpper(s)} {
			if got, want := withoutSharp(scanCues(v)), *scanCuesOld(v); got != want {
				t.Fatalf("scanCues(%q) = %+v, want %+v", v, got, want)
			}
		}
	}
}
