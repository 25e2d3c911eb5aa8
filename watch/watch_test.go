package watch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/truce-project/truce"
)

func TestPublicAddr(t *testing.T) {
	tests := []struct {
		name string
		addr string
		want bool
	}{
		{"public v4", "93.184.216.34", true},
		{"public v6", "2606:4700::1111", true},
		{"loopback", "127.0.0.1", false},
		{"loopback v6", "::1", false},
		{"private 10", "10.1.2.3", false},
		{"private 192.168", "192.168.0.10", false},
		{"private 172.16", "172.20.1.1", false},
		{"link-local metadata", "169.254.169.254", false},
		{"link-local v6", "fe80::1", false},
		{"unique local v6", "fd00::1", false},
		{"unspecified", "0.0.0.0", false},
		{"carrier-grade NAT", "100.64.0.1", false},
		{"v4-mapped loopback", "::ffff:127.0.0.1", false},
		{"multicast", "224.0.0.1", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := PublicAddr(netip.MustParseAddr(tt.addr)); got != tt.want {
				t.Errorf("PublicAddr(%s) = %v, want %v", tt.addr, got, tt.want)
			}
		})
	}
}

func TestClientGuards(t *testing.T) {
	hops := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/hop") {
			hops++
			http.Redirect(w, r, fmt.Sprintf("/hop%d", hops), http.StatusFound)
			return
		}
		w.Write([]byte("ok"))
	}))
	defer srv.Close()
	tests := []struct {
		name    string
		opts    ClientOptions
		path    string
		wantErr error
		ok      bool
	}{
		{"loopback refused by default", ClientOptions{}, "/", ErrForbiddenAddress, false},
		{"loopback allowed in tests", ClientOptions{AllowPrivate: true}, "/", nil, true},
		{"redirect loop cut", ClientOptions{AllowPrivate: true}, "/hop", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := NewClient(tt.opts).Get(srv.URL + tt.path)
			if err == nil {
				resp.Body.Close()
			}
			if tt.ok != (err == nil) {
				t.Fatalf("err = %v, want ok=%v", err, tt.ok)
			}
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Errorf("err = %v, want %v", err, tt.wantErr)
			}
		})
	}
	if hops != MaxRedirects+1 {
		t.Errorf("followed %d hops, want the first request and %d redirects", hops, MaxRedirects)
	}
}

func TestPollConditionalGET(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 10, 16, 12, 0, 0, 0, time.UTC)
	s := MustStore(t, filepath.Join(t.TempDir(), "w.db"))
	w := MustWatcher(t, s, &now)
	w.UserAgent = "truce-test/1 (+https://example.org/bot)"
	srv := newFeedServer(t)
	url := srv.URL + "/feed.xml"

	res, err := w.Poll(ctx, url)
	if err != nil || res.Err != nil {
		t.Fatalf("first poll: %v / %v", err, res.Err)
	}
	if res.Status != 200 || res.Items != 2 || res.New != 2 || res.Failed != 0 {
		t.Fatalf("first poll = %+v, want 2 items, 2 new", res)
	}
	if srv.hitsOf("/news/talks") != 1 || srv.hitsOf("/news/checkpoint") != 0 {
		t.Errorf("page fetches: talks %d, checkpoint %d; want only the summary item's page",
			srv.hitsOf("/news/talks"), srv.hitsOf("/news/checkpoint"))
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Articles != 2 || st.Events == 0 {
		t.Fatalf("stats after first poll = %+v, %v", st, err)
	}
	if !res.NextPoll.Equal(now.Add(w.Interval)) {
		t.Errorf("next poll %v, want %v", res.NextPoll, now.Add(w.Interval))
	}
	arts, err := s.Articles(ctx, truce.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if a.Origin != url {
			t.Errorf("article %s origin %q, want the feed", a.ID, a.Origin)
		}
	}

	now = now.Add(time.Hour)
	res, err = w.Poll(ctx, url)
	if err != nil || res.Err != nil {
		t.Fatalf("second poll: %v / %v", err, res.Err)
	}
	if !res.NotModified || res.Status != http.StatusNotModified || res.New != 0 {
		t.Errorf("second poll = %+v, want 304 and nothing new", res)
	}
	if st2, _ := s.Stats(ctx); st2 != st {
		t.Errorf("stats changed on a 304: %+v → %+v", st, st2)
	}
	for _, ua := range srv.agents {
		if ua != w.UserAgent {
			t.Errorf("request sent User-Agent %q, want %q", ua, w.UserAgent)
		}
	}
	if !strings.Contains(res.String(), "not modified") {
		t.Errorf("progress line %q", res.String())
	}
}

