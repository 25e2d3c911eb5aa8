package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/truce-project/truce"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// testEvents returns hand-built events: a full one, one with commas, quotes
// and a newline in its evidence and neither location nor toll, one in
// other scripts with a location of unknown coordinates, and one placed only
// by country; and a nil.
func testEvents() []*truce.Event {
	pakMil := truce.Actor{Text: "Pakistani jets", Name: "Pakistan Armed Forces", ID: "PAKMIL", Country: "PAK", Sector: "MIL"}
	afgGov := truce.Actor{Text: "the Taliban government", Name: "Afghan Taliban government", ID: "AFGGOV", Country: "AFG", Sector: "GOV"}
	afgCvl := truce.Actor{Text: "civilians", Name: "Afghan civilians", ID: "AFGCVL", Country: "AFG", Sector: "CVL"}
	ttp := truce.Actor{Text: "تحریک طالبان پاکستان", Name: "Tehrik-e-Taliban Pakistan", ID: "TTP", Country: "PAK", Sector: "REB"}
	return []*truce.Event{
		{
			ID: "ev-kabul", Type: truce.Assault, Mode: "aerial", Context: []string{"military"},
			CAMEO: "195", Goldstein: -10, Quad: 4,
			ACLEDType: "Explosions/Remote violence", ACLEDSubtype: "Air/drone strike",
			Source: []truce.Actor{pakMil}, Target: []truce.Actor{afgGov, afgCvl},
			Location: &truce.Location{Text: "Kabul", Name: "Kabul", Country: "AFG", Admin1: "Kabul", Lat: 34.5281, Lon: 69.1723, GeonamesID: 1138958, Precision: "city"},
			Date:     "2025-10-09", DatePrecision: "day",
			Fatalities: &truce.Count{Min: 12, Max: 15}, Injuries: &truce.Count{Min: 30, Max: 30},
			Status:   truce.StatusReported,
			Evidence: truce.Evidence{ArticleID: "a1", Sentence: "Pakistani jets struck Kabul on Thursday night, killing at least 12 people.", Start: 10, End: 84},
			Sources: []truce.SourceRef{
				{ArticleID: "a1", URL: "https://news.example/a1", Published: "2025-10-10"},
				{ArticleID: "a2", Published: "2025-10-11"},
			},
			Mentions: 2, Confidence: 0.9,
		},
		{
			ID: "ev-quote", Type: truce.Threaten, CAMEO: "13", Goldstein: -4.4, Quad: 3,
			Source: []truce.Actor{afgGov}, Target: []truce.Actor{pakMil},
			Date: "2025-10-10", DatePrecision: "week",
			Status:     truce.StatusClaimed,
			Evidence:   truce.Evidence{ArticleID: "a1", Sentence: "A spokesman said, \"we will respond\"\nand, he added, \"soon\"."},
			Confidence: 0.5,
		},
		nil,
		{
			ID: "ev-unicode", Type: truce.Assault, Mode: "suicide-attack",
			ACLEDType: "Explosions/Remote violence", ACLEDSubtype: "Suicide bomb",
			Source: []truce.Actor{ttp}, Target: []truce.Actor{{Text: "soldiers", Name: "", ID: "PAKMIL", Country: "PAK"}},
			Location: &truce.Location{Text: "Mir Ali", Name: "Mīr ʿAlī", Country: "PAK", Precision: "none"},
			Date:     "2025-10-17", DatePrecision: "day",
			Fatalities: &truce.Count{Min: 23, Max: 23},
			Status:     truce.StatusReported,
			Evidence:   truce.Evidence{ArticleID: "a3", Sentence: "A suicide bomber — claimed by the group's Urdu statement «تحریک طالبان پاکستان» — rammed a military convoy near Mīr ʿAlī, killing 23."},
			Confidence: 0.75,
		},
		{
			ID: "ev-country", Type: truce.Protest, ACLEDType: "Protests", ACLEDSubtype: "Peaceful protest",
			Source:   []truce.Actor{{Name: "Afghan refugees", ID: "AFGREF", Country: "AFG"}},
			Location: &truce.Location{Text: "Pakistan", Name: "Pakistan", Country: "PAK", Lat: 30, Lon: 70, Precision: "country"},
			Date:     "2025-10-01", DatePrecision: "month",
			Status:   truce.StatusReported,
			Evidence: truce.Evidence{ArticleID: "a4", Sentence: "Refugees protested deportations across Pakistan."},
		},
	}
}

