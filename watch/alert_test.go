package watch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/ceasefire"
	"github.com/truce-project/truce/demo"
	"github.com/truce-project/truce/sqlite"
)

// demoFeed serves, as an RSS feed at /feed.xml, the demo corpus articles
// whose file names start with the prefixes currently set, each item
// carrying the article's whole text.
type demoFeed struct {
	*httptest.Server
	mu       sync.Mutex
	prefixes []string
}

func newDemoFeed(tb testing.TB) *demoFeed {
	tb.Helper()
	arts, err := demo.Articles()
	if err != nil {
		tb.Fatal(err)
	}
	f := &demoFeed{}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			http.NotFound(w, r)
			return
		}
		f.mu.Lock()
		prefixes := f.prefixes
		f.mu.Unlock()
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Demo desk</title>`)
		for _, a := range arts {
			name := filepath.Base(a.Origin)
			for _, p := range prefixes {
				if !strings.HasPrefix(name, p) {
					continue
				}
				var body strings.Builder
				for _, para := range strings.Split(a.Text, "\n") {
					if para = strings.TrimSpace(para); para != "" {
						body.WriteString("<p>" + html.EscapeString(para) + "</p>")
					}
				}
				fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><description>%s</description></item>",
					html.EscapeString(a.Title), html.EscapeString(a.URL), a.Published.Format(http.TimeFormat), html.EscapeString(body.String()))
			}
		}
		b.WriteString(`</channel></rss>`)
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, b.String())
	}))
	tb.Cleanup(f.Close)
	return f
}

func (f *demoFeed) serve(prefixes ...string) {
	f.mu.Lock()
	f.prefixes = prefixes
	f.mu.Unlock()
}

// hook is a webhook receiver that records the alerts posted to it and
// answers the first fail requests with 503.
type hook struct {
	*httptest.Server
	mu     sync.Mutex
	calls  int
	fail   int
	alerts []ceasefire.Alert
}

func newHook(tb testing.TB, fail int) *hook {
	tb.Helper()
	h := &hook{fail: fail}
	h.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.mu.Lock()
		defer h.mu.Unlock()
		h.calls++
		if h.calls <= h.fail {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		var a ceasefire.Alert
		if r.Method != http.MethodPost || r.Header.Get("Content-Type") != "application/json" {
			http.Error(w, "want a JSON POST", http.StatusBadRequest)
			return
		}
		if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		h.alerts = append(h.alerts, a)
	}))
	tb.Cleanup(h.Close)
	return h
}

func (h *hook) received() (calls int, alerts []ceasefire.Alert) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.calls, append([]ceasefire.Alert(nil), h.alerts...)
}

// describe renders alerts as short strings for comparison.
func describe(as []ceasefire.Alert) []string {
	var out []string
	for _, a := range as {
		s := a.Kind + ":" + a.State
		if a.Previous != "" {
			s = a.Kind + ":" + a.Previous + "→" + a.State
		}
		if v := a.Violation; v != nil {
			s += fmt.Sprintf(" %s %s accused=%s by=%s", v.Kind, v.Date, actorID(v.Accused), actorID(v.AccusedBy))
		}
		out = append(out, s)
	}
	return out
}

func actorID(a *truce.Actor) string {
	if a == nil {
		return ""
	}
	return a.ID
}

func TestAlertsThroughWatch(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 10, 18, 12, 0, 0, 0, time.UTC)
	s := MustStore(t, filepath.Join(t.TempDir(), "w.db"))
	w := MustWatcher(t, s, &now)
	feed := newDemoFeed(t)
	wh := newHook(t, 0)
	var out strings.Builder
	w.Alerts = NewAlerter(s, &ceasefire.Notifier{Out: &out, URL: wh.URL,
		Client: NewClient(ClientOptions{AllowPrivate: true, Timeout: 5 * time.Second}), Backoff: time.Millisecond})
	if err := w.Alerts.Prime(ctx); err != nil {
		t.Fatal(err)
	}

	steps := []struct {
		name     string
		prefixes []string
		want     []string
	}{
		// The 48-hour truce is announced and takes effect.
		{"truce declared", []string{"06"}, []string{"state:extended"}},
		// Nothing new: no alert.
		{"same feed", []string{"06"}, nil},
		// The Paktika strikes break it; Kabul accuses Pakistan.
		{"violation reported", []string{"06", "08"}, []string{"state:extended→violated", "violation:violated event 2025-10-17 accused=PAKMIL by=AFGGOV"}},
	}
	sent := 0
	for _, st := range steps {
		feed.serve(st.prefixes...)
		// A changed feed must be fetched again: no validators are sent.
		if err := s.UpdateFeed(ctx, mustFeed(t, w, feed.URL+"/feed.xml"), nil); err != nil {
			t.Fatal(err)
		}
		res, err := w.Poll(ctx, feed.URL+"/feed.xml")
		if err != nil || res.Err != nil {
			t.Fatalf("%s: poll: %v / %v", st.name, err, res.Err)
		}
		if res.New > 0 {
			w.alert(ctx)
		}
		calls, got := wh.received()
		if d := strings.Join(describe(got[sent:]), "; "); d != strings.Join(st.want, "; ") {
			t.Errorf("%s: webhook got %q, want %q", st.name, d, strings.Join(st.want, "; "))
		}
		if calls != len(got) {
			t.Errorf("%s: %d webhook calls for %d alerts", st.name, calls, len(got))
		}
		t.Logf("%s: %q", st.name, describe(got[sent:]))
		sent = len(got)
	}
	// Every alert is a JSON line on Out as well.
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != sent {
		t.Errorf("%d alert lines on Out, want %d:\n%s", len(lines), sent, out.String())
	}
	for _, l := range lines {
		var a ceasefire.Alert
		if err := json.Unmarshal([]byte(l), &a); err != nil || a.CeasefireID == "" || len(a.Parties) != 2 {
			t.Errorf("alert line %q: %v", l, err)
		}
	}
}

// mustFeed returns the recorded feed with url with its validators cleared,
// recording it first.
func mustFeed(tb testing.TB, w *Watcher, url string) *sqlite.Feed {
	tb.Helper()
	if _, err := w.AddFeed(context.Background(), url); err != nil {
		tb.Fatal(err)
	}
	f, err := w.Store.Feed(context.Background(), url)
	if err != nil {
		tb.Fatal(err)
	}
	f.ETag, f.LastModified = "", ""
	return f
}

func TestRunAlerts(t *testing.T) {
	s := MustStore(t, filepath.Join(t.TempDir(), "w.db"))
	w := New(s, MustExtractor(t))
	w.Client = NewClient(ClientOptions{AllowPrivate: true, Timeout: 5 * time.Second})
	w.HostDelay = 0
	w.Interval = time.Hour
	feed := newDemoFeed(t)
	feed.serve("06", "08")
	// The webhook is busy at first: the alert is posted again until it
	// goes through.
	wh := newHook(t, 2)
	var out syncWriter
	w.Alerts = NewAlerter(s, &ceasefire.Notifier{Out: &out, URL: wh.URL,
		Client: NewClient(ClientOptions{AllowPrivate: true, Timeout: 5 * time.Second}), Backoff: time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx, []string{feed.URL + "/feed.xml"}) }()
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, got := wh.received(); len(got) >= 2 || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	calls, got := wh.received()
	want := []string{"state:violated", "violation:violated event 2025-10-17 accused=PAKMIL by=AFGGOV"}
	if strings.Join(describe(got), "; ") != strings.Join(want, "; ") {
		t.Errorf("webhook got %q, want %q", describe(got), want)
	}
	if calls != len(got)+2 {
		t.Errorf("%d webhook calls for %d alerts, want two more (the 503s retried)", calls, len(got))
	}
	if n := strings.Count(out.String(), "\n"); n != len(got) {
		t.Errorf("%d alert lines on Out, want %d", n, len(got))
	}
}

func TestWebhookRefusesPrivate(t *testing.T) {
	tests := []struct {
		name string
		url  func(h *hook) string
	}{
		{"loopback", func(h *hook) string { return h.URL }},
		{"localhost name", func(h *hook) string { return strings.Replace(h.URL, "127.0.0.1", "localhost", 1) }},
		{"link-local metadata", func(*hook) string { return "http://169.254.169.254/latest/meta-data/" }},
		{"private", func(*hook) string { return "http://10.0.0.1:9/hook" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wh := newHook(t, 0)
			var out strings.Builder
			n := &ceasefire.Notifier{Out: &out, URL: tt.url(wh), Client: NewClient(ClientOptions{Timeout: 2 * time.Second}),
				Tries: 2, Backoff: time.Millisecond}
			alert := ceasefire.Alert{Kind: ceasefire.AlertState, CeasefireID: "cf-1", State: truce.CeasefireViolated}
			err := n.Notify(context.Background(), []ceasefire.Alert{alert})
			if !errors.Is(err, ErrForbiddenAddress) {
				t.Errorf("Notify err = %v, want %v", err, ErrForbiddenAddress)
			}
			if calls, _ := wh.received(); calls != 0 {
				t.Errorf("the webhook got %d requests", calls)
			}
			if !strings.Contains(out.String(), `"ceasefire_id":"cf-1"`) {
				t.Errorf("the alert line was not written: %q", out.String())
			}
		})
	}
}

// syncWriter is a strings.Builder safe for the watcher's goroutine.
type syncWriter struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncWriter) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
