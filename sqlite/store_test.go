package sqlite

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/truce-project/truce"
)

// MustOpen opens a store in a new file under tb's temporary directory and
// closes it when the test ends.
func MustOpen(tb testing.TB) *Store {
	tb.Helper()
	return mustOpenPath(tb, filepath.Join(tb.TempDir(), "truce.db"))
}

func mustOpenPath(tb testing.TB, path string) *Store {
	tb.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		tb.Fatalf("Open(%q): %v", path, err)
	}
	tb.Cleanup(func() {
		if err := s.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return s
}

func TestStore(t *testing.T) {
	testStore(t, func(t *testing.T) truce.Store { return MustOpen(t) })
}

func TestOpenTwiceAppliesMigrationsOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "nested", "dirs", "truce.db") // parents are created
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	mustPut(t, s, newArticle(t, "kept", "Kept across opens.", "2025-10-10", 0x7), nil, truce.PutNew)
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	s = mustOpenPath(t, path)
	if _, err := s.Article(ctx, "kept"); err != nil {
		t.Errorf("Article after reopening: %v", err)
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	var n, max int
	if err := s.rdb.QueryRowContext(ctx, `SELECT COUNT(*), MAX(version) FROM schema_migrations`).Scan(&n, &max); err != nil {
		t.Fatal(err)
	}
	if n != len(ms) || max != ms[len(ms)-1].version {
		t.Errorf("schema_migrations holds %d rows up to version %d, want %d up to %d", n, max, len(ms), ms[len(ms)-1].version)
	}
	var mode string
	if err := s.rdb.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	var fk int
	if err := s.wdb.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
	}
}

func TestOpenBadPath(t *testing.T) {
	for _, tc := range []struct{ name, path string }{
		{"empty", ""},
		{"memory", ":memory:"},
		{"query in path", filepath.Join(t.TempDir(), "a?b.db")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Open(context.Background(), tc.path); truce.ErrorCode(err) != truce.EINVALID {
				t.Errorf("Open(%q) error = %v, want EINVALID", tc.path, err)
			}
		})
	}
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, bytes.Repeat([]byte("not a database\n"), 512), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(context.Background(), filepath.Join(file, "truce.db")); err == nil {
		t.Error("Open under a regular file succeeded")
	}
	if s, err := Open(context.Background(), file); err == nil {
		s.Close()
		t.Error("Open of a file that is not a database succeeded")
	}
}

func TestStats(t *testing.T) {
	s := MustOpen(t)
	ev := func(id, date string) truce.Event {
		return newEvent(id, truce.Assault, date, []truce.Actor{ttp}, []truce.Actor{pakMil}, wana)
	}
	mustPut(t, s, newArticle(t, "a", "A.", "2025-10-10", 0xFF00), &truce.Extraction{
		Events:     []truce.Event{ev("a1", "2025-10-09"), ev("a2", "2025-10-08")},
		Ceasefires: []truce.Ceasefire{{ID: "cf", Events: []string{"a1"}}},
	}, truce.PutNew)
	mustPut(t, s, newArticle(t, "b", "B.", "2025-10-10", 0xFF01), &truce.Extraction{
		Events: []truce.Event{ev("b1", "2025-10-09"), ev("b3", "2025-10-07")},
	}, truce.PutNearDuplicate)
	mustPut(t, s, newArticle(t, "a", "A.", "2025-10-10", 0xFF00), nil, truce.PutDuplicate)
	got, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if want := (Stats{Articles: 2, NearDuplicates: 1, Events: 3, Ceasefires: 1}); got != want {
		t.Errorf("Stats = %+v, want %+v", got, want)
	}
}

func TestSearch(t *testing.T) {
	s := MustOpen(t)
	ctx := context.Background()
	for i, text := range []string{
		"Kandahar was struck at night.",
		"Kandahar and Kabul were both struck; Kandahar twice.",
		"Nothing about either city.",
	} {
		mustPut(t, s, newArticle(t, fmt.Sprintf("s%d", i), text, "2025-10-10", 0), nil, truce.PutNew)
	}
	for _, tc := range []struct {
		name  string
		q     string
		limit int
		want  []string
		code  string
	}{
		{"best first", "kandahar", 0, []string{"s1", "s0"}, ""},
		{"limit", "kandahar", 1, []string{"s1"}, ""},
		{"prefix", "kand*", 0, []string{"s1", "s0"}, ""},
		{"and", "kabul AND kandahar", 0, []string{"s1"}, ""},
		{"empty", "  ", 0, nil, truce.EINVALID},
		{"malformed", `kabul AND ("`, 0, nil, truce.EINVALID},
		{"unknown column", `nosuch:kabul`, 0, nil, truce.EINVALID},
	} {
		t.Run(tc.name, func(t *testing.T) {
			as, err := s.Search(ctx, tc.q, tc.limit)
			if got := truce.ErrorCode(err); got != tc.code {
				t.Fatalf("Search(%q) error %v, want code %q", tc.q, err, tc.code)
			}
			var got []string
			for _, a := range as {
				got = append(got, a.ID)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Search(%q) = %v, want %v", tc.q, got, tc.want)
			}
		})
	}
}

func TestClock(t *testing.T) {
	s := MustOpen(t)
	now := time.Date(2025, 10, 21, 6, 0, 0, 0, time.UTC)
	s.Now = func() time.Time { return now }
	a := newArticle(t, "clocked", "Stamped.", "2025-10-20", 0)
	a.Fetched = time.Time{}
	mustPut(t, s, a, nil, truce.PutNew)
	got, err := s.Article(context.Background(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Fetched.Equal(now) {
		t.Errorf("Fetched = %v, want the store's clock %v", got.Fetched, now)
	}
}

// TestTwoStoresOneFile stands in for two processes writing to one database:
// each Store has its own connections, so only WAL and the busy timeout keep
// them from failing with "database is locked".
func TestTwoStoresOneFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.db")
	stores := []*Store{mustOpenPath(t, path), mustOpenPath(t, path)}
	var wg sync.WaitGroup
	errs := make(chan error, 64)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := stores[w%2]
			for i := range 8 {
				id := fmt.Sprintf("p%d-%d", w, i)
				x := &truce.Extraction{Events: []truce.Event{
					newEvent("ev-"+id, truce.Assault, "2025-10-09", []truce.Actor{ttp}, []truce.Actor{pakMil}, wana),
				}}
				if _, err := s.PutArticle(context.Background(), newArticle(t, id, "Text "+id, "2025-10-10", spread(id)), x); err != nil {
					errs <- err
				}
				if _, err := stores[(w+1)%2].Events(context.Background(), truce.EventFilter{Limit: 5}); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent use: %v", err)
	}
	st, err := stores[0].Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 32 || st.Events != 32 {
		t.Errorf("Stats = %+v, want 32 articles and 32 events", st)
	}
}

// FuzzSearch checks that no query, however malformed, does worse than
// EINVALID.
func FuzzSearch(f *testing.F) {
	s := MustOpen(f)
	mustPut(f, s, newArticle(f, "doc", "Talks in Doha produced a ceasefire.", "2025-10-19", 0), nil, truce.PutNew)
	for _, q := range []string{"ceasefire", `"talks in"`, "dох*", "a AND (b OR", "NEAR(a b, 2)", `title:doha`, "^", "*", `""`, "-x", "a:b:c"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		_, err := s.Search(context.Background(), q, 5)
		if code := truce.ErrorCode(err); code != "" && code != truce.EINVALID {
			t.Errorf("Search(%q): %v (code %s)", q, err, code)
		}
	})
}