func testArticles() []*truce.Article {
	return []*truce.Article{
		{
			ID: "a1", URL: "https://news.example/a1?utm_source=x", CanonicalURL: "https://news.example/a1",
			Origin: "https://news.example/feed.xml", Title: "Strikes on Kabul, and a \"ceasefire\"",
			Byline: "By A. Reporter", Published: time.Date(2025, 10, 10, 9, 0, 0, 0, time.UTC),
			Text: "First line, with a comma.\nSecond line — ünïcode.", RepublishedFrom: "The Conversation",
			RelatedLinks: []string{"Also Read: Kabul", "Also Read: Doha"},
			ContentHash:  "9f86d081884c7d65", SimHash: 0xDEADBEEF, Fetched: time.Date(2025, 10, 10, 12, 0, 0, 0, time.UTC),
		},
		nil,
		{ID: "a2", Origin: "stdin", Text: "No title, no date.", DuplicateOf: "a1"},
	}
}

// checkGolden compares got with testdata/name, or rewrites it with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export/ -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s:\n got:\n%s\nwant:\n%s", path, got, want)
	}
}

func TestWriteEventsGolden(t *testing.T) {
	for _, format := range EventFormats() {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteEvents(&buf, format, testEvents()); err != nil {
				t.Fatalf("WriteEvents: %v", err)
			}
			checkGolden(t, "events."+format+".golden", buf.Bytes())
		})
	}
}

func TestWriteArticlesGolden(t *testing.T) {
	for _, format := range ArticleFormats() {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteArticles(&buf, format, testArticles()); err != nil {
				t.Fatalf("WriteArticles: %v", err)
			}
			checkGolden(t, "articles."+format+".golden", buf.Bytes())
		})
	}
}

func TestUnknownFormat(t *testing.T) {
	for _, tc := range []struct {
		name  string
		write func() error
		valid []string
	}{
		{"events xml", func() error { return WriteEvents(new(bytes.Buffer), "xml", testEvents()) }, EventFormats()},
		{"events empty", func() error { return WriteEvents(new(bytes.Buffer), "", nil) }, EventFormats()},
		{"articles geojson", func() error { return WriteArticles(new(bytes.Buffer), "geojson", testArticles()) }, ArticleFormats()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.write()
			if truce.ErrorCode(err) != truce.EINVALID {
				t.Fatalf("error %v, want EINVALID", err)
			}
			for _, f := range tc.valid {
				if !strings.Contains(err.Error(), f) {
					t.Errorf("error %q does not list format %q", err, f)
				}
			}
		})
	}
	var buf bytes.Buffer
	if err := WriteEvents(&buf, " CSV ", testEvents()); err != nil || buf.Len() == 0 {
		t.Errorf("WriteEvents with format \" CSV \": %v, %d bytes", err, buf.Len())
	}
}

