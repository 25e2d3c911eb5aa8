package watch

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/code"
	"github.com/truce-project/truce/ingest"
	"github.com/truce-project/truce/sqlite"
)

var (
	coderOnce sync.Once
	coder     *code.Coder
	coderErr  error
)

// extractor runs ingest's finishing step and the real coder, as cmd/truce
// wires them.
type extractor struct{ c *code.Coder }

func (x extractor) Extract(ctx context.Context, a *truce.Article) (*truce.Extraction, error) {
	if a.ContentHash == "" {
		ingest.Finish(a)
	}
	return x.c.Extract(ctx, a)
}

// MustExtractor returns the real pipeline after ingest, loaded once.
func MustExtractor(tb testing.TB) truce.Extractor {
	tb.Helper()
	coderOnce.Do(func() {
		coder, coderErr = code.Load()
	})
	if coderErr != nil {
		tb.Fatal(coderErr)
	}
	return extractor{coder}
}

// MustStore opens a store at path and closes it when the test ends.
func MustStore(tb testing.TB, path string) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(context.Background(), path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// MustWatcher returns a watcher over s that may reach loopback, with a
// fake clock starting at now and no politeness delay.
func MustWatcher(tb testing.TB, s *sqlite.Store, now *time.Time) *Watcher {
	tb.Helper()
	w := New(s, MustExtractor(tb))
	w.Client = NewClient(ClientOptions{AllowPrivate: true, Timeout: 5 * time.Second})
	w.HostDelay = 0
	w.Now = func() time.Time { return *now }
	return w
}

// feedServer serves testdata/feed.xml (with its base URL filled in) under
// /feed.xml with an ETag, testdata/talks.html under /news/talks, and counts
// the requests to each path.
type feedServer struct {
	*httptest.Server
	mu     sync.Mutex
	hits   map[string]int
	times  []time.Time // of every request, in order
	agents []string
	etag   string
	extra  string // an extra item, inserted before </channel>
	status int    // when set, every feed request gets this status
}

func newFeedServer(tb testing.TB) *feedServer {
	tb.Helper()
	feed, err := os.ReadFile(filepath.Join("testdata", "feed.xml"))
	if err != nil {
		tb.Fatal(err)
	}
	page, err := os.ReadFile(filepath.Join("testdata", "talks.html"))
	if err != nil {
		tb.Fatal(err)
	}
	fs := &feedServer{hits: map[string]int{}, etag: `"v1"`}
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fs.mu.Lock()
		fs.hits[r.URL.Path]++
		fs.times = append(fs.times, time.Now())
		fs.agents = append(fs.agents, r.UserAgent())
		etag, extra, status := fs.etag, fs.extra, fs.status
		fs.mu.Unlock()
		switch r.URL.Path {
		case "/feed.xml":
			if status != 0 {
				w.Header().Set("Retry-After", "1")
				http.Error(w, "unavailable", status)
				return
			}
			w.Header().Set("ETag", etag)
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			body := strings.ReplaceAll(string(feed), "{{BASE}}", "http://"+r.Host)
			body = strings.Replace(body, "</channel>", extra+"</channel>", 1)
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(body))
		case "/news/talks":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page)
		default:
			http.NotFound(w, r)
		}
	}))
	tb.Cleanup(fs.Close)
	return fs
}

func (fs *feedServer) hitsOf(path string) int {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return fs.hits[path]
}
