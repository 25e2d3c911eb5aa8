package ingest

import (
	"bytes"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"github.com/truce-project/truce"
	"golang.org/x/net/html"
)

// minItemWords is how many words a feed item's own text needs to stand as
// the article; shorter items are summaries, and their link is fetched.
const minItemWords = 80

// FeedItem is one entry of a feed.
type FeedItem struct {
	Title     string
	Link      string
	Byline    string
	Published time.Time
	// Text is the item's content, or its description when it has no
	// content, as plain text.
	Text string
}

// Substantial reports whether the item carries enough text to be read as
// the article itself (at least 80 words), rather than a summary of a page
// that must be fetched.
func (it FeedItem) Substantial() bool {
	return len(strings.Fields(it.Text)) >= minItemWords
}

// Article returns the item as an article whose origin is feed (the feed's
// name or URL). It returns an EINVALID error naming the feed and the item
// when the item has no text.
func (it FeedItem) Article(feed string) (*truce.Article, error) {
	a := &truce.Article{
		Origin:    feed,
		URL:       it.Link,
		Title:     it.Title,
		Byline:    it.Byline,
		Published: it.Published,
		Text:      it.Text,
	}
	Finish(a)
	if strings.TrimSpace(a.Text) == "" {
		return nil, inputError(truce.EINVALID, feed, nil, "feed item %q has no text", itemName(it))
	}
	return a, nil
}

// itemName names an item in messages: its link, else its title.
func itemName(it FeedItem) string {
	if it.Link != "" {
		return it.Link
	}
	return it.Title
}

// ParseFeed parses an RSS, Atom or JSON feed and returns its items, item
// HTML rendered as plain text. It returns an EINVALID error naming the feed
// when data is empty, binary, or not a feed.
func ParseFeed(name string, data []byte) ([]FeedItem, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errEmpty(name)
	}
	if bytes.IndexByte(data[:min(len(data), sniffLen)], 0) >= 0 {
		return nil, errBinary(name)
	}
	f, err := parseFeedSafe(data)
	if err != nil {
		return nil, inputError(truce.EINVALID, name, err, "not a valid RSS, Atom or JSON feed")
	}
	items := make([]FeedItem, 0, len(f.Items))
	for _, gi := range f.Items {
		if gi == nil {
			continue
		}
		it := FeedItem{Title: html.UnescapeString(collapseSpace(gi.Title)), Link: strings.TrimSpace(gi.Link)}
		if it.Link == "" && len(gi.Links) > 0 {
			it.Link = strings.TrimSpace(gi.Links[0])
		}
		switch {
		case gi.PublishedParsed != nil:
			it.Published = gi.PublishedParsed.UTC()
		case gi.UpdatedParsed != nil:
			it.Published = gi.UpdatedParsed.UTC()
		}
		var names []string
		for _, p := range gi.Authors {
			if p != nil && strings.TrimSpace(p.Name) != "" {
				names = append(names, strings.TrimSpace(p.Name))
			}
		}
		if len(names) == 0 && gi.DublinCoreExt != nil {
			names = gi.DublinCoreExt.Creator
		}
		it.Byline = strings.Join(names, ", ")
		body := gi.Content
		if strings.TrimSpace(body) == "" {
			body = gi.Description
		}
		it.Text = fragmentText(body)
		items = append(items, it)
	}
	return items, nil
}

// parseFeedSafe runs gofeed, turning a panic in it into an error so that no
// feed can stop a run.
func parseFeedSafe(data []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, &truce.Error{Code: truce.EINVALID, Message: "feed parser failed"}
		}
	}()
	return gofeed.NewParser().Parse(bytes.NewReader(data))
}

// fragmentText renders an HTML fragment (or plain text) as plain text.
func fragmentText(s string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	if !strings.ContainsAny(s, "<&") {
		return tidyText(s)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return tidyText(s)
	}
	return nodeText(doc)
}

// looksLikeFeed reports whether data starts like an XML feed or document.
func looksLikeFeed(data []byte) bool {
	head := bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(data[:min(len(data), 1024)], utf8BOM), " \t\r\n"))
	for _, p := range []string{"<?xml", "<rss", "<feed", "<rdf:rdf"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return gofeed.DetectFeedType(bytes.NewReader(data[:min(len(data), 64<<10)])) != gofeed.FeedTypeUnknown || p != "<?xml"
		}
	}
	return false
}
