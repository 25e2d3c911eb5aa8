package geo

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// want describes one expected place: the text it covers and what it
// resolves to.
type want struct {
	text, name, country, precision string
}

func TestFind(t *testing.T) {
	g := MustLoad(t)
	tests := []struct {
		name string
		text string
		hint Hint
		want []want
	}{
		{"two cities", "Pakistani airstrikes hit Kabul and Kandahar overnight.", Hint{},
			[]want{{"Kabul", "Kabul", "AFG", "city"}, {"Kandahar", "Kandahar", "AFG", "city"}}},
		{"end of a longer Arabic name", "Jets struck a bakery in Kafr al-Numan and in Aleppo.", Hint{},
			[]want{{"Aleppo", "Aleppo", "SYR", "city"}}},
		{"border", "Heavy fighting was reported along the Durand Line on Sunday.", Hint{},
			[]want{{"Durand Line", "Durand Line", "AFG", "border"}}},
		{"admin1 after the name", "A bomb went off in Hyderabad, Sindh, on Monday.", Hint{},
			[]want{{"Hyderabad", "Hyderabad", "PAK", "city"}, {"Sindh", "Sindh", "PAK", "admin1"}}},
		{"Indian context from hint", "Police in Hyderabad detained six men.", Hint{Countries: []string{"IND"}},
			[]want{{"Hyderabad", "Hyderabad", "IND", "city"}}},
		{"Pakistani context from hint", "Police in Hyderabad detained six men.", Hint{Countries: []string{"PAK"}},
			[]want{{"Hyderabad", "Hyderabad", "PAK", "city"}}},
		{"Indian context from text", "Telangana police said protests in Hyderabad were peaceful.", Hint{},
			[]want{{"Telangana", "Telangana", "IND", "admin1"}, {"Hyderabad", "Hyderabad", "IND", "city"}}},
		{"Tripoli in Libya", "Libya's unity government said clashes in Tripoli had ended.", Hint{},
			[]want{{"Libya", "Libya", "LBY", "country"}, {"Tripoli", "Tripoli", "LBY", "city"}}},
		{"Tripoli in Lebanon", "Lebanon's army deployed in Tripoli after the clashes.", Hint{},
			[]want{{"Lebanon", "Lebanon", "LBN", "country"}, {"Tripoli", "Tripoli", "LBN", "city"}}},
		{"Gaza City and the Strip", "Strikes on Gaza City killed 12 as aid entered the Gaza Strip.", Hint{},
			[]want{{"Gaza City", "Gaza City", "PSE", "city"}, {"Gaza Strip", "Gaza Strip", "PSE", "admin1"}}},
		{"lower-case line after the", "Troops pulled back to the yellow line inside Gaza.", Hint{},
			[]want{{"yellow line", "Yellow Line", "PSE", "border"}, {"Gaza", "Gaza Strip", "PSE", "admin1"}}},
		{"lower-case line without the", "a yellow line was painted", Hint{}, nil},
		{"a demonym is not the region it names", "Kenyan and Somali soldiers retook the town of Afmadow.", Hint{},
			nil},
		{"a demonym before region names the region", "Floods hit Ethiopia's Somali region.", Hint{},
			[]want{{"Ethiopia", "Ethiopia", "ETH", "country"}, {"Somali", "Somali", "ETH", "admin1"}}},
		{"exonym", "Missiles struck Kiev before dawn.", Hint{},
			[]want{{"Kiev", "Kyiv", "UKR", "city"}}},
		{"diacritics", "Talks in Türkiye, or Turkiye, or Turkey.", Hint{},
			[]want{{"Türkiye", "Türkiye", "TUR", "country"}, {"Turkiye", "Türkiye", "TUR", "country"}, {"Turkey", "Türkiye", "TUR", "country"}}},
		{"sentence-initial May", "May brought new fighting. Nice words followed in Nice.", Hint{},
			[]want{{"Nice", "Nice", "FRA", "city"}}},
		{"person name", "Jordan Peterson spoke about Jordan.", Hint{},
			[]want{{"Jordan", "Jordan", "JOR", "country"}}},
		{"institution after a place", "The Pakistan Army said Islamabad High Court would rule.", Hint{},
			[]want{{"Pakistan", "Pakistan", "PAK", "country"}, {"Islamabad", "Islamabad", "PAK", "city"}}},
		{"Niger state in Nigeria", "Bandits attacked villages in Niger, Nigeria.", Hint{},
			[]want{{"Niger", "Niger", "NGA", "admin1"}, {"Nigeria", "Nigeria", "NGA", "country"}}},
		{"a town near the text's other countries", "Portuguese and French ministers met in Valencia on Friday.", Hint{},
			[]want{{"Valencia", "Valencia", "ESP", "city"}}},
		{"a town near the hinted country", "Ministers met in Valencia on Friday.", Hint{Countries: []string{"COL"}},
			[]want{{"Valencia", "Valencia", "VEN", "city"}}},
		{"Niger the country", "Niger's junta closed the border.", Hint{},
			[]want{{"Niger", "Niger", "NER", "country"}}},
		{"Georgia the state", "Voters in Atlanta, Georgia, queued for hours.", Hint{},
			[]want{{"Atlanta", "Atlanta", "USA", "city"}, {"Georgia", "Georgia", "USA", "admin1"}}},
		{"multi-word with hyphens", "Fighters entered Mazar-i-Sharif and Deir al-Balah.", Hint{},
			[]want{{"Mazar-i-Sharif", "Mazar-i-Sharif", "AFG", "city"}, {"Deir al-Balah", "Deir al-Balah", "PSE", "city"}}},
		{"lower-case Arabic article", "Militias shelled al-Mukalla before moving on el-Obeid.", Hint{},
			[]want{{"al-Mukalla", "Mukalla", "YEM", "city"}, {"el-Obeid", "El Obeid", "SDN", "city"}}},
		{"a venue named by its building", "The two presidents signed the accord at the White House.", Hint{},
			[]want{{"White House", "White House", "USA", "city"}}},
		{"lower-case word not a place", "the kabul river was high", Hint{}, nil},
		{"empty", "", Hint{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := g.Find(tt.text, tt.hint)
			if len(got) != len(tt.want) {
				t.Fatalf("Find(%q) = %d places %+v, want %d", tt.text, len(got), got, len(tt.want))
			}
			runes := []rune(tt.text)
			for i, w := range tt.want {
				p := got[i]
				if p.Text != w.text || p.Name != w.name || p.Country != w.country || p.Precision != w.precision {
					t.Errorf("place %d = %q→%s/%s/%s, want %q→%s/%s/%s", i, p.Text, p.Name, p.Country, p.Precision, w.text, w.name, w.country, w.precision)
				}
				if span := string(runes[p.Start:p.End]); span != p.Text {
					t.Errorf("place %d offsets [%d,%d) cover %q, want %q", i, p.Start, p.End, span, p.Text)
				}
				if p.Lat == 0 && p.Lon == 0 {
					t.Errorf("place %d has no coordinate", i)
				}
			}
		})
	}
}