func TestPollBackoff(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 10, 16, 12, 0, 0, 0, time.UTC)
	s := MustStore(t, filepath.Join(t.TempDir(), "w.db"))
	w := MustWatcher(t, s, &now)
	w.Backoff, w.MaxBackoff = time.Minute, 5*time.Minute
	srv := newFeedServer(t)
	srv.status = http.StatusServiceUnavailable
	url := srv.URL + "/feed.xml"
	for i, want := range []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute, 5 * time.Minute} {
		res, err := w.Poll(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		if res.Err == nil || res.Status != 503 {
			t.Fatalf("poll %d = %+v, want a 503 failure", i, res)
		}
		if got := res.NextPoll.Sub(now); got != want {
			t.Errorf("poll %d: next poll in %v, want %v", i, got, want)
		}
		f, err := s.Feed(ctx, url)
		if err != nil || f.Failures != i+1 || !strings.Contains(f.LastError, "503") {
			t.Errorf("poll %d: stored state %+v, %v", i, f, err)
		}
		now = res.NextPoll
	}
	srv.status = 0
	res, err := w.Poll(ctx, url)
	if err != nil || res.Err != nil || res.New != 2 {
		t.Fatalf("recovery poll = %+v, %v", res, err)
	}
	if f, _ := s.Feed(ctx, url); f.Failures != 0 || f.LastError != "" {
		t.Errorf("failures not reset: %+v", f)
	}
}

func TestPollResumesAfterRestart(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 10, 16, 12, 0, 0, 0, time.UTC)
	path := filepath.Join(t.TempDir(), "w.db")
	srv := newFeedServer(t)
	url := srv.URL + "/feed.xml"

	s := MustStore(t, path)
	if res, err := MustWatcher(t, s, &now).Poll(ctx, url); err != nil || res.New != 2 {
		t.Fatalf("first poll = %+v, %v", res, err)
	}
	s.Close()

	// A new process: the ETag comes back from the store.
	s = MustStore(t, path)
	w := MustWatcher(t, s, &now)
	if res, err := w.Poll(ctx, url); err != nil || !res.NotModified {
		t.Fatalf("poll after restart = %+v, %v; want 304", res, err)
	}
	// The feed changes: only the new item is read, the old page is not
	// fetched again.
	srv.mu.Lock()
	srv.etag = `"v2"`
	srv.extra = `<item><title>Protest in Quetta</title><link>http://` + srv.Listener.Addr().String() +
		`/news/quetta</link><description>` + strings.Repeat("Hundreds of traders protested in Quetta on Thursday against the closure of the border crossing at Chaman, police said. ", 6) +
		`</description></item>`
	srv.mu.Unlock()
	res, err := w.Poll(ctx, url)
	if err != nil || res.Err != nil {
		t.Fatalf("poll of the changed feed: %v / %v", err, res.Err)
	}
	if res.Items != 3 || res.Seen != 2 || res.New != 1 {
		t.Errorf("changed feed poll = %+v, want 3 items, 2 seen, 1 new", res)
	}
	if n := srv.hitsOf("/news/talks"); n != 1 {
		t.Errorf("the seen item's page was fetched %d times, want 1", n)
	}
}

func TestPollLimitsAndBadFeeds(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 10, 16, 12, 0, 0, 0, time.UTC)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/big.xml":
			w.Write([]byte("<rss>" + strings.Repeat("x", 5000) + "</rss>"))
		case "/junk.xml":
			w.Write([]byte("this is not a feed"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	tests := []struct {
		name, path, code string
	}{
		{"too large", "/big.xml", truce.ETOOLARGE},
		{"not a feed", "/junk.xml", truce.EINVALID},
		{"missing", "/gone.xml", truce.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustStore(t, filepath.Join(t.TempDir(), "w.db"))
			w := MustWatcher(t, s, &now)
			w.MaxBytes = 1000
			res, err := w.Poll(ctx, srv.URL+tt.path)
			if err != nil {
				t.Fatal(err)
			}
			if res.Err == nil || truce.ErrorCode(res.Err) != tt.code {
				t.Errorf("Err = %v (code %q), want code %q", res.Err, truce.ErrorCode(res.Err), tt.code)
			}
			if res.NextPoll.Sub(now) != w.Backoff {
				t.Errorf("next poll in %v, want the first backoff %v", res.NextPoll.Sub(now), w.Backoff)
			}
		})
	}
}

