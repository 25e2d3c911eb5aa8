package geo

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/truce-project/truce"
)

func TestLoadSize(t *testing.T) {
	g := MustLoad(t)
	if n := g.Len(); n < 900 {
		t.Errorf("Len() = %d rows, want at least 900", n)
	}
}

func TestLookup(t *testing.T) {
	g := MustLoad(t)
	tests := []struct {
		name        string
		query       string
		wantName    string
		wantCountry string
		wantKind    string
		wantN       int // minimum number of candidates
	}{
		{"exonym", "Kiev", "Kyiv", "UKR", KindCity, 1},
		{"endonym", "Kyiv", "Kyiv", "UKR", KindCity, 1},
		{"old spelling", "Kharkov", "Kharkiv", "UKR", KindCity, 1},
		{"diacritic", "Türkiye", "Türkiye", "TUR", KindCountry, 1},
		{"no diacritic", "Turkiye", "Türkiye", "TUR", KindCountry, 1},
		{"upper case", "TURKIYE", "Türkiye", "TUR", KindCountry, 1},
		{"english name", "turkey", "Türkiye", "TUR", KindCountry, 1},
		{"hyphen variant", "Mazar-e Sharif", "Mazar-i-Sharif", "AFG", KindCity, 1},
		{"hyphens as spaces", "mazar i sharif", "Mazar-i-Sharif", "AFG", KindCity, 1},
		{"city before its province", "Kandahar", "Kandahar", "AFG", KindCity, 2},
		{"country before US state", "Georgia", "Georgia", "GEO", KindCountry, 2},
		{"country before Nigerian state", "Niger", "Niger", "NER", KindCountry, 2},
		{"more populous Hyderabad", "Hyderabad", "Hyderabad", "IND", KindCity, 2},
		{"more populous Tripoli", "Tripoli", "Tripoli", "LBY", KindCity, 2},
		{"strip before city", "Gaza", "Gaza Strip", "PSE", KindAdmin1, 1},
		{"acronym", "DRC", "Democratic Republic of the Congo", "COD", KindCountry, 1},
		{"dotted acronym", "U.S.", "United States", "USA", KindCountry, 1},
		{"curly apostrophe", "N’Djamena", "N'Djamena", "TCD", KindCity, 1},
		{"border", "Durand Line", "Durand Line", "AFG", KindBorder, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := g.Lookup(tt.query)
			if len(got) < tt.wantN {
				t.Fatalf("Lookup(%q) gave %d candidates, want at least %d: %+v", tt.query, len(got), tt.wantN, got)
			}
			c := got[0]
			if c.Name != tt.wantName || c.Country != tt.wantCountry || c.Kind != tt.wantKind {
				t.Errorf("Lookup(%q)[0] = %s/%s/%s, want %s/%s/%s", tt.query, c.Name, c.Country, c.Kind, tt.wantName, tt.wantCountry, tt.wantKind)
			}
		})
	}
	if got := g.Lookup("Narnia"); got != nil {
		t.Errorf("Lookup(Narnia) = %+v, want nil", got)
	}
	if got := g.Lookup(""); got != nil {
		t.Errorf("Lookup(\"\") = %+v, want nil", got)
	}
}

func TestCountry(t *testing.T) {
	g := MustLoad(t)
	tests := []struct {
		iso3, want string
		ok         bool
	}{
		{"AFG", "Afghanistan", true},
		{"pak", "Pakistan", true},
		{"PSE", "Palestine", true},
		{"COD", "Democratic Republic of the Congo", true},
		{"XXX", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.iso3, func(t *testing.T) {
			c, ok := g.Country(tt.iso3)
			if ok != tt.ok || c.Name != tt.want {
				t.Errorf("Country(%q) = %q, %v; want %q, %v", tt.iso3, c.Name, ok, tt.want, tt.ok)
			}
			if ok && c.Kind != KindCountry {
				t.Errorf("Country(%q).Kind = %q", tt.iso3, c.Kind)
			}
		})
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		want, tol              float64
	}{
		{"same point", 34.53, 69.17, 34.53, 69.17, 0, 0.001},
		{"Kabul to Islamabad", 34.53, 69.17, 33.69, 73.05, 370, 15},
		{"London to Paris", 51.51, -0.13, 48.86, 2.35, 343, 10},
		{"quarter meridian", 0, 0, 90, 0, 10008, 10},
		{"antipodes", 0, 0, 0, 180, 20015, 10},
		{"across the date line", 0, 179.5, 0, -179.5, 111, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Distance(tt.lat1, tt.lon1, tt.lat2, tt.lon2)
			if math.Abs(got-tt.want) > tt.tol {
				t.Errorf("Distance = %.1f km, want %.0f ± %.0f", got, tt.want, tt.tol)
			}
		})
	}
}