func TestGeoJSONParses(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteEvents(&buf, "geojson", testEvents()); err != nil {
		t.Fatal(err)
	}
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Type     string `json:"type"`
			ID       string `json:"id"`
			Geometry struct {
				Type        string    `json:"type"`
				Coordinates []float64 `json:"coordinates"`
			} `json:"geometry"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
		t.Fatalf("GeoJSON does not parse: %v\n%s", err, buf.Bytes())
	}
	if fc.Type != "FeatureCollection" {
		t.Errorf("type = %q", fc.Type)
	}
	// ev-quote has no location and ev-unicode no coordinates.
	var ids []string
	for _, f := range fc.Features {
		ids = append(ids, f.ID)
		if f.Type != "Feature" || f.Geometry.Type != "Point" || len(f.Geometry.Coordinates) != 2 {
			t.Errorf("feature %s: %+v", f.ID, f)
		}
	}
	if want := []string{"ev-kabul", "ev-country"}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("features %v, want %v", ids, want)
	}
	if got := fc.Features[0].Geometry.Coordinates; got[0] != 69.1723 || got[1] != 34.5281 {
		t.Errorf("Kabul at %v, want [lon lat] = [69.1723 34.5281]", got)
	}
	if got := fc.Features[0].Properties["evidence"]; got != testEvents()[0].Evidence.Sentence {
		t.Errorf("evidence property = %v", got)
	}
	if got := fc.Features[1].Properties["fatalities"]; got != nil {
		t.Errorf("unknown fatalities = %v, want null", got)
	}

	buf.Reset()
	if err := WriteEvents(&buf, "geojson", nil); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(buf.Bytes(), &fc); err != nil || fc.Features == nil || len(fc.Features) != 0 {
		t.Errorf("empty collection %s: %v, features %v", buf.Bytes(), err, fc.Features)
	}
}

func TestCSVParsesBack(t *testing.T) {
	var buf bytes.Buffer
	events := testEvents()
	if err := WriteEvents(&buf, "csv", events); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	if len(recs) != 1+4 {
		t.Fatalf("%d records, want a header and 4 events", len(recs))
	}
	col := map[string]int{}
	for i, name := range recs[0] {
		col[name] = i
	}
	for _, tc := range []struct {
		row       int
		column    string
		want      string
		eventDesc string
	}{
		{1, "event_id_cnty", "ev-kabul", "full"},
		{1, "actor2", "Afghan Taliban government; Afghan civilians", "full"},
		{1, "source", "https://news.example/a1; a2", "full"},
		{1, "disorder_type", "Political violence", "full"},
		{1, "fatalities", "12", "full"},
		{2, "notes", events[1].Evidence.Sentence, "quotes, commas, newline"},
		{2, "fatalities", "", "unknown toll"},
		{2, "latitude", "", "no location"},
		{2, "time_precision", "2", "week"},
		{2, "source", "a1", "no store sources"},
		{3, "actor1", "Tehrik-e-Taliban Pakistan", "unicode"},
		{3, "actor2", "soldiers", "nameless actor"},
		{3, "location", "Mīr ʿAlī", "unicode"},
		{3, "longitude", "", "precision none"},
		{3, "goldstein", "", "no CAMEO code"},
		{4, "disorder_type", "Demonstrations", "protest"},
		{4, "geo_precision", "3", "country"},
		{4, "year", "2025", "month date"},
	} {
		i, ok := col[tc.column]
		if !ok {
			t.Fatalf("no column %q", tc.column)
		}
		if got := recs[tc.row][i]; got != tc.want {
			t.Errorf("row %d (%s) %s = %q, want %q", tc.row, tc.eventDesc, tc.column, got, tc.want)
		}
	}
}

func TestJSONLinesRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteEvents(&buf, "json", testEvents()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	var want []*truce.Event
	for _, e := range testEvents() {
		if e != nil {
			want = append(want, e)
		}
	}
	if len(lines) != len(want) {
		t.Fatalf("%d lines, want %d", len(lines), len(want))
	}
	for i, line := range lines {
		var e truce.Event
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if !reflect.DeepEqual(&e, want[i]) {
			t.Errorf("line %d = %+v, want %+v", i+1, e, want[i])
		}
	}
}

func TestTruncate(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		n        int
		want     string
	}{
		{"short", "abc", 5, "abc"},
		{"exact", "abcde", 5, "abcde"},
		{"cut", "abcdef", 5, "abcd…"},
		{"runes not bytes", "ééééééé", 4, "ééé…"},
		{"no space before ellipsis", "ab  cdef", 4, "ab…"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := truncate(tc.in, tc.n); got != tc.want {
				t.Errorf("truncate(%q, %d) = %q, want %q", tc.in, tc.n, got, tc.want)
			}
		})
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteError(t *testing.T) {
	for _, format := range EventFormats() {
		if err := WriteEvents(failWriter{}, format, testEvents()); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("WriteEvents(%s) to a failing writer: %v", format, err)
		}
	}
	for _, format := range ArticleFormats() {
		if err := WriteArticles(failWriter{}, format, testArticles()); err == nil {
			t.Errorf("WriteArticles(%s) to a failing writer succeeded", format)
		}
	}
}
