package watch

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/ingest"
	"github.com/truce-project/truce/sqlite"
)

// Defaults of a Watcher made by New.
const (
	DefaultInterval   = 15 * time.Minute
	DefaultBackoff    = time.Minute
	DefaultMaxBackoff = 6 * time.Hour
	DefaultHostDelay  = 2 * time.Second
	DefaultMaxBytes   = 10 << 20
)

// Store is what a Watcher keeps articles and feed state in; *sqlite.Store
// implements it.
type Store interface {
	truce.Store
	// AddFeed records a feed; false when it was recorded already.
	AddFeed(ctx context.Context, url string) (bool, error)
	// Feed returns ENOTFOUND for a feed not recorded.
	Feed(ctx context.Context, url string) (*sqlite.Feed, error)
	Feeds(ctx context.Context) ([]*sqlite.Feed, error)
	// UpdateFeed saves poll state and marks items read.
	UpdateFeed(ctx context.Context, f *sqlite.Feed, seenItems []string) error
	SeenItems(ctx context.Context, feedURL string, keys []string) (map[string]bool, error)
}

var _ Store = (*sqlite.Store)(nil)

// Watcher polls feeds into a store. Set its fields before first use; New
// fills the defaults.
type Watcher struct {
	Store     Store
	Extractor truce.Extractor
	// Client fetches feeds and pages; NewClient makes a safe one.
	Client    *http.Client
	UserAgent string
	// Interval is the time between two polls of a healthy feed.
	Interval time.Duration
	// Backoff is the wait after a first failure, doubled with every
	// further consecutive failure up to MaxBackoff.
	Backoff, MaxBackoff time.Duration
	// HostDelay is the least time between two requests to one host.
	HostDelay time.Duration
	// MaxBytes bounds a feed or page body.
	MaxBytes int64
	Logger   *slog.Logger
	// Now is the clock that schedules polls.
	Now func() time.Time
	// OnPoll, if set, is called after every poll of Run.
	OnPoll func(Result)
	// Alerts, if set, is checked after every poll of Run and every
	// IngestURL that stored a new article, and emits the changes in the
	// ceasefire registry. Run primes it first unless it was primed already.
	Alerts *Alerter

	mu      sync.Mutex
	lastHit map[string]time.Time // host → time of the last request
	wake    chan struct{}
	// booked, if set, is told of every request slot politeWait books
	// (tests check the spacing on the watcher's own clock).
	booked func(host string, at time.Time)
}

// New returns a Watcher over store and x with the default settings and a
// client that refuses non-public addresses.
func New(store Store, x truce.Extractor) *Watcher {
	return &Watcher{
		Store:      store,
		Extractor:  x,
		Client:     NewClient(ClientOptions{}),
		UserAgent:  ingest.DefaultUserAgent,
		Interval:   DefaultInterval,
		Backoff:    DefaultBackoff,
		MaxBackoff: DefaultMaxBackoff,
		HostDelay:  DefaultHostDelay,
		MaxBytes:   DefaultMaxBytes,
		Logger:     slog.New(slog.DiscardHandler),
		Now:        time.Now,
	}
}

// Result is what one poll of a feed did.
type Result struct {
	Feed        string
	Status      int // HTTP status, 0 when no response came
	NotModified bool
	Items       int // items in the feed
	Seen        int // items read on an earlier poll
	New         int // articles stored
	Duplicates  int // articles the store already had
	Events      int // events stored or merged
	Failed      int // items that could not be read
	Err         error
	NextPoll    time.Time

	etag, lastModified, retryAfter string // response headers
}

// String is the progress line for the poll.
func (r Result) String() string {
	next := r.NextPoll.Format("15:04:05")
	switch {
	case r.Err != nil:
		return fmt.Sprintf("%s: %v; retry at %s", r.Feed, r.Err, next)
	case r.NotModified:
		return fmt.Sprintf("%s: not modified; next poll at %s", r.Feed, next)
	}
	return fmt.Sprintf("%s: %d items (%d seen before): %d new, %d duplicate, %d failed; %d events; next poll at %s",
		r.Feed, r.Items, r.Seen, r.New, r.Duplicates, r.Failed, r.Events, next)
}

func (w *Watcher) now() time.Time {
	if w.Now == nil {
		return time.Now()
	}
	return w.Now()
}

func (w *Watcher) logger() *slog.Logger {
	if w.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return w.Logger
}

func (w *Watcher) client() *http.Client {
	if w.Client == nil {
		w.Client = NewClient(ClientOptions{})
	}
	return w.Client
}

func (w *Watcher) maxBytes() int64 {
	if w.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return w.MaxBytes
}

