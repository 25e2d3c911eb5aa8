package when

import (
	"testing"
	"time"
)

// pub is Thursday 16 October 2025.
var pub = time.Date(2025, 10, 16, 0, 0, 0, 0, time.UTC)

func d(y int, m time.Month, dd int) time.Time { return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC) }

func TestFind(t *testing.T) {
	type want struct {
		text      string
		date      time.Time
		precision string
		past      bool
	}
	tests := []struct {
		name      string
		s         string
		published time.Time
		want      []want
	}{
		{"on weekday", "The bomber struck on Monday.", pub, []want{{"on Monday", d(2025, 10, 13), Day, false}}},
		{"bare weekday", "Officials said Tuesday that 23 died.", pub, []want{{"Tuesday", d(2025, 10, 14), Day, false}}},
		{"late weekday", "Jets struck Kabul late Tuesday.", pub, []want{{"late Tuesday", d(2025, 10, 14), Day, false}}},
		{"early weekday", "Shelling began early Sunday.", pub, []want{{"early Sunday", d(2025, 10, 12), Day, false}}},
		{"weekday night", "Blasts were heard Thursday night.", pub, []want{{"Thursday night", d(2025, 10, 16), Day, false}}},
		{"weekday equal to publication", "Talks opened on Thursday.", pub, []want{{"on Thursday", d(2025, 10, 16), Day, false}}},
		{"weekday after publication day", "Talks opened on Friday.", pub, []want{{"on Friday", d(2025, 10, 10), Day, false}}},
		{"next weekday", "Talks resume next Monday.", pub, []want{{"next Monday", d(2025, 10, 20), Day, false}}},
		{"two weekdays", "Clashes on Saturday and Sunday killed five.", pub, []want{{"on Saturday", d(2025, 10, 11), Day, false}, {"Sunday", d(2025, 10, 12), Day, false}}},
		{"yesterday", "Police said yesterday the toll rose.", pub, []want{{"yesterday", d(2025, 10, 15), Day, false}}},
		{"today", "The border reopened today.", pub, []want{{"today", pub, Day, false}}},
		{"last night", "Explosions were heard last night.", pub, []want{{"last night", d(2025, 10, 15), Day, false}}},
		{"this morning", "Rockets landed this morning.", pub, []want{{"this morning", pub, Day, false}}},
		{"last week", "Fighting erupted last week.", pub, []want{{"last week", d(2025, 10, 6), Week, false}}},
		{"this week", "Talks began this week.", pub, []want{{"this week", d(2025, 10, 13), Week, false}}},
		{"last month", "Talks failed last month.", pub, []want{{"last month", d(2025, 9, 1), Month, false}}},
		{"earlier this month", "Talks failed earlier this month.", pub, []want{{"earlier this month", d(2025, 10, 1), Month, false}}},
		{"last year", "Talks failed last year.", pub, []want{{"last year", d(2024, 1, 1), Year, true}}},
		{"abbreviated month", "The truce began on Oct. 9.", pub, []want{{"Oct. 9", d(2025, 10, 9), Day, false}}},
		{"month day", "The truce began October 9.", pub, []want{{"October 9", d(2025, 10, 9), Day, false}}},
		{"day month", "The truce began on 9 October.", pub, []want{{"9 October", d(2025, 10, 9), Day, false}}},
		{"month day no stop", "It ends Oct 15.", pub, []want{{"Oct 15", d(2025, 10, 15), Day, false}}},
		{"day month year", "It ended on 15 October 2025.", pub, []want{{"15 October 2025", d(2025, 10, 15), Day, false}}},
		{"month day comma year", "It began on August 15, 2021.", pub, []want{{"August 15, 2021", d(2021, 8, 15), Day, true}}},
		{"iso", "Report dated 2025-10-15.", pub, []want{{"2025-10-15", d(2025, 10, 15), Day, false}}},
		{"invalid iso", "Code 2025-13-45 here.", pub, nil},
		{"mid month", "Fighting in mid-October ended.", pub, []want{{"mid-October", d(2025, 10, 1), Month, false}}},
		{"in month", "Talks stalled in September.", pub, []want{{"in September", d(2025, 9, 1), Month, false}}},
		{"month next year too far", "Elections are due in December.", pub, []want{{"in December", d(2025, 12, 1), Month, false}}},
		{"in year", "The Taliban returned in 2021.", pub, []want{{"in 2021", d(2021, 1, 1), Year, true}}},
		{"since year", "The Taliban have ruled since 2021.", pub, []want{{"since 2021", d(2021, 1, 1), Year, true}}},
		{"this year number", "Deaths in 2025 rose.", pub, []want{{"in 2025", d(2025, 1, 1), Year, false}}},
		{"decade", "Militias of the 1990s returned.", pub, []want{{"the 1990s", d(1990, 1, 1), Year, true}}},
		{"decades of", "It ended three decades of war.", pub, []want{{"three decades of", d(1995, 1, 1), Year, true}}},
		{"for years", "They have fought for two years.", pub, []want{{"for two years", d(2023, 1, 1), Year, true}}},
		{"years ago", "The dam was built 40 years ago.", pub, []want{{"40 years ago", d(1985, 1, 1), Year, true}}},
		{"years ago in words", "Thirty years ago, the two leaders shook hands.", pub, []want{{"Thirty years ago", d(1995, 1, 1), Year, true}}},
		{"anniversary since", "Survivors marked 80 years since troops freed the camp.", pub, []want{{"80 years since", d(1945, 1, 1), Year, true}}},
		{"anniversary after", "Ten years after gunmen stormed the college, students returned.", pub, []want{{"Ten years after", d(2015, 1, 1), Year, true}}},
		{"world war", "The bomb was dropped during the Second World War.", pub, []want{{"the Second World War", d(1939, 1, 1), Year, true}}},
		{"world war one", "Trenches dug in World War I were found.", pub, []want{{"World War I", d(1914, 1, 1), Year, true}}},
		{"cold war", "Ties are at their worst since the Cold War.", pub, []want{{"the Cold War", d(1947, 1, 1), Year, true}}},
		{"first in years is no date", "They held their first talks in five years.", pub, nil},
		{"in the past years", "Attacks rose in the past two years.", pub, []want{{"in the past two years", d(2023, 1, 1), Year, true}}},
		{"a war is no date", "The war in Sudan goes on.", pub, nil},
		{"plain number not a year", "It cost 2,600 dollars and 1200 men.", pub, []want{{"1200", d(1200, 1, 1), Year, true}}[:0]},
		{"modal may", "Talks may resume.", pub, nil},
		{"zero publication", "The bomber struck on Monday.", time.Time{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.s, tt.published)
			if len(got) != len(tt.want) {
				t.Fatalf("Find(%q) = %+v, want %d expressions", tt.s, got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Text != w.text || !g.Date.Equal(w.date) || g.Precision != w.precision || g.Past != w.past {
					t.Errorf("expr %d = %q %s %s past=%v, want %q %s %s past=%v", i, g.Text, g.Date.Format(time.DateOnly), g.Precision, g.Past, w.text, w.date.Format(time.DateOnly), w.precision, w.past)
				}
				if tt.s[g.Start:g.End] != g.Text {
					t.Errorf("offsets [%d,%d) hold %q, Text %q", g.Start, g.End, tt.s[g.Start:g.End], g.Text)
				}
			}
		})
	}
}

