package geo

import (
	"runtime"
	"testing"
)

func TestCountryAt(t *testing.T) {
	g := MustLoad(t)
	tests := []struct {
		name     string
		lat, lon float64
		want     string
		ok       bool
	}{
		{"Kabul", 34.53, 69.17, "AFG", true},
		{"Peshawar", 34.01, 71.58, "PAK", true},
		{"Gaza City", 31.52, 34.45, "PSE", true},
		{"Kyiv", 50.45, 30.52, "UKR", true},
		{"Khartoum", 15.5, 32.56, "SDN", true},
		{"Lagos by the lagoon", 6.45, 3.39, "NGA", true},
		{"Bogotá", 4.71, -74.07, "COL", true},
		{"Buenos Aires on the estuary", -34.6, -58.38, "ARG", true},
		{"Honolulu", 21.31, -157.86, "USA", true},
		{"Suva across the date line", -18.14, 178.44, "FJI", true},
		{"Chukotka across the date line", 66.0, -172.0, "RUS", true},
		{"Pristina", 42.67, 21.17, "XKX", true},
		{"Lesotho inside South Africa", -29.31, 27.48, "LSO", true},
		{"Bloemfontein around Lesotho", -29.12, 26.21, "ZAF", true},
		{"Sydney harbour", -33.86, 151.21, "AUS", true},
		{"mid Atlantic", 30, -40, "", false},
		{"mid Pacific", 0, -140, "", false},
		{"out of range", 91, 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := g.CountryAt(tt.lat, tt.lon)
			if got != tt.want || ok != tt.ok {
				t.Errorf("CountryAt(%v, %v) = %q, %v; want %q, %v", tt.lat, tt.lon, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestGeneratedCountries checks the generated gazetteer against the country
// outlines: nearly every city must lie in the country GeoNames gives it.
// Disputed areas, enclaves and tiny islands the 1:50m outlines leave out
// make up the rest.
func TestGeneratedCountries(t *testing.T) {
	g := MustLoad(t)
	if g.gen.base == int32(g.Len()) {
		t.Skip("no generated gazetteer")
	}
	agree, disagree, none := 0, 0, 0
	for _, e := range g.entries[g.gen.base:] {
		if e.Population < 20000 {
			continue
		}
		c, ok := g.CountryAt(e.Lat, e.Lon)
		switch {
		case !ok:
			none++
		case c == e.Country:
			agree++
		default:
			disagree++
			if disagree <= 15 {
				t.Logf("%s (%s) lies in %s by the outlines", e.Name, e.Country, c)
			}
		}
	}
	total := agree + disagree + none
	rate := float64(agree) / float64(total)
	t.Logf("cities of 20,000 people or more: %d; country agrees for %.4f, differs for %d, no country for %d", total, rate, disagree, none)
	if rate < 0.98 {
		t.Errorf("country agreement %.4f, want at least 0.98", rate)
	}
}

// TestLoadMemory logs the heap the loaded gazetteer holds and checks it
// against the budget of 150 MB.
func TestLoadMemory(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	held := int64(after.HeapInuse) - int64(before.HeapInuse)
	t.Logf("gazetteer of %d rows (%d generated, %d country outlines): heap in use grew by %.1f MB to %.1f MB", g.Len(), g.Len()-int(g.gen.base), len(g.shapes.countries), float64(held)/(1<<20), float64(after.HeapInuse)/(1<<20))
	if after.HeapInuse > 150<<20 {
		t.Errorf("heap in use %.1f MB after Load, want at most 150 MB", float64(after.HeapInuse)/(1<<20))
	}
	runtime.KeepAlive(g)
}

func BenchmarkCountryAt(b *testing.B) {
	g := MustLoad(b)
	b.ReportAllocs()
	for b.Loop() {
		g.CountryAt(34.53, 69.17)
	}
}
