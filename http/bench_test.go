package http

import (
	"context"
	"fmt"
	"math/rand/v2"
	nethttp "net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/sqlite"
)

// The million-event benchmark builds a large store once (several minutes)
// and keeps it in the temporary directory for later runs. It runs only when
// TRUCE_BENCH_1M is set:
//
//	TRUCE_BENCH_1M=1 go test -run XXX -bench Million -benchtime 200x ./http/
const benchEvents = 1_000_000

var (
	benchOnce sync.Once
	benchPath string
	benchErr  error
)

var benchCountries = []string{"AFG", "PAK", "IRN", "IRQ", "SYR", "YEM", "ISR", "PSE", "LBN", "SDN",
	"SSD", "ETH", "SOM", "COD", "NGA", "MLI", "UKR", "RUS", "MMR", "COL"}

// millionStore fills (once) a store with benchEvents synthetic events
// spread over five years, twenty countries and every PLOVER type, through
// Store.PutArticle as ingestion would.
func millionStore(b *testing.B) string {
	b.Helper()
	benchOnce.Do(func() {
		benchPath = filepath.Join(os.TempDir(), "truce-bench-1m.db")
		ctx := context.Background()
		s, err := sqlite.Open(ctx, benchPath)
		if err != nil {
			benchErr = err
			return
		}
		defer s.Close()
		st, err := s.Stats(ctx)
		if err != nil {
			benchErr = err
			return
		}
		if st.Events >= benchEvents {
			return
		}
		start := time.Now()
		rng := rand.New(rand.NewPCG(1, 2))
		first := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
		const perArticle = 50
		for i := st.Articles; i*perArticle < benchEvents; i++ {
			day := first.AddDate(0, 0, rng.IntN(5*365))
			a := &truce.Article{ID: fmt.Sprintf("bench-%07d", i), URL: fmt.Sprintf("https://news.example/%d", i),
				Title: "Synthetic report", Text: "Synthetic text.", Published: day, ContentHash: fmt.Sprintf("h%d", i)}
			x := &truce.Extraction{}
			for j := 0; j < perArticle; j++ {
				c1, c2 := benchCountries[rng.IntN(len(benchCountries))], benchCountries[rng.IntN(len(benchCountries))]
				typ := eventTypes[rng.IntN(len(eventTypes))]
				d := day.AddDate(0, 0, -rng.IntN(3)).Format(time.DateOnly)
				e := truce.Event{ID: fmt.Sprintf("e%07d-%02d", i, j), Type: typ, Quad: 1 + rng.IntN(4), Date: d, DatePrecision: "day",
					Source:   []truce.Actor{{Name: c1 + " forces", ID: c1 + "MIL", Country: c1, Sector: "MIL"}},
					Target:   []truce.Actor{{Name: c2 + " civilians", ID: c2 + "CVL", Country: c2, Sector: "CVL"}},
					Location: &truce.Location{Name: "Town", Country: c2, Lat: rng.Float64()*60 - 10, Lon: rng.Float64()*100 - 20, Precision: "city"},
					Status:   truce.StatusReported,
					Evidence: truce.Evidence{ArticleID: a.ID, Sentence: "Forces attacked the town on Monday, officials said.", Start: 0, End: 52}}
				if rng.IntN(3) == 0 {
					e.Fatalities = &truce.Count{Min: rng.IntN(20), Max: 20}
				}
				x.Events = append(x.Events, e)
			}
			if _, err := s.PutArticle(ctx, a, x); err != nil {
				benchErr = err
				return
			}
		}
		b.Logf("built %d events in %v", benchEvents, time.Since(start))
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return benchPath
}

// BenchmarkMillionEvents measures, over a store of a million events, the
// filtered event list (p99 reported) and a month of events as GeoJSON for
// the map.
func BenchmarkMillionEvents(b *testing.B) {
	if os.Getenv("TRUCE_BENCH_1M") == "" {
		b.Skip("set TRUCE_BENCH_1M=1 to build and query a store of a million events")
	}
	path := millionStore(b)
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	srv, err := NewServer(s, nil)
	if err != nil {
		b.Fatal(err)
	}
	h := srv.Handler()
	queries := []string{
		"/api/v1/events?country=AFG",
		"/api/v1/events?country=PAK&type=ASSAULT",
		"/api/v1/events?actor=IRN&since=2023-01-01&until=2023-06-30",
		"/api/v1/events?type=PROTEST&since=2024-02-01&until=2024-02-29",
		"/api/v1/events?country=SDN&since=2022-05-01&until=2022-05-31&type=COERCE",
		"/api/v1/events?limit=100&after=e0012345-07",
	}
	measure := func(b *testing.B, target func(i int) string) {
		var took []time.Duration
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			rec := httptest.NewRecorder()
			t0 := time.Now()
			h.ServeHTTP(rec, httptest.NewRequest("GET", target(i), nil))
			took = append(took, time.Since(t0))
			if rec.Code != nethttp.StatusOK {
				b.Fatalf("%s: %d %s", target(i), rec.Code, rec.Body)
			}
		}
		b.StopTimer()
		slices.Sort(took)
		b.ReportMetric(float64(took[len(took)*50/100].Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(took[min(len(took)-1, len(took)*99/100)].Microseconds())/1000, "p99-ms")
	}
	b.Run("filtered", func(b *testing.B) {
		measure(b, func(i int) string { return queries[i%len(queries)] })
	})
	for i, q := range queries {
		b.Run(fmt.Sprintf("query-%d", i), func(b *testing.B) {
			measure(b, func(int) string { return q })
		})
	}
	b.Run("month-geojson", func(b *testing.B) {
		measure(b, func(i int) string {
			m := time.Date(2022+i%3, time.Month(1+i%12), 1, 0, 0, 0, 0, time.UTC)
			return fmt.Sprintf("/api/v1/events?format=geojson&limit=10000&since=%s&until=%s",
				m.Format(time.DateOnly), m.AddDate(0, 1, -1).Format(time.DateOnly))
		})
	})
}
