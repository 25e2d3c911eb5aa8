package dyad

import (
	"cmp"
	"slices"

	"github.com/truce-project/truce"
)

// DefaultWindow is how many days after B's attack on A an attack by A on B
// is taken to answer it, when nothing says so explicitly.
const DefaultWindow = 3

// Link is one hostile event in a retaliation chain.
type Link struct {
	EventID string `json:"event_id"`
	Date    string `json:"date"`
	// From and To are the country-level keys of the side that struck and
	// the side struck.
	From string `json:"from"`
	To   string `json:"to"`
	// Answers is the id of the previous link, and Explicit true when the
	// text said so (retaliates_for) rather than the calendar suggesting it.
	Answers  string `json:"answers,omitempty"`
	Explicit bool   `json:"explicit,omitempty"`
}

// Chain is a run of hostile events, each answering the one before.
type Chain struct {
	Links []Link `json:"links"`
}

// Chains returns the retaliation chains of the dyad of a and b: an event
// answers an earlier one when it says so (its retaliates_for names an
// event of the dyad), or else when it is the first strike by one side
// after a strike by the other, at most window days later (DefaultWindow
// when window is 0) and on a later day. Only hostile events count. Chains
// of one event are left out; the rest come in date order.
func Chains(events []truce.Event, a, b string, window int) []Chain {
	if window <= 0 {
		window = DefaultWindow
	}
	p := NewPair(a, b)
	var hs []Link
	for i := range events {
		e := &events[i]
		if !Hostile(e) || dayNumber(e.Date) < 0 || !slices.Contains(Pairs(e), p) {
			continue
		}
		from, to := direction(e, p)
		if from == "" {
			continue
		}
		hs = append(hs, Link{EventID: e.ID, Date: e.Date, From: from, To: to})
	}
	slices.SortFunc(hs, func(x, y Link) int { return cmp.Or(cmp.Compare(x.Date, y.Date), cmp.Compare(x.EventID, y.EventID)) })
	index := map[string]int{}
	for k, l := range hs {
		index[l.EventID] = k
	}
	retal := map[string]string{}
	for i := range events {
		retal[events[i].ID] = events[i].RetaliatesFor
	}
	answered := map[int]bool{}
	for k := range hs {
		if prev, ok := index[retal[hs[k].EventID]]; ok && prev != k && hs[prev].From == hs[k].To {
			hs[k].Answers, hs[k].Explicit = hs[prev].EventID, true
			answered[prev] = true
			continue
		}
		day := dayNumber(hs[k].Date)
		for n := k - 1; n >= 0; n-- {
			d := dayNumber(hs[n].Date)
			if day-d > window {
				break
			}
			if d < day && hs[n].From == hs[k].To && hs[n].To == hs[k].From && !answered[n] {
				hs[k].Answers = hs[n].EventID
				answered[n] = true
				break
			}
		}
	}
	// Each event answers at most one and is answered at most once, so the
	// links form paths; walk each from its start.
	next := map[string]int{}
	for k, l := range hs {
		if l.Answers != "" {
			next[l.Answers] = k
		}
	}
	var out []Chain
	for _, l := range hs {
		if l.Answers != "" {
			continue
		}
		c := Chain{Links: []Link{l}}
		for n, ok := next[l.EventID]; ok; n, ok = next[hs[n].EventID] {
			c.Links = append(c.Links, hs[n])
		}
		if len(c.Links) > 1 {
			out = append(out, c)
		}
	}
	return out
}

// direction returns which side of pair p struck the other in e.
func direction(e *truce.Event, p Pair) (from, to string) {
	src, tgt := Side(e.Source), Side(e.Target)
	switch {
	case slices.Contains(src, p.A) && slices.Contains(tgt, p.B):
		return p.A, p.B
	case slices.Contains(src, p.B) && slices.Contains(tgt, p.A):
		return p.B, p.A
	}
	return "", ""
}