// vastCountries are countries too large for every place to lie within
// 1,500 km of one representative point, with the radius that holds instead.
var vastCountries = map[string]float64{
	"RUS": 6000, "USA": 3000, "CAN": 3500, "CHN": 3000, "BRA": 3000,
	"AUS": 3000, "IDN": 3000, "IND": 2000, "ARG": 2000, "CHL": 2500,
	"MEX": 2000, "KAZ": 1800,
}

// TestDataConsistency checks the hand-curated rows; TestGeneratedCountries
// checks the generated ones against the country outlines.
func TestDataConsistency(t *testing.T) {
	g := MustLoad(t)
	for _, c := range g.All()[:g.gen.base] {
		if c.Lat < -90 || c.Lat > 90 || c.Lon < -180 || c.Lon > 180 {
			t.Errorf("%s (%s): coordinate %v,%v out of range", c.Name, c.Country, c.Lat, c.Lon)
		}
		if c.Lat == 0 && c.Lon == 0 {
			t.Errorf("%s (%s): coordinate is 0,0", c.Name, c.Country)
		}
		home, ok := g.Country(c.Country)
		if !ok {
			t.Errorf("%s: country %s has no country row", c.Name, c.Country)
			continue
		}
		limit := 1500.0
		if r, ok := vastCountries[c.Country]; ok {
			limit = r
		}
		if d := Distance(c.Lat, c.Lon, home.Lat, home.Lon); d > limit {
			t.Errorf("%s (%s %s) lies %.0f km from %s's point, more than %.0f km", c.Name, c.Kind, c.Country, d, home.Name, limit)
		}
		for _, other := range c.Countries[1:] {
			if _, ok := g.Country(other); !ok {
				t.Errorf("%s: country %s has no country row", c.Name, other)
			}
		}
		if c.Kind != KindCountry && c.Kind != KindAdmin1 && c.Kind != KindBorder && c.Kind != KindRegion && c.Admin1 == "" && len(g.Lookup(c.Name)) > 1 {
			t.Logf("%s (%s): ambiguous name without admin1", c.Name, c.Country)
		}
	}
}

func TestLoadOverlay(t *testing.T) {
	g, err := Load("testdata/overlay.tsv")
	if err != nil {
		t.Fatalf("Load(overlay) error: %v", err)
	}
	base := MustLoad(t)
	if g.Len() != base.Len()+2 {
		t.Errorf("Len() = %d, want %d", g.Len(), base.Len()+2)
	}
	got := g.Lookup("Kot-Azam")
	if len(got) != 1 || got[0].Name != "Kot Azam" || got[0].Admin1 != "Khyber Pakhtunkhwa" {
		t.Fatalf("Lookup(Kot-Azam) = %+v", got)
	}
	places := g.Find("Drones struck Kot Azam near Tank.", Hint{})
	if len(places) != 2 || places[0].Name != "Kot Azam" || places[0].Precision != "city" {
		t.Errorf("Find with overlay = %+v", places)
	}
	if base.Lookup("Kot Azam") != nil {
		t.Errorf("overlay leaked into the embedded gazetteer")
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		file string
		want string // substring of the error
	}{
		{"bad latitude", "testdata/overlay_bad.tsv", "testdata/overlay_bad.tsv:3: bad latitude"},
		{"too few fields", "testdata/overlay_fields.tsv", "testdata/overlay_fields.tsv:1: want 9"},
		{"missing file", "testdata/no-such-file.tsv", "no-such-file.tsv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(tt.file)
			if err == nil {
				t.Fatalf("Load(%s) succeeded, want error", tt.file)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load(%s) error %q, want it to contain %q", tt.file, err, tt.want)
			}
		})
	}
	_, err := Load("testdata/overlay_bad.tsv")
	var te *truce.Error
	if !errors.As(err, &te) || te.Code != truce.EINVALID {
		t.Errorf("Load(bad) error code = %q, want %q", truce.ErrorCode(err), truce.EINVALID)
	}
}

func TestParseRow(t *testing.T) {
	tests := []struct {
		name, row, want string
	}{
		{"bad kind", "X\t\tvillage\tPAK\t\t1\t1\t0\t0", "unknown kind"},
		{"bad country", "X\t\ttown\tPK\t\t1\t1\t0\t0", "bad country"},
		{"bad longitude", "X\t\ttown\tPAK\t\t1\t181\t0\t0", "bad longitude"},
		{"bad population", "X\t\ttown\tPAK\t\t1\t1\t-5\t0", "bad population"},
		{"bad id", "X\t\ttown\tPAK\t\t1\t1\t0\tx", "bad geonames_id"},
		{"empty name", " \t\ttown\tPAK\t\t1\t1\t0\t0", "empty name"},
		{"punctuation name", "--\t\ttown\tPAK\t\t1\t1\t0\t0", "empty name"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := parseRow(tt.row)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("parseRow(%q) error = %v, want %q", tt.row, err, tt.want)
			}
		})
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
