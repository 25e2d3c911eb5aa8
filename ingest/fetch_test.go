package ingest

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/truce-project/truce"
)

// MustServer serves the test site: pages, feeds and failures.
func MustServer(tb testing.TB) *httptest.Server {
	tb.Helper()
	var srv *httptest.Server
	mux := http.NewServeMux()
	serve := func(path, ctype string, body []byte) {
		mux.HandleFunc("GET "+path, func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("User-Agent") != DefaultUserAgent {
				http.Error(w, "no user agent", http.StatusForbidden)
				return
			}
			w.Header().Set("Content-Type", ctype)
			w.Write(body)
		})
	}
	serve("/world/border", "text/html; charset=utf-8", MustReadFile(tb, "article.html"))
	serve("/feed.atom", "application/atom+xml", MustReadFile(tb, "feed.atom"))
	serve("/feed.xml", "application/xml", nil) // body set below, needs the server URL
	serve("/bad-feed", "application/rss+xml", []byte("<html><body><p>Sorry, this page is not a feed.</p></body></html>"))
	serve("/plain", "text/plain; charset=windows-1252", []byte("Envoys met at the caf\xe9 on Friday."))
	serve("/curfew", "text/html", []byte("<html><head><title>Curfew extended</title><meta property=\"article:published_time\" content=\"2025-10-21T05:00:00Z\"></head><body><article><p>Authorities in the eastern city extended the night-time curfew for another three days after overnight clashes between rival factions left several shops burned.</p></article></body></html>"))
	mux.HandleFunc("GET /error", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "upstream broke", http.StatusBadGateway)
	})
	mux.HandleFunc("GET /huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Length", "52428800")
		w.Write([]byte("<html>"))
	})
	mux.HandleFunc("GET /slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv = httptest.NewServer(mux)
	tb.Cleanup(srv.Close)
	rss := strings.ReplaceAll(string(MustReadFile(tb, "feed.rss")), "LINK2", srv.URL+"/curfew")
	mux.HandleFunc("GET /feed.rss", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		w.Write([]byte(rss))
	})
	mux.HandleFunc("GET /feed-sniffed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write([]byte(rss))
	})
	return srv
}

func TestReadURL(t *testing.T) {
	srv := MustServer(t)
	type want struct {
		title, url, origin, published, byline, start string
	}
	tests := []struct {
		name     string
		path     string
		want     []want
		wantErr  string
		wantCode string
	}{
		{
			name: "html page",
			path: "/world/border",
			want: []want{{title: "Border crossing reopens after week of clashes", url: srv.URL + "/world/border", origin: srv.URL + "/world/border", published: "2025-10-21", byline: "Farah Qureshi", start: "Trucks carrying fruit"}},
		},
		{
			name: "rss feed: full item, and a summary item whose link is fetched",
			path: "/feed.rss",
			want: []want{
				{title: "Militia releases kidnapped aid workers", url: "https://news.example.org/world/aid-workers-released", origin: srv.URL + "/feed.rss", published: "2025-10-20", byline: "Tomasz Nowak", start: "An armed group in the northern hills freed three aid workers"},
				{title: "Curfew extended", url: srv.URL + "/curfew", origin: srv.URL + "/feed.rss", published: "2025-10-21", start: "Authorities in the eastern city extended"},
			},
		},
		{
			name: "feed sniffed from the body",
			path: "/feed-sniffed",
			want: []want{
				{title: "Militia releases kidnapped aid workers", url: "https://news.example.org/world/aid-workers-released", origin: srv.URL + "/feed-sniffed", published: "2025-10-20", byline: "Tomasz Nowak", start: "An armed group"},
				{title: "Curfew extended", url: srv.URL + "/curfew", origin: srv.URL + "/feed-sniffed", published: "2025-10-21", start: "Authorities in the eastern city"},
			},
		},
		{
			name: "atom feed",
			path: "/feed.atom",
			want: []want{{title: "Observers report calm along the ceasefire line", url: "https://monitor.example.net/reports/101", origin: srv.URL + "/feed.atom", published: "2025-10-22", byline: "Ines Duarte", start: "Monitors deployed along the ceasefire line"}},
		},
		{
			name: "plain text in windows-1252",
			path: "/plain",
			want: []want{{url: srv.URL + "/plain", origin: srv.URL + "/plain", start: "Envoys met at the café on Friday."}},
		},
		{name: "404", path: "/missing", wantErr: "/missing: HTTP status 404 Not Found", wantCode: truce.ENOTFOUND},
		{name: "502", path: "/error", wantErr: "/error: HTTP status 502 Bad Gateway", wantCode: truce.EINVALID},
		{name: "feed content type, HTML body", path: "/bad-feed", wantErr: "/bad-feed: not a valid RSS, Atom or JSON feed", wantCode: truce.EINVALID},
		{name: "empty xml", path: "/feed.xml", wantErr: "/feed.xml: empty document", wantCode: truce.EINVALID},
		{name: "declared too large", path: "/huge", wantErr: "/huge: larger than the 10485760-byte limit", wantCode: truce.ETOOLARGE},
		{name: "timeout", path: "/slow", wantErr: "/slow: fetch", wantCode: truce.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := MustReader(t)
			r.Client = &http.Client{Timeout: 300 * time.Millisecond}
			got := MustRead(t, r, srv.URL+tt.path)
			if tt.wantErr != "" {
				if len(got) != 1 || got[0].err == nil {
					t.Fatalf("results %+v, want one error", got)
				}
				if msg := got[0].err.Error(); !strings.HasPrefix(msg, srv.URL+tt.wantErr) || truce.ErrorCode(got[0].err) != tt.wantCode {
					t.Fatalf("error %q (%s), want %q (%s)", msg, truce.ErrorCode(got[0].err), srv.URL+tt.wantErr, tt.wantCode)
				}
				return
			}
			if len(got) != len(tt.want) {
				t.Fatalf("%d results, want %d: %+v", len(got), len(tt.want), got)
			}
			for i, w := range tt.want {
				if got[i].err != nil {
					t.Errorf("result %d: %v", i, got[i].err)
					continue
				}
				a := got[i].a
				checkArticle(t, a)
				pub := ""
				if !a.Published.IsZero() {
					pub = a.Published.Format("2006-01-02")
				}
				if a.Title != w.title || a.URL != w.url || a.Origin != w.origin || pub != w.published || a.Byline != w.byline || !strings.HasPrefix(a.Text, w.start) {
					t.Errorf("result %d: title %q url %q origin %q published %q byline %q text %.60q; want %+v", i, a.Title, a.URL, a.Origin, pub, a.Byline, a.Text, w)
				}
				if !a.Fetched.Equal(fixedNow) {
					t.Errorf("result %d: fetched %v", i, a.Fetched)
				}
			}
		})
	}
}

func TestReadURLConnectionRefused(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL + "/gone"
	srv.Close()
	got := MustRead(t, MustReader(t), url)
	if len(got) != 1 || got[0].err == nil || !strings.HasPrefix(got[0].err.Error(), url+": fetch") {
		t.Fatalf("results %+v", got)
	}
}
