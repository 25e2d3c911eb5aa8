package http

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	nethttp "net/http"
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/dyad"
)

// rowsPerPage is how many events the dashboard lists at a time.
const rowsPerPage = 50

// eventTypes are the PLOVER categories offered by the type filter.
var eventTypes = []string{truce.Assault, truce.Coerce, truce.Mobilize, truce.Sanction, truce.Protest,
	truce.Threaten, truce.Reject, truce.Accuse, truce.Request, truce.Retreat, truce.Aid,
	truce.Cooperate, truce.Concede, truce.Support, truce.Consult, truce.Agree}

var templateFuncs = template.FuncMap{
	"actors": func(as []truce.Actor) string {
		names := make([]string, 0, len(as))
		for _, a := range as {
			switch {
			case a.Name != "":
				names = append(names, a.Name)
			case a.Text != "":
				names = append(names, a.Text)
			default:
				names = append(names, a.ID)
			}
		}
		return strings.Join(names, ", ")
	},
	"actor": func(a *truce.Actor) string {
		if a == nil {
			return ""
		}
		if a.Name != "" {
			return a.Name
		}
		return a.ID
	},
	"place": func(l *truce.Location) string {
		if l == nil {
			return ""
		}
		if l.Name != "" {
			return l.Name
		}
		return l.Text
	},
	"country": func(e *truce.Event) string {
		if e.Location != nil && e.Location.Country != "" {
			return e.Location.Country
		}
		for _, a := range e.Source {
			return a.Country
		}
		return ""
	},
	"count": func(c *truce.Count) string {
		switch {
		case c == nil:
			return ""
		case c.Max > c.Min:
			return strconv.Itoa(c.Min) + "–" + strconv.Itoa(c.Max)
		}
		return strconv.Itoa(c.Min)
	},
	"trunc": func(s string, n int) string { return excerpt(s, n) },
	"quad": func(q int) string {
		switch q {
		case 1:
			return "verbal cooperation"
		case 2:
			return "material cooperation"
		case 3:
			return "verbal conflict"
		case 4:
			return "material conflict"
		}
		return ""
	},
	"join": strings.Join,
	"inc":  func(i int) int { return i + 1 },
}

// parsePages parses each page template together with the layout.
func parsePages() (map[string]*template.Template, error) {
	base, err := template.New("").Funcs(templateFuncs).ParseFS(templateFS, "templates/layout.html")
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		name := path.Base(n)
		if name == "layout.html" {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(templateFS, n)
		if err != nil {
			return nil, err
		}
		pages[name] = t
	}
	return pages, nil
}