func TestRunPollsPolitely(t *testing.T) {
	s := MustStore(t, filepath.Join(t.TempDir(), "w.db"))
	w := New(s, MustExtractor(t))
	w.Client = NewClient(ClientOptions{AllowPrivate: true, Timeout: 5 * time.Second})
	w.Interval = 100 * time.Millisecond
	w.HostDelay = 150 * time.Millisecond
	srv := newFeedServer(t)
	var polls []Result
	w.OnPoll = func(r Result) { polls = append(polls, r) }
	// The spacing is checked on the slots the watcher books, not on when
	// the server happens to see the requests: a loaded machine may delay
	// one request's arrival more than the next one's.
	var slots []time.Time
	w.booked = func(_ string, at time.Time) { slots = append(slots, at) }
	ctx, cancel := context.WithTimeout(context.Background(), 1200*time.Millisecond)
	defer cancel()
	if err := w.Run(ctx, []string{srv.URL + "/feed.xml"}); err != nil {
		t.Fatal(err)
	}
	if len(polls) < 3 {
		t.Fatalf("%d polls in 1.2 s with a 100 ms interval, want at least 3", len(polls))
	}
	if polls[0].New != 2 || !polls[1].NotModified {
		t.Errorf("polls = %v, want 2 new then not modified", polls[:2])
	}
	srv.mu.Lock()
	served := len(srv.times)
	srv.mu.Unlock()
	if len(slots) < served {
		t.Errorf("%d slots booked for %d requests served", len(slots), served)
	}
	for i := 1; i < len(slots); i++ {
		if gap := slots[i].Sub(slots[i-1]); gap < w.HostDelay {
			t.Errorf("requests %d and %d booked %v apart, want at least %v", i-1, i, gap, w.HostDelay)
		}
	}
	if _, err := w.AddFeed(context.Background(), "file:///etc/passwd"); truce.ErrorCode(err) != truce.EINVALID {
		t.Errorf("AddFeed(file URL) err = %v, want EINVALID", err)
	}
}

func TestIngestURLRefusesPrivate(t *testing.T) {
	srv := newFeedServer(t)
	s := MustStore(t, filepath.Join(t.TempDir(), "w.db"))
	w := New(s, MustExtractor(t))
	if _, err := w.IngestURL(context.Background(), srv.URL+"/news/talks"); err == nil {
		t.Fatal("IngestURL fetched a loopback URL with the default client")
	}
	if srv.hitsOf("/news/talks") != 0 {
		t.Error("the loopback server was reached")
	}
	w.Client = NewClient(ClientOptions{AllowPrivate: true})
	puts, err := w.IngestURL(context.Background(), srv.URL+"/news/talks")
	if err != nil || len(puts) != 1 || puts[0].Status != truce.PutNew {
		t.Fatalf("IngestURL with loopback allowed = %+v, %v", puts, err)
	}
}

func TestPollLastModified(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 10, 16, 12, 0, 0, 0, time.UTC)
	const stamp = "Wed, 15 Oct 2025 09:30:00 GMT"
	item := strings.Repeat("Police dispersed a protest by farmers in Lahore on Wednesday, witnesses said. ", 12)
	var conditional int
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-Modified-Since") == stamp {
			conditional++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Last-Modified", stamp)
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>Protest in Lahore</title><id>urn:lahore</id><updated>2025-10-15T09:00:00Z</updated><content>%s</content></entry></feed>`, item)
	}))
	defer srv.Close()
	s := MustStore(t, filepath.Join(t.TempDir(), "w.db"))
	w := MustWatcher(t, s, &now)
	if res, err := w.Poll(ctx, srv.URL); err != nil || res.Err != nil || res.New != 1 {
		t.Fatalf("first poll = %+v, %v", res, err)
	}
	if res, err := w.Poll(ctx, srv.URL); err != nil || !res.NotModified || conditional != 1 {
		t.Errorf("second poll = %+v, %v; conditional requests %d, want a 304 on If-Modified-Since", res, err, conditional)
	}
}
