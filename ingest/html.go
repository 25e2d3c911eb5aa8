package ingest

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/truce-project/truce"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// maxReadabilityElems bounds the pages handed to readability, whose work
// grows faster than linearly; larger pages use the simple extractor.
const maxReadabilityElems = 100000

// minHTMLWords is the fewest words a page's body needs: fewer ("Home",
// "Loading…") is page furniture, not an article.
const minHTMLWords = 3

// ParseHTML extracts the article from an HTML page: the main text (found by
// readability), title, byline, publication date (from meta tags such as
// article:published_time, else from readability) and canonical URL (from
// <link rel=canonical>, resolved against pageURL). pageURL may be empty for
// a local file; then the canonical link, if any, becomes the article's URL.
// The encoding comes from a BOM or a meta charset, else UTF-8 or
// Windows-1252. It returns an EINVALID error naming the input when the page
// is empty, binary or has no body text (fewer than three words once page
// furniture and navigation lines are gone).
func ParseHTML(name string, page []byte, pageURL string) (*truce.Article, error) {
	return parseHTML(name, page, pageURL, "")
}

// parseHTML is ParseHTML with the Content-Type header the page came with.
func parseHTML(name string, page []byte, pageURL, contentType string) (*truce.Article, error) {
	if len(bytes.TrimSpace(page)) == 0 {
		return nil, errEmpty(name)
	}
	if bytes.IndexByte(page[:min(len(page), sniffLen)], 0) >= 0 {
		return nil, errBinary(name)
	}
	enc, _, _ := charset.DetermineEncoding(page, contentType)
	if decoded, err := enc.NewDecoder().Bytes(page); err == nil {
		page = decoded
	}
	page = bytes.TrimPrefix(page, utf8BOM)
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		// The parser refuses pages nested too deeply (unclosed tags by the
		// hundred); their text can still be read token by token.
		return tokenArticle(name, page, pageURL, err)
	}
	var base *url.URL
	if u, err := url.Parse(pageURL); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		base = u
	}
	meta := pageMeta(doc)

	a := &truce.Article{Origin: name, URL: pageURL}
	if meta.canonical != "" {
		if c, err := url.Parse(meta.canonical); err == nil {
			if base != nil {
				c = base.ResolveReference(c)
			}
			if c.IsAbs() && (c.Scheme == "http" || c.Scheme == "https") {
				a.CanonicalURL = c.String()
			}
		}
	}
	if t, ok := parseTime(meta.published); ok {
		a.Published = t
	}

	text := ""
	if ra, err := runReadability(doc, base); err == nil && ra.Node != nil {
		text = render.InnerText(ra.Node)
		a.Title = ra.Title()
		a.Byline = ra.Byline()
		if a.Published.IsZero() {
			if t, err := ra.PublishedTime(); err == nil {
				a.Published = t.UTC()
			}
		}
	}
	if len(strings.Fields(text)) < minHTMLWords {
		// Readability found nothing worth having; read the page again and
		// take its text without navigation, header and footer.
		if doc, err := html.Parse(bytes.NewReader(page)); err == nil {
			text = nodeText(doc)
		}
	}
	if a.Title == "" {
		a.Title = meta.title
	}
	if a.Byline == "" {
		a.Byline = meta.author
	}
	a.Text = tidyText(text)
	Finish(a)
	if pageURL == "" {
		a.URL = a.CanonicalURL
	}
	if len(strings.Fields(a.Text)) < minHTMLWords {
		return nil, inputError(truce.EINVALID, name, nil, "no body text in HTML")
	}
	return a, nil
}

// runReadability runs readability on doc, turning a panic in it into an
// error so that no page can stop a run. It mutates doc.
func runReadability(doc *html.Node, base *url.URL) (ra readability.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("readability: %v", r)
		}
	}()
	p := readability.NewParser()
	p.MaxElemsToParse = maxReadabilityElems
	return p.ParseAndMutate(doc, base)
}

var manyNewlines = regexp.MustCompile(`\n{3,}`)

// tidyText collapses the white space in every line of text rendered from
// HTML and keeps at most one blank line between paragraphs.
func tidyText(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		lines[i] = collapseSpace(strings.ReplaceAll(l, "\u00a0", " "))
	}
	return strings.TrimSpace(manyNewlines.ReplaceAllString(strings.Join(lines, "\n"), "\n\n"))
}

