package watch

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/ingest"
	"github.com/truce-project/truce/sqlite"
)

// feedAccept is the Accept header of a feed request.
const feedAccept = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1"

// Poll polls one feed now, recording it first if needed: a conditional GET,
// then every item not read before goes through the extractor into the
// store. Feed problems (no connection, a bad status, a body that is not a
// feed or too large) are reported in Result.Err and put the feed into
// backoff; the error returned is for the store failing or ctx being done,
// after which the feed's state is left as it was before the poll.
func (w *Watcher) Poll(ctx context.Context, feedURL string) (Result, error) {
	res := Result{Feed: feedURL}
	f, err := w.Store.Feed(ctx, feedURL)
	if truce.ErrorCode(err) == truce.ENOTFOUND {
		if _, err = w.AddFeed(ctx, feedURL); err != nil {
			return res, err
		}
		f, err = w.Store.Feed(ctx, feedURL)
	}
	if err != nil {
		return res, err
	}
	log := w.logger().With("feed", feedURL)
	seen, ferr := w.pollFeed(ctx, f, &res)
	if ctx.Err() != nil {
		return res, ctx.Err()
	}
	var storeErr *storeError
	if errors.As(ferr, &storeErr) {
		return res, storeErr.err
	}
	now := w.now()
	f.LastPolled = now
	f.LastStatus = res.Status
	f.Articles += res.New
	if ferr != nil {
		f.Failures++
		f.LastError = ferr.Error()
		wait := w.backoff(f.Failures)
		if ra := retryAfter(res.retryAfter, now); ra > wait {
			wait = min(ra, orDefault(w.MaxBackoff, DefaultMaxBackoff))
		}
		f.NextPoll = now.Add(wait)
		res.Err = ferr
		log.Warn("poll failed", "status", res.Status, "failures", f.Failures, "retry_in", wait, "err", ferr)
	} else {
		f.Failures = 0
		f.LastError = ""
		f.NextPoll = now.Add(orDefault(w.Interval, DefaultInterval))
		if res.etag != "" || res.lastModified != "" {
			f.ETag, f.LastModified = res.etag, res.lastModified
		}
		log.Info("polled", "status", res.Status, "items", res.Items, "new", res.New, "events", res.Events)
	}
	res.NextPoll = f.NextPoll
	if err := w.Store.UpdateFeed(ctx, f, seen); err != nil {
		return res, err
	}
	return res, nil
}

// storeError marks a failure of the store during a poll: that stops the
// watcher rather than backing the feed off.
type storeError struct{ err error }

func (e *storeError) Error() string { return e.err.Error() }

// pollFeed fetches and reads the feed; it returns the keys of the items
// read and a feed error.
func (w *Watcher) pollFeed(ctx context.Context, f *sqlite.Feed, res *Result) ([]string, error) {
	h := http.Header{"Accept": {feedAccept}}
	if f.ETag != "" {
		h.Set("If-None-Match", f.ETag)
	}
	if f.LastModified != "" {
		h.Set("If-Modified-Since", f.LastModified)
	}
	resp, err := w.get(ctx, f.URL, h)
	if err != nil {
		return nil, truce.Errorf(truce.EINVALID, "fetch %s: %v", f.URL, err)
	}
	defer resp.Body.Close()
	res.Status = resp.StatusCode
	switch {
	case resp.StatusCode == http.StatusNotModified:
		res.NotModified = true
		return nil, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		res.retryAfter = resp.Header.Get("Retry-After")
		return nil, truce.Errorf(truce.EINVALID, "fetch %s: HTTP status %s", f.URL, resp.Status)
	}
	body, err := w.readBody(f.URL, resp)
	if err != nil {
		return nil, err
	}
	items, err := ingest.ParseFeed(f.URL, body)
	if err != nil {
		return nil, err
	}
	res.etag, res.lastModified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	res.Items = len(items)
	keys := make([]string, len(items))
	for i, it := range items {
		keys[i] = itemKey(it)
	}
	already, err := w.Store.SeenItems(ctx, f.URL, keys)
	if err != nil {
		return nil, &storeError{err}
	}
	var read []string
	for i, it := range items {
		if already[keys[i]] {
			res.Seen++
			continue
		}
		if ctx.Err() != nil {
			return read, ctx.Err()
		}
		done, err := w.readItem(ctx, f.URL, it, res)
		if err != nil {
			return read, err
		}
		if done {
			read = append(read, keys[i])
		}
	}
	return read, nil
}