// render executes a page into a buffer first, so that a template error
// becomes a clean 500 rather than half a page.
func (s *Server) render(w nethttp.ResponseWriter, r *nethttp.Request, status int, page, tmpl string, data any) {
	t, ok := s.pages[page]
	if !ok {
		s.error(w, r, fmt.Errorf("no page template %q", page))
		return
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, tmpl, data); err != nil {
		s.error(w, r, fmt.Errorf("render %s: %w", page, err))
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// pageError shows err as an HTML page; internal errors are logged and shown
// as a generic message.
func (s *Server) pageError(w nethttp.ResponseWriter, r *nethttp.Request, err error) {
	code := truce.ErrorCode(err)
	msg := "Something went wrong on our side."
	if code == truce.EINTERNAL {
		s.Logger.LogAttrs(r.Context(), slog.LevelError, "internal error",
			slog.String("path", r.URL.Path), slog.Any("err", err))
	} else if te := (*truce.Error)(nil); asTruceError(err, &te) {
		msg = te.Error()
	}
	s.render(w, r, errorStatus(code), "error.html", "layout", map[string]any{"Title": "Error", "Message": msg})
}

// rowsData is what the event rows fragment shows.
type rowsData struct {
	Events    []*truce.Event
	Next      string
	NextQuery string
}

func (s *Server) rows(r *nethttp.Request) (rowsData, error) {
	evs, next, err := s.listEvents(r, rowsPerPage)
	if err != nil {
		return rowsData{}, err
	}
	d := rowsData{Events: evs, Next: next}
	if next != "" {
		q := url.Values{}
		for _, k := range []string{"since", "until", "country", "actor", "type", "limit"} {
			if v := r.URL.Query().Get(k); v != "" {
				q.Set(k, v)
			}
		}
		q.Set("after", next)
		d.NextQuery = q.Encode()
	}
	return d, nil
}

func (s *Server) handleDashboard(w nethttp.ResponseWriter, r *nethttp.Request) {
	rows, err := s.rows(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	q := r.URL.Query()
	s.render(w, r, nethttp.StatusOK, "dashboard.html", "layout", map[string]any{
		"Title": "Events", "Rows": rows, "Types": eventTypes,
		"Since": q.Get("since"), "Until": q.Get("until"), "Country": q.Get("country"),
		"Actor": q.Get("actor"), "Type": strings.ToUpper(q.Get("type")),
	})
}

func (s *Server) handleEventRows(w nethttp.ResponseWriter, r *nethttp.Request) {
	rows, err := s.rows(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, nethttp.StatusOK, "dashboard.html", "rows", rows)
}

// evidenceText is an article's text cut around the evidence sentence.
type evidenceText struct {
	Before, Sentence, After string
}

// highlight finds the evidence in the article text: at its code-point
// offsets when they hold the sentence, else wherever the sentence occurs.
func highlight(text string, ev truce.Evidence) evidenceText {
	rs := []rune(text)
	if ev.Start >= 0 && ev.End > ev.Start && ev.End <= len(rs) {
		if s := string(rs[ev.Start:ev.End]); ev.Sentence == "" || strings.TrimSpace(s) == strings.TrimSpace(ev.Sentence) {
			return evidenceText{string(rs[:ev.Start]), s, string(rs[ev.End:])}
		}
	}
	if i := strings.Index(text, ev.Sentence); ev.Sentence != "" && i >= 0 {
		return evidenceText{text[:i], ev.Sentence, text[i+len(ev.Sentence):]}
	}
	return evidenceText{Sentence: ev.Sentence}
}

func (s *Server) handleEventPage(w nethttp.ResponseWriter, r *nethttp.Request) {
	d, err := s.detail(r, r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	text := evidenceText{Sentence: d.Event.Evidence.Sentence}
	if d.Event.Evidence.ArticleID != "" {
		a, err := s.Store.Article(r.Context(), d.Event.Evidence.ArticleID)
		switch {
		case err == nil:
			text = highlight(a.Text, d.Event.Evidence)
		case truce.ErrorCode(err) != truce.ENOTFOUND:
			s.pageError(w, r, err)
			return
		}
	}
	s.render(w, r, nethttp.StatusOK, "event.html", "layout", map[string]any{
		"Title": d.Event.Type + " " + d.Event.Date, "E": d.Event, "Articles": d.Articles, "Text": text,
	})
}

// chainView is a retaliation chain as the dyad page shows it.
type chainView struct {
	Links []dyad.Link
	// Inferred counts the links the calendar suggested rather than the text.
	Inferred int
}

func (s *Server) handleDyadPage(w nethttp.ResponseWriter, r *nethttp.Request) {
	pair, window, err := dyadQuery(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	evs, err := s.mergedEvents(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if pair.A == "" {
		// Without a choice, the busiest dyad.
		if ds := dyad.List(evs); len(ds) > 0 {
			pair = dyad.Pair{A: ds[0].A, B: ds[0].B}
		}
	}
	ans := dyadsOf(evs, pair, window, 30)
	var chains []chainView
	for _, c := range ans.Chains {
		v := chainView{Links: c.Links}
		for _, l := range c.Links[1:] {
			if !l.Explicit {
				v.Inferred++
			}
		}
		chains = append(chains, v)
	}
	var last *dyad.Day
	if n := len(ans.Days); n > 0 {
		last = &ans.Days[n-1]
	}
	s.render(w, r, nethttp.StatusOK, "dyads.html", "layout", map[string]any{
		"Title": "Dyads", "Dyads": ans.Dyads, "A": ans.A, "B": ans.B, "Chains": chains, "Last": last,
	})
}