// tokenArticle reads the text of a page that html.Parse rejected with
// parseErr, without structure: every block tag starts a paragraph.
func tokenArticle(name string, page []byte, pageURL string, parseErr error) (*truce.Article, error) {
	var b strings.Builder
	z := html.NewTokenizer(bytes.NewReader(page))
	skip := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			a := &truce.Article{Origin: name, URL: pageURL, Text: tidyText(b.String())}
			Finish(a)
			if len(strings.Fields(a.Text)) < minHTMLWords {
				return nil, inputError(truce.EINVALID, name, parseErr, "parse HTML")
			}
			return a, nil
		case html.StartTagToken, html.SelfClosingTagToken:
			tn, _ := z.TagName()
			t := atom.Lookup(tn)
			if skipped[t] && t != atom.Head && tt == html.StartTagToken {
				skip++
			}
			if blocks[t] || t == atom.Br {
				b.WriteString("\n\n")
			}
		case html.EndTagToken:
			tn, _ := z.TagName()
			if t := atom.Lookup(tn); skipped[t] && t != atom.Head && skip > 0 {
				skip--
			}
		case html.TextToken:
			if skip == 0 {
				b.WriteString(" " + collapseSpace(string(z.Text())) + " ")
			}
		}
	}
}

// meta is what a page says about itself in its <head>.
type meta struct {
	title, author, published, canonical string
}

// publishedKeys are meta names and properties that carry the publication
// time, best first.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "datepublished", "date",
	"pubdate", "publishdate", "publish-date", "dc.date.issued", "dc.date", "dcterms.created",
	"sailthru.date", "parsely-pub-date", "og:published_time", "cxenseparse:recs:publishtime",
}

// pageMeta collects the title, author, publication time and canonical link
// of a page.
func pageMeta(doc *html.Node) meta {
	var m meta
	props := map[string]string{}
	var h1 string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(attr(n, "property"))
				if key == "" {
					key = strings.ToLower(attr(n, "name"))
				}
				if key == "" {
					key = strings.ToLower(attr(n, "itemprop"))
				}
				if v := strings.TrimSpace(attr(n, "content")); key != "" && v != "" {
					if _, seen := props[key]; !seen {
						props[key] = v
					}
				}
			case atom.Link:
				if m.canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Title:
				if m.title == "" {
					m.title = collapseSpace(textOf(n))
				}
			case atom.H1:
				if h1 == "" {
					h1 = collapseSpace(textOf(n))
				}
			case atom.Time:
				if _, seen := props["datepublished"]; !seen && (strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate")) {
					if v := attr(n, "datetime"); v != "" {
						props["datepublished"] = v
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, k := range []string{"og:title", "twitter:title"} {
		if v := props[k]; v != "" {
			m.title = v
			break
		}
	}
	if m.title == "" {
		m.title = h1
	}
	for _, k := range []string{"author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator"} {
		if v := props[k]; v != "" && !strings.Contains(v, "://") {
			m.author = v
			break
		}
	}
	for _, k := range publishedKeys {
		if v := props[k]; v != "" {
			m.published = v
			break
		}
	}
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

// textOf returns the text under n, without markup.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// skipped elements hold no body text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Head: true, atom.Button: true, atom.Select: true, atom.Svg: true, atom.Iframe: true,
}

// blocks start a new paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Blockquote: true, atom.Pre: true,
	atom.Table: true, atom.Tr: true, atom.Figure: true, atom.Figcaption: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Hr: true, atom.Address: true,
}

// nodeText renders the text of n with one paragraph per block element,
// leaving out scripts, styles and page furniture (nav, header, footer,
// aside, forms). It is the fallback when readability finds nothing, and the
// renderer for feed item content.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		switch n.Type {
		case html.TextNode:
			words := strings.Fields(n.Data)
			if len(words) == 0 {
				if n.Data != "" {
					b.WriteByte(' ')
				}
				return
			}
			if isSpaceByte(n.Data[0]) {
				b.WriteByte(' ')
			}
			b.WriteString(strings.Join(words, " "))
			if isSpaceByte(n.Data[len(n.Data)-1]) {
				b.WriteByte(' ')
			}
			return
		case html.ElementNode:
			if skipped[n.DataAtom] {
				return
			}
			if n.DataAtom == atom.Br {
				b.WriteByte('\n')
				return
			}
		}
		block := n.Type == html.ElementNode && blocks[n.DataAtom]
		if block {
			b.WriteString("\n\n")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
		if block {
			b.WriteString("\n\n")
		}
	}
	walk(n, 0)
	return tidyText(b.String())
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'
}

// timeLayouts are the date formats met in meta tags, feeds and JSONL.
var timeLayouts = []string{
	time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00", "2006-01-02T15:04", "2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05", "2006-01-02 15:04", time.DateOnly, time.RFC1123Z, time.RFC1123,
	time.RFC850, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"2 January 2006", "January 2, 2006", "Jan 2, 2006", "20060102",
}

// parseTime parses s in one of timeLayouts; times without a zone are UTC.
func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range timeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