func orDefault(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

// backoff is how long to wait after the n-th consecutive failure.
func (w *Watcher) backoff(n int) time.Duration {
	d := orDefault(w.Backoff, DefaultBackoff)
	max := orDefault(w.MaxBackoff, DefaultMaxBackoff)
	for i := 1; i < n && d < max; i++ {
		d *= 2
	}
	return min(d, max)
}

// CheckURL returns an EINVALID error unless raw is an absolute http(s) URL
// with a host.
func CheckURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return truce.Errorf(truce.EINVALID, "%q: want an http or https URL", raw)
	}
	return nil
}

// AddFeed records a feed to poll and wakes Run so that it is polled soon.
// It reports false when the feed was recorded already; EINVALID for a URL
// that is not http(s).
func (w *Watcher) AddFeed(ctx context.Context, feedURL string) (bool, error) {
	if err := CheckURL(feedURL); err != nil {
		return false, err
	}
	added, err := w.Store.AddFeed(ctx, feedURL)
	if err != nil {
		return false, err
	}
	w.mu.Lock()
	wake := w.wake
	w.mu.Unlock()
	if wake != nil {
		select {
		case wake <- struct{}{}:
		default:
		}
	}
	return added, nil
}

// Run records feeds, then polls every recorded feed when it is due, until
// ctx is done; it then returns nil. Feeds added meanwhile with AddFeed are
// picked up. Only a store failure stops it early.
func (w *Watcher) Run(ctx context.Context, feeds []string) error {
	for _, f := range feeds {
		if _, err := w.AddFeed(ctx, f); err != nil {
			return fmt.Errorf("watch %q: %w", f, err)
		}
	}
	if w.Alerts != nil && !w.Alerts.primedYet() {
		if err := w.Alerts.Prime(ctx); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("watch: %w", err)
		}
	}
	w.mu.Lock()
	if w.wake == nil {
		w.wake = make(chan struct{}, 1)
	}
	wake := w.wake
	w.mu.Unlock()
	interval := orDefault(w.Interval, DefaultInterval)
	for {
		fs, err := w.Store.Feeds(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("watch: %w", err)
		}
		nextDue := w.now().Add(interval)
		for _, f := range fs {
			if ctx.Err() != nil {
				return nil
			}
			if f.NextPoll.After(w.now()) {
				nextDue = minTime(nextDue, f.NextPoll)
				continue
			}
			res, err := w.Poll(ctx, f.URL)
			if ctx.Err() != nil {
				return nil
			}
			if err != nil {
				return fmt.Errorf("watch: %w", err)
			}
			if w.OnPoll != nil {
				w.OnPoll(res)
			}
			if res.New > 0 {
				w.alert(ctx)
			}
			nextDue = minTime(nextDue, res.NextPoll)
		}
		t := time.NewTimer(max(nextDue.Sub(w.now()), 10*time.Millisecond))
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-wake:
			t.Stop()
		case <-t.C:
		}
	}
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// politeWait waits until a request to the host of u keeps HostDelay from
// the last one, and books the slot.
func (w *Watcher) politeWait(ctx context.Context, u *url.URL) error {
	delay := w.HostDelay
	host := strings.ToLower(u.Hostname())
	for {
		w.mu.Lock()
		if w.lastHit == nil {
			w.lastHit = map[string]time.Time{}
		}
		wait := time.Until(w.lastHit[host].Add(delay))
		if wait <= 0 {
			now := time.Now()
			w.lastHit[host] = now
			if w.booked != nil {
				w.booked(host, now)
			}
			w.mu.Unlock()
			return nil
		}
		w.mu.Unlock()
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// get sends a polite GET for raw with the given extra headers.
func (w *Watcher) get(ctx context.Context, raw string, header http.Header) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, raw, nil)
	if err != nil {
		return nil, truce.Errorf(truce.EINVALID, "%q: bad URL", raw)
	}
	for k, vs := range header {
		req.Header[k] = vs
	}
	ua := w.UserAgent
	if ua == "" {
		ua = ingest.DefaultUserAgent
	}
	req.Header.Set("User-Agent", ua)
	if err := w.politeWait(ctx, req.URL); err != nil {
		return nil, err
	}
	return w.client().Do(req)
}

// readBody reads at most MaxBytes of resp's body; ETOOLARGE beyond.
func (w *Watcher) readBody(name string, resp *http.Response) ([]byte, error) {
	limit := w.maxBytes()
	if resp.ContentLength > limit {
		return nil, truce.Errorf(truce.ETOOLARGE, "%s: larger than the %d-byte limit", name, limit)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(b)) > limit {
		return nil, truce.Errorf(truce.ETOOLARGE, "%s: larger than the %d-byte limit", name, limit)
	}
	return b, nil
}
