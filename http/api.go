package http

import (
	"bytes"
	_ "embed"
	nethttp "net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/export"
)

//go:embed openapi.json
var openapiJSON []byte

// Page sizes of /api/v1/events.
const (
	defaultEventLimit = 100
	maxEventLimit     = 10000
)

// eventPage is the JSON answer of /api/v1/events.
type eventPage struct {
	Events []*truce.Event `json:"events"`
	// Next is the cursor of the next page ("" on the last page).
	Next string `json:"next"`
}

// eventFilter reads the filters shared with truce events from q.
func eventFilter(q url.Values) (truce.EventFilter, error) {
	f := truce.EventFilter{
		Country: strings.ToUpper(strings.TrimSpace(q.Get("country"))),
		Actor:   strings.TrimSpace(q.Get("actor")),
		Type:    strings.ToUpper(strings.TrimSpace(q.Get("type"))),
		After:   q.Get("after"),
	}
	var err error
	if f.Since, err = dateParam(q, "since"); err != nil {
		return f, err
	}
	if f.Until, err = dateParam(q, "until"); err != nil {
		return f, err
	}
	return f, nil
}

func dateParam(q url.Values, name string) (time.Time, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return time.Time{}, truce.Errorf(truce.EINVALID, "%s=%q: want YYYY-MM-DD", name, v)
	}
	return t, nil
}

// limitParam reads ?limit=, def when absent; EINVALID outside 1..max.
func limitParam(q url.Values, def, max int) (int, error) {
	v := q.Get("limit")
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > max {
		return 0, truce.Errorf(truce.EINVALID, "limit=%q: want a number from 1 to %d", v, max)
	}
	return n, nil
}

func (s *Server) handleHealth(w nethttp.ResponseWriter, r *nethttp.Request) {
	if _, err := s.Store.Events(r.Context(), truce.EventFilter{Limit: 1}); err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, map[string]string{"status": "ok"})
}

// listEvents runs the filter in q and returns one page and the next cursor.
func (s *Server) listEvents(r *nethttp.Request, defLimit int) ([]*truce.Event, string, error) {
	q := r.URL.Query()
	f, err := eventFilter(q)
	if err != nil {
		return nil, "", err
	}
	limit, err := limitParam(q, defLimit, maxEventLimit)
	if err != nil {
		return nil, "", err
	}
	merged, err := mergedParam(r)
	if err != nil {
		return nil, "", err
	}
	if merged {
		return s.pageMerged(r, limit)
	}
	f.Limit = limit + 1
	evs, err := s.Store.Events(r.Context(), f)
	if err != nil {
		return nil, "", err
	}
	next := ""
	if len(evs) > limit {
		evs = evs[:limit]
		next = evs[limit-1].ID
	}
	return evs, next, nil
}

func (s *Server) handleEvents(w nethttp.ResponseWriter, r *nethttp.Request) {
	format := r.URL.Query().Get("format")
	if format == "" {
		format = "json"
	}
	if format != "json" && format != "csv" && format != "geojson" {
		s.error(w, r, truce.Errorf(truce.EINVALID, "format=%q: want json, csv or geojson", format))
		return
	}
	evs, next, err := s.listEvents(r, defaultEventLimit)
	if err != nil {
		s.error(w, r, err)
		return
	}
	if next != "" {
		q := r.URL.Query()
		q.Set("after", next)
		w.Header().Set("Link", "<"+r.URL.Path+"?"+q.Encode()+`>; rel="next"`)
		w.Header().Set("X-Next-Cursor", next)
	}
	if format == "json" {
		if evs == nil {
			evs = []*truce.Event{}
		}
		writeJSON(w, nethttp.StatusOK, eventPage{Events: evs, Next: next})
		return
	}
	var buf bytes.Buffer
	if err := export.WriteEvents(&buf, format, evs); err != nil {
		s.error(w, r, err)
		return
	}
	switch format {
	case "csv":
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Header().Set("Content-Disposition", `attachment; filename="events.csv"`)
	case "geojson":
		w.Header().Set("Content-Type", "application/geo+json")
	}
	w.Header().Set("Cache-Control", "no-store")
	w.Write(buf.Bytes())
}

