package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/truce-project/truce/ceasefire"
	"github.com/truce-project/truce/demo"
	"github.com/truce-project/truce/sqlite"
	"github.com/truce-project/truce/watch"
)

func TestWebhookFrom(t *testing.T) {
	dir := t.TempDir()
	conf := filepath.Join(dir, "config.json")
	if err := os.WriteFile(conf, []byte(`{"webhook":"https://hooks.example/from-config"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"webhook":"ftp://hooks.example/x"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, flag, envHook, config string
		want, wantErr               string
	}{
		{"flag first", "https://hooks.example/flag", "https://hooks.example/env", conf, "https://hooks.example/flag", ""},
		{"then the environment", "", "https://hooks.example/env", conf, "https://hooks.example/env", ""},
		{"then the config file", "", "", conf, "https://hooks.example/from-config", ""},
		{"none", "", "", filepath.Join(dir, "absent.json"), "", ""},
		{"bad flag", "file:///etc/passwd", "", conf, "", "--webhook"},
		{"bad config", "", "", bad, "", "config file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &env{stdout: io.Discard, stderr: io.Discard, getenv: func(k string) string {
				switch k {
				case "TRUCE_WEBHOOK":
					return tt.envHook
				case "TRUCE_CONFIG":
					return tt.config
				}
				return ""
			}}
			got, err := webhookFrom(e, tt.flag)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("err = %v, want one naming %s", err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("webhookFrom = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

// demoFeedServer serves the demo corpus articles whose file names start
// with one of prefixes as an RSS feed at /feed.xml, the whole text in each
// item.
func demoFeedServer(t *testing.T, prefixes ...string) *httptest.Server {
	t.Helper()
	arts, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Demo desk</title>`)
	for _, a := range arts {
		for _, p := range prefixes {
			if !strings.HasPrefix(filepath.Base(a.Origin), p) {
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
	feed := b.String()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/feed.xml" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, feed)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// webhook records the alerts posted to it; the first busy requests get a
// 503.
type webhook struct {
	*httptest.Server
	mu     sync.Mutex
	calls  int
	busy   int
	alerts []ceasefire.Alert
}

func newWebhook(t *testing.T, busy int) *webhook {
	t.Helper()
	h := &webhook{busy: busy}
	h.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.mu.Lock()
		defer h.mu.Unlock()
		h.calls++
		if h.calls <= h.busy {
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		var a ceasefire.Alert
		if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		h.alerts = append(h.alerts, a)
	}))
	t.Cleanup(h.Close)
	return h
}

func (h *webhook) received() (int, []ceasefire.Alert) {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.calls, append([]ceasefire.Alert(nil), h.alerts...)
}

// waitAlerts waits until h has n alerts, or fails.
func (h *webhook) waitAlerts(t *testing.T, n int) []ceasefire.Alert {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		if _, got := h.received(); len(got) >= n {
			return got
		}
		if time.Now().After(deadline) {
			_, got := h.received()
			t.Fatalf("webhook has %d alerts after 60 s, want %d", len(got), n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// checkAlerts wants the alerts of the 48-hour truce broken by the Paktika
// strikes (demo articles 06 and 08, ingested together): the truce, first
// seen as violated, and its violation with the accuser, as posted and as
// JSON lines in out.
func checkAlerts(t *testing.T, got []ceasefire.Alert, out string) {
	t.Helper()
	if len(got) != 2 || got[0].Kind != ceasefire.AlertState || got[0].State != "violated" || got[1].Kind != ceasefire.AlertViolation {
		t.Fatalf("alerts = %+v, want the violated truce and its violation", got)
	}
	v := got[1].Violation
	if v == nil || v.Date != "2025-10-17" || v.Accused == nil || v.Accused.Country != "PAK" || v.AccusedBy == nil || v.AccusedBy.ID != "AFGGOV" {
		t.Errorf("violation = %+v, want Pakistan accused by the Taliban government on 2025-10-17", v)
	}
	if p := strings.Join(got[0].Parties, ","); p != "AFG,PAK" && p != "PAK,AFG" {
		t.Errorf("parties %v, want Pakistan and Afghanistan", got[0].Parties)
	}
	var lines int
	for _, l := range strings.Split(out, "\n") {
		if !strings.HasPrefix(l, "{") {
			continue
		}
		var a ceasefire.Alert
		if err := json.Unmarshal([]byte(l), &a); err != nil || a.CeasefireID != got[0].CeasefireID {
			t.Errorf("alert line %q: %v", l, err)
		}
		lines++
	}
	if lines != len(got) {
		t.Errorf("%d alert lines on stdout, want %d:\n%s", lines, len(got), out)
	}
}

func TestWatchAlerts(t *testing.T) {
	feed := demoFeedServer(t, "06", "08")
	hook := newWebhook(t, 1)
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	wf := &watchFlags{interval: time.Hour, hostDelay: time.Millisecond, webhook: hook.URL,
		allowPrivate: true, webhookBackoff: time.Millisecond}
	var out, errb syncBuffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(string) string { return "" }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- watchStore(ctx, e, s, wf, []string{feed.URL + "/feed.xml"}) }()
	got := hook.waitAlerts(t, 2)
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("watch: %v\n%s", err, errb.String())
	}
	checkAlerts(t, got, out.String())
	if calls, _ := hook.received(); calls != len(got)+1 {
		t.Errorf("%d webhook calls, want %d: the 503 retried", calls, len(got)+1)
	}
	if !strings.Contains(out.String(), "watch: "+feed.URL+"/feed.xml: 2 items") {
		t.Errorf("no progress line in %q", out.String())
	}
}

func TestServeWatchAlerts(t *testing.T) {
	feed := demoFeedServer(t, "06", "08")
	hook := newWebhook(t, 0)
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list := filepath.Join(t.TempDir(), "feeds.txt")
	if err := os.WriteFile(list, []byte(feed.URL+"/feed.xml\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	wf := &watchFlags{feedsFile: list, interval: time.Hour, hostDelay: time.Millisecond, allowPrivate: true}
	var out, errb syncBuffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb, getenv: func(k string) string {
		if k == "TRUCE_WEBHOOK" {
			return hook.URL
		}
		return ""
	}}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serveStore(ctx, e, s, serveOptions{addr: "127.0.0.1:0", watch: wf}) }()
	got := hook.waitAlerts(t, 2)
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("serve --watch: %v\n%s", err, errb.String())
	}
	checkAlerts(t, got, out.String())
}

func TestWebhookToPrivateAddressRefused(t *testing.T) {
	ctx := context.Background()
	hook := newWebhook(t, 0)
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "w.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var out syncBuffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: io.Discard, getenv: func(string) string { return "" }}
	// As configured by a user: no way to reach loopback.
	w, err := (&watchFlags{webhook: hook.URL}).watcher(e, s, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	w.Alerts.Notifier.Backoff = time.Millisecond
	if err := w.Alerts.Prime(ctx); err != nil {
		t.Fatal(err)
	}
	arts, err := demo.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if strings.HasPrefix(filepath.Base(a.Origin), "06") {
			x, err := w.Extractor.Extract(ctx, a)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.PutArticle(ctx, a, x); err != nil {
				t.Fatal(err)
			}
		}
	}
	alerts, err := w.Alerts.Check(ctx)
	if len(alerts) == 0 || !errors.Is(err, watch.ErrForbiddenAddress) {
		t.Errorf("Check = %d alerts, %v; want alerts and %v", len(alerts), err, watch.ErrForbiddenAddress)
	}
	if calls, _ := hook.received(); calls != 0 {
		t.Errorf("the loopback webhook got %d requests", calls)
	}
	if !strings.Contains(out.String(), `"kind":"state"`) {
		t.Errorf("the alert was not printed: %q", out.String())
	}
}
