package ingest

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strings"

	"github.com/truce-project/truce"
)

// page is a fetched HTTP response body.
type page struct {
	url         string // after redirects
	contentType string
	body        []byte
}

// fetch GETs url with a body of at most MaxBytes. A 404 or 410 is
// ENOTFOUND, a body over the limit ETOOLARGE, any other failure (no
// connection, a timeout, another non-2xx status) EINVALID; every message
// names the URL.
func (r *Reader) fetch(ctx context.Context, url string) (*page, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, inputError(truce.EINVALID, url, err, "bad URL")
	}
	ua := r.UserAgent
	if ua == "" {
		ua = DefaultUserAgent
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	client := r.Client
	if client == nil {
		client = NewReader().Client
	}
	resp, err := client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, inputError(truce.EINVALID, url, unwrapURLError(err), "fetch")
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		code := truce.EINVALID
		if resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone {
			code = truce.ENOTFOUND
		}
		return nil, inputError(code, url, nil, "HTTP status %s", resp.Status)
	}
	if resp.ContentLength > r.maxBytes() {
		return nil, r.tooLarge(url)
	}
	body, err := r.readAll(url, resp.Body)
	if err != nil {
		return nil, err
	}
	final := url
	if resp.Request != nil && resp.Request.URL != nil {
		final = resp.Request.URL.String()
	}
	return &page{url: final, contentType: resp.Header.Get("Content-Type"), body: body}, nil
}

// unwrapURLError drops the *url.Error around err, whose URL the message
// already names.
func unwrapURLError(err error) error {
	var ue interface{ Unwrap() error }
	if errors.As(err, &ue) {
		if inner := ue.Unwrap(); inner != nil {
			return inner
		}
	}
	return err
}

// readURL reads an HTML page, a feed or a text document from url.
func (r *Reader) readURL(ctx context.Context, url string, fn func(*truce.Article, error) error) error {
	p, err := r.fetch(ctx, url)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fn(nil, err)
	}
	return r.emitDoc(ctx, url, p.body, p.url, kindOfResponse(p), p.contentType, fn)
}

// kindOfResponse decides how to read a response: a feed when the media type
// says RSS, Atom or JSON feed (even if the body then fails to parse, so that
// the error says "not a valid feed"), or when the body starts like one;
// HTML or text by media type; else by sniffing.
func kindOfResponse(p *page) kind {
	mt, _, _ := mime.ParseMediaType(p.contentType)
	mt = strings.ToLower(mt)
	switch {
	case strings.Contains(mt, "rss") || strings.Contains(mt, "atom") || mt == "application/feed+json":
		return kindFeed
	case looksLikeFeed(p.body):
		return kindFeed
	case mt == "text/html" || mt == "application/xhtml+xml":
		return kindHTML
	case mt == "text/plain" || mt == "text/markdown":
		return kindText
	}
	return kindSniff
}

// readFeed hands every item of a feed to fn. An item with less than 80
// words of its own text is read from its link when the link is http(s);
// the item's title and date fill what the page lacks.
func (r *Reader) readFeed(ctx context.Context, name string, data []byte, fn func(*truce.Article, error) error) error {
	items, err := ParseFeed(name, data)
	if err != nil {
		return fn(nil, err)
	}
	if len(items) == 0 {
		return fn(nil, inputError(truce.EINVALID, name, nil, "feed has no items"))
	}
	for _, it := range items {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, err := r.feedArticle(ctx, name, it)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if a != nil {
			a.Fetched = r.now()
		}
		if ferr := fn(a, err); ferr != nil {
			return ferr
		}
	}
	return nil
}

// feedArticle turns one feed item into an article, fetching its link when
// the item's own text is too short.
func (r *Reader) feedArticle(ctx context.Context, feed string, it FeedItem) (*truce.Article, error) {
	if it.Substantial() || !isURL(it.Link) {
		return it.Article(feed)
	}
	p, err := r.fetch(ctx, it.Link)
	if err != nil {
		if strings.TrimSpace(it.Text) != "" {
			// The summary is better than nothing, but say why it is short.
			return nil, fmt.Errorf("feed %s: item has only a summary: %w", feed, err)
		}
		return nil, err
	}
	a, err := parseHTML(it.Link, p.body, p.url, p.contentType)
	if err != nil {
		return nil, err
	}
	a.Origin = feed
	if a.Title == "" {
		a.Title = it.Title
	}
	if a.Byline == "" {
		a.Byline = it.Byline
	}
	if a.Published.IsZero() {
		a.Published = it.Published
	}
	return a, nil
}