func TestFindOffsetsAreCodePoints(t *testing.T) {
	g := MustLoad(t)
	tests := []struct {
		name       string
		text       string
		start, end int
	}{
		{"curly quote before", "“Kabul’s nights are quiet,” he said.", 1, 6},
		{"accents before", "Après la réunion à Genève, Kabul réagit.", 27, 32},
		{"emoji before", "🔥🔥 Kabul burns", 3, 8},
		{"plain", "In Kabul today", 3, 8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var found bool
			for _, p := range g.Find(tt.text, Hint{}) {
				if p.Name == "Kabul" {
					found = true
					if p.Start != tt.start || p.End != tt.end {
						t.Errorf("Kabul at [%d,%d), want [%d,%d)", p.Start, p.End, tt.start, tt.end)
					}
				}
			}
			if !found {
				t.Errorf("Kabul not found in %q", tt.text)
			}
		})
	}
}

func TestResolve(t *testing.T) {
	g := MustLoad(t)
	tests := []struct {
		name, query string
		hint        Hint
		wantName    string
		wantCountry string
		wantPrec    string
		ok          bool
	}{
		{"plain", "Kandahar", Hint{}, "Kandahar", "AFG", "city", true},
		{"hint picks Pakistan", "Hyderabad", Hint{Countries: []string{"PAK"}}, "Hyderabad", "PAK", "city", true},
		{"no hint picks populous", "Hyderabad", Hint{}, "Hyderabad", "IND", "city", true},
		{"second hint used", "Tripoli", Hint{Countries: []string{"SYR", "lbn"}}, "Tripoli", "LBN", "city", true},
		{"leading the", "the Durand Line", Hint{}, "Durand Line", "AFG", "border", true},
		{"crossing", "Torkham", Hint{}, "Torkham", "PAK", "city", true},
		{"camp", "Zamzam camp", Hint{}, "Zamzam camp", "SDN", "city", true},
		{"district", "North Waziristan", Hint{}, "North Waziristan", "PAK", "admin1", true},
		{"unknown", "Narnia", Hint{}, "", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			loc, ok := g.Resolve(tt.query, tt.hint)
			if ok != tt.ok || loc.Name != tt.wantName || loc.Country != tt.wantCountry || loc.Precision != tt.wantPrec {
				t.Errorf("Resolve(%q) = %s/%s/%s %v, want %s/%s/%s %v", tt.query, loc.Name, loc.Country, loc.Precision, ok, tt.wantName, tt.wantCountry, tt.wantPrec, tt.ok)
			}
			if ok && loc.Text != tt.query {
				t.Errorf("Resolve(%q).Text = %q", tt.query, loc.Text)
			}
		})
	}
}

