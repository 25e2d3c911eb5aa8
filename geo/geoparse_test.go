package geo

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "fill missing gold coordinates in testdata/geoparse from the gazetteer")

// geoparseFile is one file of testdata/geoparse: news-style sentences
// written for truce, each with every toponym it holds.
type geoparseFile struct {
	Documents []geoparseDoc `json:"documents"`
}

type geoparseDoc struct {
	ID   string   `json:"id"`
	Hint []string `json:"hint"`
	Text string   `json:"text"`
	// Places lists every place name in Text, in order; a text repeated
	// in the sentence is listed once per occurrence.
	Places []goldPlace `json:"places"`
	// NotPlaces lists capitalised words and names in Text that are not
	// places (people, organisations); no predicted place may cover one.
	NotPlaces []string `json:"not_places"`
}

type goldPlace struct {
	Text    string `json:"text"`
	Name    string `json:"name"`
	Country string `json:"country"`
	// Occurrence picks the occurrence of Text, from 0, when an earlier one
	// is not this place ("President Jackson … in Jackson, Mississippi").
	Occurrence int `json:"occurrence,omitempty"`
	// Admin1 narrows the gazetteer lookup that gave the coordinates when
	// a country has several places of the name.
	Admin1     string  `json:"admin1,omitempty"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	GeonamesID int     `json:"geonames_id,omitempty"`
}

// MustGeoparse reads every file of testdata/geoparse.
func MustGeoparse(tb testing.TB) map[string]*geoparseFile {
	tb.Helper()
	paths, err := filepath.Glob("testdata/geoparse/*.json")
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no geoparse files: %v", err)
	}
	out := map[string]*geoparseFile{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		var f geoparseFile
		if err := json.Unmarshal(b, &f); err != nil {
			tb.Fatalf("parse %s: %v", p, err)
		}
		out[p] = &f
	}
	return out
}

// fillGold gives gold places without coordinates those of the gazetteer's
// best row of that name, country and admin1 (independent of Find).
func fillGold(t *testing.T, g *Gazetteer, files map[string]*geoparseFile) {
	for path, f := range files {
		for d := range f.Documents {
			for k := range f.Documents[d].Places {
				p := &f.Documents[d].Places[k]
				if p.Lat != 0 || p.Lon != 0 {
					continue
				}
				for _, c := range g.Lookup(p.Name) {
					if c.Country == p.Country && (p.Admin1 == "" || strings.Contains(c.Admin1, p.Admin1)) {
						p.Lat, p.Lon, p.GeonamesID = c.Lat, c.Lon, c.GeonamesID
						break
					}
				}
				if p.Lat == 0 && p.Lon == 0 {
					t.Errorf("%s %s: no gazetteer row for %s/%s", path, f.Documents[d].ID, p.Name, p.Country)
				}
			}
		}
		b, err := json.MarshalIndent(f, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// geoparseScore holds the counts TestGeoparse reports.
type geoparseScore struct {
	gold, within, country int
	predicted, nonPlace   int
}

// TestGeoparse measures Find on the project's geoparsing set: the share of
// gold toponyms resolved within 161 km (100 miles) of the gold point, the
// share resolved to the right country, and the share of predicted places
// that are not places.
func TestGeoparse(t *testing.T) {
	g := MustLoad(t)
	files := MustGeoparse(t)
	if *update {
		fillGold(t, g, files)
	}
	var s geoparseScore
	for path, f := range files {
		for _, d := range f.Documents {
			s.add(t, g, filepath.Base(path), d)
		}
	}
	acc := float64(s.within) / float64(s.gold)
	ctry := float64(s.country) / float64(s.gold)
	fp := float64(s.nonPlace) / float64(s.predicted)
	t.Logf("gold toponyms %d, predicted places %d", s.gold, s.predicted)
	t.Logf("accuracy within 161 km %.3f, correct country %.3f, predicted places that are not places %.3f", acc, ctry, fp)
	// The targets: accuracy ≥ 0.90, country ≥ 0.97, non-places ≤ 5%.
	if acc < 0.90 {
		t.Errorf("accuracy within 161 km %.3f, want at least 0.90", acc)
	}
	if ctry < 0.97 {
		t.Errorf("correct country %.3f, want at least 0.97", ctry)
	}
	if fp > 0.05 {
		t.Errorf("non-places %.3f of predictions, want at most 0.05", fp)
	}
}

// add scores one document: a gold place is found when a predicted place
// overlaps its span ("Kandahar province" for "Kandahar").
func (s *geoparseScore) add(t *testing.T, g *Gazetteer, file string, d geoparseDoc) {
	t.Helper()
	got := g.Find(d.Text, Hint{Countries: d.Hint})
	used := make([]bool, len(got))
	seen := map[string]int{}
	for _, p := range d.Places {
		s.gold++
		n := seen[p.Text]
		if p.Occurrence > n {
			n = p.Occurrence
		}
		start, end, ok := nthSpan(d.Text, p.Text, n)
		seen[p.Text] = n + 1
		if !ok {
			t.Errorf("%s %s: gold text %q not in the document", file, d.ID, p.Text)
			continue
		}
		found := false
		for i, q := range got {
			if q.End <= start || q.Start >= end || used[i] {
				continue
			}
			used[i], found = true, true
			if Distance(q.Lat, q.Lon, p.Lat, p.Lon) <= 161 {
				s.within++
			} else {
				t.Logf("%s %s: %q resolved to %s (%s) %.0f km from the gold %s (%s)", file, d.ID, p.Text, q.Name, q.Country, Distance(q.Lat, q.Lon, p.Lat, p.Lon), p.Name, p.Country)
			}
			if q.Country == p.Country {
				s.country++
			}
			break
		}
		if !found {
			t.Logf("%s %s: %q (%s) not found", file, d.ID, p.Text, p.Country)
		}
	}
	for i, q := range got {
		s.predicted++
		if !used[i] {
			s.nonPlace++
			t.Logf("%s %s: %q predicted as %s (%s), not a gold place", file, d.ID, q.Text, q.Name, q.Country)
		}
	}
	for _, n := range d.NotPlaces {
		start, end, ok := nthSpan(d.Text, n, 0)
		if !ok {
			t.Errorf("%s %s: not-place %q not in the document", file, d.ID, n)
			continue
		}
		for _, q := range got {
			if q.Start < end && q.End > start {
				t.Errorf("%s %s: %q returned as a place (%s, %s) but is not one", file, d.ID, q.Text, q.Name, q.Country)
			}
		}
	}
}

// nthSpan returns the code-point span of the n-th (from 0) occurrence of
// sub in text that starts and ends at word boundaries.
func nthSpan(text, sub string, n int) (int, int, bool) {
	from := 0
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			return 0, 0, false
		}
		i += from
		j := i + len(sub)
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[j:])
		if (i == 0 || !isWordRune(before)) && (j == len(text) || !isWordRune(after)) {
			if n == 0 {
				start := utf8.RuneCountInString(text[:i])
				return start, start + utf8.RuneCountInString(sub), true
			}
			n--
		}
		from = i + 1
	}
}