func TestFindYearInference(t *testing.T) {
	jan := d(2026, 1, 3)
	tests := []struct {
		name string
		s    string
		pub  time.Time
		want time.Time
	}{
		{"december in january is last year", "It began on Dec. 28.", jan, d(2025, 12, 28)},
		{"february in january is this year", "Talks are set for Feb. 20.", jan, d(2026, 2, 20)},
		{"march in january is this year", "Talks are set for March 3.", jan, d(2026, 3, 3)},
		{"may in january is last year", "It began on May 3.", jan, d(2025, 5, 3)},
		{"within two months ahead", "Polls open on 10 December.", pub, d(2025, 12, 10)},
		{"beyond two months ahead", "It happened on 30 December.", pub, d(2024, 12, 30)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.s, tt.pub)
			if len(got) != 1 || !got[0].Date.Equal(tt.want) {
				t.Fatalf("Find(%q) = %+v, want %s", tt.s, got, tt.want.Format(time.DateOnly))
			}
		})
	}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name      string
		s         string
		published time.Time
		date      time.Time
		precision string
	}{
		{"day beats month", "Earlier this month talks failed, and on Tuesday jets struck.", pub, d(2025, 10, 14), Day},
		{"first day", "Clashes on Saturday and Sunday killed five.", pub, d(2025, 10, 11), Day},
		{"month only", "Fighting in mid-October displaced thousands.", pub, d(2025, 10, 1), Month},
		{"ongoing skipped", "The Taliban, in power since 2021, struck back.", pub, pub, Day},
		{"decade kept", "Thousands died in the 1990s.", pub, d(1990, 1, 1), Year},
		{"default", "Jets struck Kabul.", pub, pub, Day},
		{"published with time of day", "Jets struck Kabul yesterday.", time.Date(2025, 10, 16, 22, 30, 0, 0, time.UTC), d(2025, 10, 15), Day},
		{"zero publication", "Jets struck Kabul.", time.Time{}, time.Time{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			date, prec := Resolve(tt.s, tt.published)
			if !date.Equal(tt.date) || prec != tt.precision {
				t.Errorf("Resolve(%q) = %s %s, want %s %s", tt.s, date.Format(time.DateOnly), prec, tt.date.Format(time.DateOnly), tt.precision)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	f.Add("Clashes on Saturday and Sunday, Oct. 9 and 2025-10-15, since 2021.")
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range Find(s, pub) {
			if e.Start < 0 || e.End > len(s) || e.Start >= e.End || s[e.Start:e.End] != e.Text {
				t.Fatalf("bad offsets %d..%d in %q", e.Start, e.End, s)
			}
			switch e.Precision {
			case Day, Week, Month, Year:
			default:
				t.Fatalf("bad precision %q", e.Precision)
			}
		}
		Resolve(s, pub)
	})
}

// TestCuesSpareNoMatch checks that the cheap tests before each pattern never
// skip a sentence the pattern would match.
func TestCuesSpareNoMatch(t *testing.T) {
	for _, s := range []string{
		"Rebels shelled the town on Monday night, a day after talks in Geneva stalled.",
		"The junta decided in mid-Sept. 2023 to expel the envoy; by Nov. 3 he had left.",
		"Troops marched into the market late Thursday, 3rd of March 2022, officials said.",
		"MONDAY's raid was the worst since the late 1990s, more than two decades ago.",
		"Fighting resumed on 2024-05-17 and again early this morning, and last week too.",
		"May was quiet, but since June 2021 the Second World War memorial was hit twice.",
		"It may rain on saturday; the separatists said they would decide in december.",
	} {
		c := scanCues(s)
		for n, r := range rules {
			if !r.need(c) && r.re.MatchString(s) {
				t.Errorf("rule %d (%s) skipped %q, which it matches", n, r.re, s)
			}
		}
	}
}