// seedArticle reads the project's founding article from the shared
// evaluation folder, skipping the test when it is absent.
func seedArticle(tb testing.TB) string {
	tb.Helper()
	b, err := os.ReadFile("../../shared/eval/seed/article.txt")
	if err != nil {
		tb.Skipf("seed article not available: %v", err)
	}
	return string(b)
}

func TestFindSeedArticle(t *testing.T) {
	g := MustLoad(t)
	text := seedArticle(t)
	names := map[string]bool{}
	for _, p := range g.Find(text, Hint{Countries: []string{"PAK", "AFG"}}) {
		names[p.Name+"/"+p.Country] = true
	}
	for _, w := range []string{"Kabul/AFG", "Kandahar/AFG", "Durand Line/AFG", "Pakistan/PAK", "Afghanistan/AFG", "Istanbul/TUR", "Qatar/QAT"} {
		if !names[w] {
			t.Errorf("seed article: %s not found; found %v", w, names)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Pakistani airstrikes hit Kabul and Kandahar.",
		"“Kabul’s” Türkiye — Hyderabad, Sindh",
		"the yellow line. May Jordan Peterson U.S. St. Petersburg",
		"\xff\xfeKabul\x00Gaza City",
		"Mazar-i-Sharif--Deir al-Balah''N'Djamena",
	} {
		f.Add(s)
	}
	g := MustLoad(f)
	f.Fuzz(func(t *testing.T, text string) {
		n := utf8.RuneCountInString(text)
		prev := 0
		for _, p := range g.Find(text, Hint{Countries: []string{"PAK"}}) {
			if p.Start < prev || p.Start >= p.End || p.End > n {
				t.Fatalf("bad offsets [%d,%d) in %d runes (previous end %d)", p.Start, p.End, n, prev)
			}
			prev = p.End
			if !utf8.ValidString(text) {
				continue
			}
			if got := string([]rune(text)[p.Start:p.End]); got != p.Text {
				t.Fatalf("offsets [%d,%d) cover %q, Text is %q", p.Start, p.End, got, p.Text)
			}
		}
	})
}

// benchText is about 200 words of conflict reporting.
var benchText = strings.Repeat("Pakistan’s military said on Tuesday that its jets struck hideouts of the Tehrik-e-Taliban Pakistan in Khost and Paktika, across the Durand Line, after a suicide bomber killed 23 recruits at a police school in Dera Ismail Khan. The Taliban government in Kabul said the strikes killed civilians in Barmal and vowed to respond. ", 4)

func BenchmarkFind(b *testing.B) {
	g := MustLoad(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		g.Find(benchText, Hint{Countries: []string{"PAK"}})
	}
}
