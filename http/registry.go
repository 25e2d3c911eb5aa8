package http

import (
	"cmp"
	nethttp "net/http"
	"slices"
	"strconv"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/ceasefire"
)

// mergedParam reads ?merged=: true for 1 or true, false when absent, 0 or
// false; EINVALID otherwise.
func mergedParam(r *nethttp.Request) (bool, error) {
	v := r.URL.Query().Get("merged")
	if v == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, truce.Errorf(truce.EINVALID, "merged=%q: want 1 or 0", v)
	}
	return b, nil
}

// pageMerged returns one page of the merged events passing the filters in
// r's query, in the order of the plain listing (latest first, then by id),
// from the cursor on; and the next cursor. EINVALID for a cursor that is
// not a merged event's id.
func (s *Server) pageMerged(r *nethttp.Request, limit int) ([]*truce.Event, string, error) {
	merged, err := s.mergedEvents(r)
	if err != nil {
		return nil, "", err
	}
	slices.SortFunc(merged, func(a, b truce.Event) int {
		return cmp.Or(cmp.Compare(b.Date, a.Date), cmp.Compare(a.ID, b.ID))
	})
	start := 0
	if after := r.URL.Query().Get("after"); after != "" {
		i := slices.IndexFunc(merged, func(e truce.Event) bool { return e.ID == after })
		if i < 0 {
			return nil, "", truce.Errorf(truce.EINVALID, "after=%q: no such merged event", after)
		}
		start = i + 1
	}
	end := min(start+limit, len(merged))
	out := make([]*truce.Event, 0, end-start)
	for i := start; i < end; i++ {
		out = append(out, &merged[i])
	}
	next := ""
	if end < len(merged) && len(out) > 0 {
		next = out[len(out)-1].ID
	}
	return out, next, nil
}

// registryOptions reads ?now= (YYYY-MM-DD), the day against which declared
// durations are judged; by default the latest date stored, as truce
// ceasefires does.
func registryOptions(r *nethttp.Request) (ceasefire.Options, error) {
	var o ceasefire.Options
	now, err := dateParam(r.URL.Query(), "now")
	if err != nil {
		return o, err
	}
	o.Now = now
	return o, nil
}

// registry returns the ceasefire registry: the truces declared across all
// stored articles, each with its sources, state history, violations and
// talks (package ceasefire).
func (s *Server) registry(r *nethttp.Request) ([]truce.Ceasefire, error) {
	o, err := registryOptions(r)
	if err != nil {
		return nil, err
	}
	reg, err := s.Store.Registry(r.Context(), o)
	if err != nil {
		return nil, err
	}
	if reg == nil {
		reg = []truce.Ceasefire{}
	}
	return reg, nil
}

func (s *Server) handleCeasefires(w nethttp.ResponseWriter, r *nethttp.Request) {
	reg, err := s.registry(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	writeJSON(w, nethttp.StatusOK, map[string]any{"ceasefires": reg})
}

func (s *Server) handleCeasefire(w nethttp.ResponseWriter, r *nethttp.Request) {
	reg, err := s.registry(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	id := r.PathValue("id")
	for i := range reg {
		if reg[i].ID == id {
			writeJSON(w, nethttp.StatusOK, reg[i])
			return
		}
	}
	s.error(w, r, truce.Errorf(truce.ENOTFOUND, "ceasefire %q not found", id))
}

// ceasefireCard is a ceasefire as the board shows it.
type ceasefireCard struct {
	*truce.Ceasefire
	DaysInForce int
	Since       string
}

// daysInForce counts whole days from the ceasefire's effective (else
// announced) date to its end, else to now, for a truce that took hold; -1
// when it does not apply.
func daysInForce(c *truce.Ceasefire, now time.Time) (int, string) {
	if c.State == truce.CeasefireAnnounced && c.Effective == "" {
		return -1, ""
	}
	from := c.Effective
	if from == "" {
		from = c.Announced
	}
	t, err := time.Parse(time.DateOnly, from)
	if err != nil || t.After(now) {
		return -1, ""
	}
	to := now
	if end, err := time.Parse(time.DateOnly, c.End); err == nil && end.Before(now) {
		to = end
	}
	return int(to.Sub(t).Hours() / 24), from
}

func (s *Server) handleCeasefirePage(w nethttp.ResponseWriter, r *nethttp.Request) {
	reg, err := s.registry(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	// Latest first: the board is read for what holds now.
	slices.Reverse(reg)
	cards := make([]ceasefireCard, 0, len(reg))
	for i := range reg {
		days, since := daysInForce(&reg[i], s.now())
		cards = append(cards, ceasefireCard{Ceasefire: &reg[i], DaysInForce: days, Since: since})
	}
	s.render(w, r, nethttp.StatusOK, "ceasefires.html", "layout", map[string]any{"Title": "Ceasefires", "Cards": cards})
}
