package ceasefire_test

import (
	"context"
	"encoding/json"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/ceasefire"
	"github.com/truce-project/truce/code"
	"github.com/truce-project/truce/demo"
	"github.com/truce-project/truce/dyad"
	"github.com/truce-project/truce/ingest"
	"github.com/truce-project/truce/sqlite"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// extracted is an article with what the coder pulled out of it.
type extracted struct {
	a *truce.Article
	x *truce.Extraction
}

var (
	corpusOnce sync.Once
	corpus     []extracted
	corpusErr  error
)

// MustCorpus returns the demo corpus, each article coded once per test run.
func MustCorpus(tb testing.TB) []extracted {
	tb.Helper()
	corpusOnce.Do(func() {
		c, err := code.Load()
		if err != nil {
			corpusErr = err
			return
		}
		as, err := demo.Articles()
		if err != nil {
			corpusErr = err
			return
		}
		for _, a := range as {
			ingest.Finish(a)
			x, err := c.Extract(context.Background(), a)
			if err != nil {
				corpusErr = err
				return
			}
			corpus = append(corpus, extracted{a, x})
		}
	})
	if corpusErr != nil {
		tb.Fatalf("code the demo corpus: %v", corpusErr)
	}
	return corpus
}

// scenario picks the articles of the corpus whose file names start with one
// of the prefixes.
func scenario(tb testing.TB, prefixes ...string) []extracted {
	tb.Helper()
	var out []extracted
	for _, x := range MustCorpus(tb) {
		name := filepath.Base(x.a.Origin)
		for _, p := range prefixes {
			if strings.HasPrefix(name, p) {
				out = append(out, x)
			}
		}
	}
	return out
}

// result is what a scenario must yield, whatever the ingest order.
type result struct {
	Registry []truce.Ceasefire `json:"registry"`
	Merged   []truce.Event     `json:"merged_events"`
	Dyads    []dyad.Dyad       `json:"dyads"`
	Chains   []dyad.Chain      `json:"chains"`
}

// MustIngest stores the articles in the given order in a fresh store and
// returns the registry, the merged events and the dyads.
func MustIngest(tb testing.TB, arts []extracted, pair dyad.Pair) result {
	tb.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "truce.db"))
	if err != nil {
		tb.Fatal(err)
	}
	defer s.Close()
	for _, x := range arts {
		a := *x.a
		if _, err := s.PutArticle(ctx, &a, x.x); err != nil {
			tb.Fatalf("put %s: %v", a.ID, err)
		}
	}
	reg, err := s.Registry(ctx, ceasefire.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	merged, err := s.MergedEvents(ctx, dyad.MergeOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	return result{Registry: reg, Merged: merged, Dyads: dyad.List(merged), Chains: dyad.Chains(merged, pair.A, pair.B, 0)}
}

// mustJSON is v as indented JSON.
func mustJSON(tb testing.TB, v any) []byte {
	tb.Helper()
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		tb.Fatal(err)
	}
	return append(b, '\n')
}

// checkOrders ingests arts in its own order and in shuffled ones, requires
// the same result every time, compares it with the golden file and
// returns it.
func checkOrders(t *testing.T, arts []extracted, pair dyad.Pair, golden string) result {
	t.Helper()
	start := time.Now()
	want := MustIngest(t, arts, pair)
	t.Logf("ingest and build of %d articles: %v", len(arts), time.Since(start))
	wantJS := mustJSON(t, want)
	r := rand.New(rand.NewPCG(5, 2025))
	for k := range 4 {
		shuffled := append([]extracted(nil), arts...)
		if k == 0 {
			for i, j := 0, len(shuffled)-1; i < j; i, j = i+1, j-1 {
				shuffled[i], shuffled[j] = shuffled[j], shuffled[i]
			}
		} else {
			r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		}
		if got := mustJSON(t, MustIngest(t, shuffled, pair)); string(got) != string(wantJS) {
			t.Fatalf("order %d changed the result:\n%s\nwant\n%s", k, got, wantJS)
		}
	}
	path := filepath.Join("testdata", golden)
	if *update {
		if err := os.WriteFile(path, wantJS, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gold, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (refresh with -update): %v", err)
	}
	if string(gold) != string(wantJS) {
		t.Errorf("result differs from %s (refresh with -update if the change is right):\n%s", path, wantJS)
	}
	return want
}
