package http

import (
	nethttp "net/http"
	"sort"
	"strings"

	"github.com/truce-project/truce"
)

// maxDyadEvents bounds how many events one dyad request reads.
const maxDyadEvents = 200000

// Dyad is a pair of country-level actors and what passed between them, in
// either direction.
type Dyad struct {
	// A and B are country codes (or, for actors without a country, their
	// ids), A < B.
	A      string `json:"a"`
	B      string `json:"b"`
	Events int    `json:"events"`
	// ByQuad counts events by quad class: verbal cooperation, material
	// cooperation, verbal conflict, material conflict.
	ByQuad     [4]int  `json:"by_quad"`
	Goldstein  float64 `json:"goldstein"`
	Fatalities int     `json:"fatalities"`
	First      string  `json:"first"`
	Last       string  `json:"last"`
}

// DayCount is one day of a dyad's timeline.
type DayCount struct {
	Date       string `json:"date"`
	ByQuad     [4]int `json:"by_quad"`
	Fatalities int    `json:"fatalities"`
}

// Retaliation links an event of a dyad to the earlier one it answers.
type Retaliation struct {
	EventID string `json:"event_id"`
	Date    string `json:"date"`
	For     string `json:"retaliates_for"`
	ForDate string `json:"retaliates_for_date,omitempty"`
}

// actorKey is the country-level id of an actor: its country, else its id.
func actorKey(a truce.Actor) string {
	if a.Country != "" {
		return strings.ToUpper(a.Country)
	}
	return strings.ToUpper(a.ID)
}

// pairsOf returns the distinct country-level pairs (sorted within each
// pair) that e links, source to target; none within one country.
func pairsOf(e *truce.Event) [][2]string {
	var out [][2]string
	seen := map[[2]string]bool{}
	for _, s := range e.Source {
		for _, t := range e.Target {
			a, b := actorKey(s), actorKey(t)
			if a == "" || b == "" || a == b {
				continue
			}
			if b < a {
				a, b = b, a
			}
			p := [2]string{a, b}
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// ComputeDyads groups events by the country-level pairs they link and
// returns the dyads, most events first.
func ComputeDyads(events []*truce.Event) []Dyad {
	byPair := map[[2]string]*Dyad{}
	for _, e := range events {
		for _, p := range pairsOf(e) {
			d := byPair[p]
			if d == nil {
				d = &Dyad{A: p[0], B: p[1]}
				byPair[p] = d
			}
			d.Events++
			if e.Quad >= 1 && e.Quad <= 4 {
				d.ByQuad[e.Quad-1]++
			}
			d.Goldstein += e.Goldstein
			if e.Fatalities != nil {
				d.Fatalities += e.Fatalities.Min
			}
			if e.Date != "" && (d.First == "" || e.Date < d.First) {
				d.First = e.Date
			}
			if e.Date > d.Last {
				d.Last = e.Date
			}
		}
	}
	out := make([]Dyad, 0, len(byPair))
	for _, d := range byPair {
		out = append(out, *d)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].A+out[i].B < out[j].A+out[j].B
	})
	return out
}

// Timeline returns, for the dyad of a and b, the events per day by quad
// class with fatalities (days in order), and the retaliation links among
// its events.
func Timeline(events []*truce.Event, a, b string) ([]DayCount, []Retaliation) {
	a, b = strings.ToUpper(a), strings.ToUpper(b)
	if b < a {
		a, b = b, a
	}
	days := map[string]*DayCount{}
	dates := map[string]string{}
	var mine []*truce.Event
	for _, e := range events {
		dates[e.ID] = e.Date
		in := false
		for _, p := range pairsOf(e) {
			if p == [2]string{a, b} {
				in = true
			}
		}
		if !in || e.Date == "" {
			continue
		}
		mine = append(mine, e)
		d := days[e.Date]
		if d == nil {
			d = &DayCount{Date: e.Date}
			days[e.Date] = d
		}
		if e.Quad >= 1 && e.Quad <= 4 {
			d.ByQuad[e.Quad-1]++
		}
		if e.Fatalities != nil {
			d.Fatalities += e.Fatalities.Min
		}
	}
	tl := make([]DayCount, 0, len(days))
	for _, d := range days {
		tl = append(tl, *d)
	}
	sort.Slice(tl, func(i, j int) bool { return tl[i].Date < tl[j].Date })
	rs := []Retaliation{}
	for _, e := range mine {
		if e.RetaliatesFor != "" {
			rs = append(rs, Retaliation{EventID: e.ID, Date: e.Date, For: e.RetaliatesFor, ForDate: dates[e.RetaliatesFor]})
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].Date < rs[j].Date })
	return tl, rs
}

// allEvents reads every event passing the filter in r's query, page by
// page, up to maxDyadEvents.
func (s *Server) allEvents(r *nethttp.Request) ([]*truce.Event, error) {
	f, err := eventFilter(r.URL.Query())
	if err != nil {
		return nil, err
	}
	f.After = ""
	var all []*truce.Event
	for len(all) < maxDyadEvents {
		f.Limit = min(10000, maxDyadEvents-len(all))
		page, err := s.Store.Events(r.Context(), f)
		if err != nil {
			return nil, err
		}
		all = append(all, page...)
		if len(page) < f.Limit {
			break
		}
		f.After = page[len(page)-1].ID
	}
	return all, nil
}

// dyadAnswer is the JSON answer of /api/v1/dyads.
type dyadAnswer struct {
	Dyads        []Dyad        `json:"dyads"`
	Timeline     []DayCount    `json:"timeline,omitempty"`
	Retaliations []Retaliation `json:"retaliations,omitempty"`
}

func (s *Server) handleDyads(w nethttp.ResponseWriter, r *nethttp.Request) {
	q := r.URL.Query()
	a, b := strings.TrimSpace(q.Get("a")), strings.TrimSpace(q.Get("b"))
	if (a == "") != (b == "") {
		s.error(w, r, truce.Errorf(truce.EINVALID, "a timeline needs both a= and b="))
		return
	}
	limit, err := limitParam(q, 100, 10000)
	if err != nil {
		s.error(w, r, err)
		return
	}
	evs, err := s.allEvents(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	ans := dyadAnswer{Dyads: ComputeDyads(evs)}
	if len(ans.Dyads) > limit {
		ans.Dyads = ans.Dyads[:limit]
	}
	if a != "" {
		ans.Timeline, ans.Retaliations = Timeline(evs, a, b)
		if ans.Timeline == nil {
			ans.Timeline = []DayCount{}
		}
	}
	writeJSON(w, nethttp.StatusOK, ans)
}