// readItem turns one item into an article and stores it. It reports whether
// the item is done with (stored, a duplicate, or without any text); an item
// whose page could not be fetched is tried again when the feed next changes.
func (w *Watcher) readItem(ctx context.Context, feedURL string, it ingest.FeedItem, res *Result) (bool, error) {
	log := w.logger().With("feed", feedURL, "item", it.Link)
	var a *truce.Article
	var err error
	if it.Substantial() || CheckURL(it.Link) != nil {
		a, err = it.Article(feedURL)
		if err != nil {
			res.Failed++
			log.Warn("item skipped", "err", err)
			return true, nil
		}
	} else {
		a, err = w.fetchArticle(ctx, it.Link)
		if err != nil {
			if ctx.Err() != nil {
				return false, ctx.Err()
			}
			res.Failed++
			log.Warn("item page not read", "err", err)
			return false, nil
		}
		a.Origin = feedURL
		if a.Title == "" {
			a.Title = it.Title
		}
		if a.Byline == "" {
			a.Byline = it.Byline
		}
		if a.Published.IsZero() {
			a.Published = it.Published
		}
	}
	a.Fetched = w.now()
	if a.ContentHash == "" {
		ingest.Finish(a)
	}
	x, err := w.Extractor.Extract(ctx, a)
	if err != nil {
		// One article the coder chokes on must not stop the watcher.
		res.Failed++
		log.Error("item not coded", "err", err)
		return false, nil
	}
	put, err := w.Store.PutArticle(ctx, a, x)
	if err != nil {
		return false, &storeError{err}
	}
	switch put.Status {
	case truce.PutDuplicate:
		res.Duplicates++
	default:
		res.New++
		res.Events += put.Events
	}
	return true, nil
}

// store extracts a and puts it in the store.
func (w *Watcher) store(ctx context.Context, a *truce.Article) (truce.PutResult, error) {
	if a.ContentHash == "" {
		ingest.Finish(a)
	}
	x, err := w.Extractor.Extract(ctx, a)
	if err != nil {
		return truce.PutResult{}, fmt.Errorf("extract %s: %w", a.Origin, err)
	}
	return w.Store.PutArticle(ctx, a, x)
}

// fetchArticle reads the HTML page at link.
func (w *Watcher) fetchArticle(ctx context.Context, link string) (*truce.Article, error) {
	resp, err := w.get(ctx, link, http.Header{"Accept": {"text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"}})
	if err != nil {
		return nil, truce.Errorf(truce.EINVALID, "fetch %s: %v", link, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		code := truce.EINVALID
		if resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone {
			code = truce.ENOTFOUND
		}
		return nil, truce.Errorf(code, "fetch %s: HTTP status %s", link, resp.Status)
	}
	body, err := w.readBody(link, resp)
	if err != nil {
		return nil, err
	}
	return ingest.ParseHTML(link, body, resp.Request.URL.String())
}

// itemKey identifies an item across polls: its link, else a hash of its
// title, date and text.
func itemKey(it ingest.FeedItem) string {
	if it.Link != "" {
		return it.Link
	}
	h := sha256.Sum256([]byte(it.Title + "\x00" + it.Published.UTC().Format(time.RFC3339) + "\x00" + it.Text))
	return "sha256:" + hex.EncodeToString(h[:])
}

// retryAfter reads a Retry-After header (seconds or an HTTP date).
func retryAfter(v string, now time.Time) time.Duration {
	if v == "" {
		return 0
	}
	if s, err := strconv.Atoi(v); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return t.Sub(now)
	}
	return 0
}

// IngestURL reads one URL (a page or a feed, as truce ingest does) through
// the watcher's safe client into the store, and returns what was stored;
// when something new was stored, Alerts (if set) is checked.
// Returns EINVALID for a URL that is not http(s) and the first error met
// reading it (ENOTFOUND for a 404, ETOOLARGE beyond the size limit).
func (w *Watcher) IngestURL(ctx context.Context, raw string) ([]truce.PutResult, error) {
	if err := CheckURL(raw); err != nil {
		return nil, err
	}
	r := ingest.NewReader()
	r.Client = w.client()
	r.MaxBytes = w.maxBytes()
	if w.UserAgent != "" {
		r.UserAgent = w.UserAgent
	}
	r.Now = w.now
	var out []truce.PutResult
	var first error
	err := r.Read(ctx, raw, func(a *truce.Article, err error) error {
		if err != nil {
			if first == nil {
				first = err
			}
			return nil
		}
		put, err := w.store(ctx, a)
		if err != nil {
			return err
		}
		out = append(out, put)
		return nil
	})
	for _, put := range out {
		if put.Status != truce.PutDuplicate {
			w.alert(ctx)
			break
		}
	}
	if err != nil {
		return out, err
	}
	if len(out) == 0 && first != nil {
		return nil, first
	}
	return out, nil
}