// articleRef is what the API says about an article without its text.
type articleRef struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	URL         string `json:"url"`
	Published   string `json:"published"`
	Origin      string `json:"origin"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
	Excerpt     string `json:"excerpt,omitempty"`
}

func refOf(a *truce.Article) articleRef {
	ref := articleRef{ID: a.ID, Title: a.Title, URL: a.URL, Origin: a.Origin, DuplicateOf: a.DuplicateOf}
	if ref.URL == "" {
		ref.URL = a.CanonicalURL
	}
	if !a.Published.IsZero() {
		ref.Published = a.Published.Format(time.DateOnly)
	}
	return ref
}

// eventDetail is the JSON answer of /api/v1/events/{id}: the event, whose
// evidence is the sentence it came from, and every article reporting it.
type eventDetail struct {
	Event    *truce.Event `json:"event"`
	Articles []articleRef `json:"articles"`
}

// detail loads the event with id and the articles that report it.
func (s *Server) detail(r *nethttp.Request, id string) (*eventDetail, error) {
	e, err := s.Store.Event(r.Context(), id)
	if err != nil {
		return nil, err
	}
	d := &eventDetail{Event: e, Articles: []articleRef{}}
	ids := []string{e.Evidence.ArticleID}
	for _, src := range e.Sources {
		ids = append(ids, src.ArticleID)
	}
	seen := map[string]bool{}
	for _, aid := range ids {
		if aid == "" || seen[aid] {
			continue
		}
		seen[aid] = true
		a, err := s.Store.Article(r.Context(), aid)
		if truce.ErrorCode(err) == truce.ENOTFOUND {
			continue
		}
		if err != nil {
			return nil, err
		}
		d.Articles = append(d.Articles, refOf(a))
	}
	return d, nil
}

func (s *Server) handleEvent(w nethttp.ResponseWriter, r *nethttp.Request) {
	d, err := s.detail(r, r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, d)
}

func (s *Server) handleArticles(w nethttp.ResponseWriter, r *nethttp.Request) {
	q := r.URL.Query()
	limit, err := limitParam(q, 100, 1000)
	if err != nil {
		s.error(w, r, err)
		return
	}
	f := truce.ArticleFilter{Limit: limit, Query: strings.TrimSpace(q.Get("q"))}
	if f.Since, err = dateParam(q, "since"); err != nil {
		s.error(w, r, err)
		return
	}
	if f.Until, err = dateParam(q, "until"); err != nil {
		s.error(w, r, err)
		return
	}
	if !f.Until.IsZero() {
		f.Until = f.Until.Add(24*time.Hour - time.Nanosecond) // the whole day
	}
	as, err := s.Store.Articles(r.Context(), f)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, map[string]any{"articles": refs(as)})
}

func refs(as []*truce.Article) []articleRef {
	out := make([]articleRef, 0, len(as))
	for _, a := range as {
		ref := refOf(a)
		ref.Excerpt = excerpt(a.Text, 240)
		out = append(out, ref)
	}
	return out
}

// excerpt returns the first n runes of s, cut at a space.
func excerpt(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

func (s *Server) handleArticle(w nethttp.ResponseWriter, r *nethttp.Request) {
	a, err := s.Store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, a)
}

func (s *Server) handleSearch(w nethttp.ResponseWriter, r *nethttp.Request) {
	q := r.URL.Query()
	limit, err := limitParam(q, 50, 1000)
	if err != nil {
		s.error(w, r, err)
		return
	}
	as, err := s.Store.Search(r.Context(), q.Get("q"), limit)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, map[string]any{"query": q.Get("q"), "articles": refs(as)})
}

func (s *Server) handleOpenAPI(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openapiJSON)
}
