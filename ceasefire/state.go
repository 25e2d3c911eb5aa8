package ceasefire

import (
	"cmp"
	"slices"

	"github.com/truce-project/truce"
)

// order ranks states that change on one day: a truce is announced, takes
// effect, is extended, then broken.
var order = map[string]int{
	truce.CeasefireAnnounced: 0, truce.CeasefireInForce: 1, truce.CeasefireExtended: 2,
	truce.CeasefireViolated: 3, truce.CeasefireCollapsed: 4, truce.CeasefireExpired: 5,
}

// history sets the truce's History and State from its declarations,
// violations and calendar, as of day now.
func history(g *group, now string) {
	var h []truce.StateChange
	first := g.decls[0]
	for _, d := range g.decls {
		if !d.c.Reference {
			first = d
			break
		}
	}
	h = append(h, change(truce.CeasefireAnnounced, g.cf.Announced, first))
	if g.cf.Effective <= now {
		h = append(h, change(truce.CeasefireInForce, g.cf.Effective, first))
	}
	extended := false
	for _, d := range g.decls {
		switch s := d.c.State; s {
		case truce.CeasefireExtended, truce.CeasefireCollapsed, truce.CeasefireExpired:
			// Reported, at the latest, the day the article came out.
			date := d.date
			if p := firstPublished(d.sources); p != "9999" && p > date {
				date = p
			}
			h = append(h, change(s, date, d))
			extended = extended || s == truce.CeasefireExtended
		}
	}
	if len(g.cf.Violations) > 0 {
		v := g.cf.Violations[0]
		h = append(h, truce.StateChange{State: truce.CeasefireViolated, Date: v.Date, EventID: v.EventID,
			ArticleID: v.ArticleID, Evidence: v.Evidence})
	}
	if g.cf.DurationHours > 0 && !extended && g.cf.End == "" {
		if end := addDays(g.cf.Effective, (g.cf.DurationHours+23)/24); end != "" && end < now {
			h = append(h, truce.StateChange{State: truce.CeasefireExpired, Date: end})
			g.cf.End = end
		}
	}
	slices.SortStableFunc(h, func(a, b truce.StateChange) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(order[a.State], order[b.State]))
	})
	// Repeated reports of one state on later days add nothing.
	h = slices.CompactFunc(h, func(a, b truce.StateChange) bool { return a.State == b.State })
	g.cf.History = h
	g.cf.State = h[len(h)-1].State
}

func change(state, date string, d *decl) truce.StateChange {
	c := truce.StateChange{State: state, Date: date}
	if d.raw != nil {
		c.EventID = d.c.Events[0]
		c.Evidence = d.raw.Evidence.Sentence
		c.ArticleID = d.raw.Evidence.ArticleID
	}
	if d.ev != nil {
		c.EventID = d.ev.ID
	}
	if c.ArticleID == "" && len(d.sources) > 0 {
		c.ArticleID = d.sources[0].ArticleID
	}
	return c
}
