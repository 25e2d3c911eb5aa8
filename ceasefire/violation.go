package ceasefire

import (
	"cmp"
	"slices"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/dyad"
)

// accuseDays is how long after a hostile event an accusation of a breach
// may still be about it.
const accuseDays = 2

// inWindow reports whether a day falls inside the truce: after the day it
// took effect (that day's fighting may have come before the hour), up to
// the day it ended.
func inWindow(g *group, date string) bool {
	return date > g.cf.Effective && (g.cf.End == "" || date <= g.cf.End)
}

// between reports whether an event links two parties of the truce.
func between(g *group, e *truce.Event) bool {
	for _, p := range dyad.Pairs(e) {
		if slices.Contains(g.parties, p.A) && slices.Contains(g.parties, p.B) {
			return true
		}
	}
	return false
}

// breachWords say that an accusation is of breaking a truce.
var breachWords = []string{"violat", "breach", "broke", "broken", "breaking"}

// accusesBreach reports whether e accuses someone of breaking a truce.
func accusesBreach(e *truce.Event) bool {
	if e.Type != truce.Accuse && e.Type != "DISAPPROVE" {
		return false
	}
	s := strings.ToLower(e.Evidence.Sentence)
	if !strings.Contains(s, "ceasefire") && !strings.Contains(s, "truce") && !strings.Contains(s, "cease-fire") {
		return false
	}
	for _, w := range breachWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// violations links the hostile events and accusations between the parties
// inside the truce's window, and keeps the tallies its declarations carry.
func violations(g *group, events []truce.Event) []truce.Violation {
	var out []truce.Violation
	var accusations []*truce.Event
	for i := range events {
		e := &events[i]
		if inWindow(g, e.Date) && between(g, e) && accusesBreach(e) && e.Status != truce.StatusNegated {
			accusations = append(accusations, e)
		}
	}
	used := map[string]bool{}
	for i := range events {
		e := &events[i]
		if !dyad.Hostile(e) || e.Type != truce.Assault && e.Type != "FIGHT" || !inWindow(g, e.Date) {
			continue
		}
		// Fighting is on the parties' soil; a place elsewhere is a misreading.
		if l := e.Location; l != nil && l.Country != "" && !slices.Contains(g.parties, strings.ToUpper(l.Country)) {
			continue
		}
		accused := accusedOf(g, e)
		if accused == nil || !slices.ContainsFunc(e.Target, func(a truce.Actor) bool {
			k := dyad.Key(a)
			return k != dyad.Key(*accused) && slices.Contains(g.parties, k) && (stateActor(a) || a.Sector == "CVL" || a.Sector == "REF")
		}) {
			continue
		}
		v := truce.Violation{EventID: e.ID, Date: e.Date, Accused: accused, Kind: "event", ArticleID: firstArticle(e),
			Evidence: e.Evidence.Sentence}
		for _, a := range accusations {
			if len(a.Source) > 0 && len(a.Target) > 0 && dyad.Key(a.Target[0]) == dyad.Key(*accused) &&
				a.Date >= e.Date && dayNumber(a.Date)-dayNumber(e.Date) <= accuseDays && dyad.Key(a.Source[0]) != dyad.Key(*accused) {
				by := a.Source[0]
				v.AccusedBy = &by
				used[a.ID] = true
				break
			}
		}
		if r := e.ReportedBy; v.AccusedBy == nil && r != nil && slices.Contains(g.parties, dyad.Key(*r)) && dyad.Key(*r) != dyad.Key(*accused) {
			by := *r
			v.AccusedBy = &by
		}
		out = append(out, v)
	}
	for _, a := range accusations {
		if used[a.ID] || len(a.Source) == 0 || len(a.Target) == 0 {
			continue
		}
		accused, by := a.Target[0], a.Source[0]
		out = append(out, truce.Violation{EventID: a.ID, Date: a.Date, Accused: &accused, AccusedBy: &by,
			Kind: "accusation", ArticleID: firstArticle(a), Evidence: a.Evidence.Sentence})
	}
	for _, d := range g.decls {
		for _, v := range d.c.Violations {
			if v.Kind != "tally" && v.Count == 0 {
				continue
			}
			v.Kind = "tally"
			if v.Date == "" {
				v.Date = d.date
			}
			if !slices.ContainsFunc(out, func(w truce.Violation) bool {
				return w.Kind == v.Kind && w.Count == v.Count && w.ArticleID == v.ArticleID && actorKey(w.AccusedBy) == actorKey(v.AccusedBy)
			}) {
				out = append(out, v)
			}
		}
	}
	slices.SortFunc(out, func(a, b truce.Violation) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.EventID, b.EventID),
			cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Count, b.Count))
	})
	if out == nil {
		out = []truce.Violation{}
	}
	return out
}

// stateActor reports whether an actor is a party's state or one of its
// organs, not its rebels or civilians: the only ones a truce binds.
func stateActor(a truce.Actor) bool {
	if a.Country == "" || !strings.HasPrefix(a.ID, a.Country) {
		return a.Country == "" || a.Sector != "REB" // a named group that is itself a party
	}
	switch a.Sector {
	case "", "GOV", "MIL", "COP", "SPY", "JUD", "LEG":
		return true
	}
	return false
}

// accusedOf returns the side that broke the truce in e: its first source
// actor that is a party, or a state organ of one.
func accusedOf(g *group, e *truce.Event) *truce.Actor {
	for _, a := range e.Source {
		if slices.Contains(g.parties, dyad.Key(a)) && stateActor(a) {
			a := a
			return &a
		}
	}
	return nil
}

func actorKey(a *truce.Actor) string {
	if a == nil {
		return ""
	}
	return dyad.Key(*a)
}

func firstArticle(e *truce.Event) string {
	if len(e.Sources) > 0 {
		return e.Sources[0].ArticleID
	}
	return e.Evidence.ArticleID
}

// talks returns the ids of the consultations between all the parties held
// from the day the truce was announced until it ended.
func talks(g *group, events []truce.Event) []string {
	var out []string
	for i := range events {
		e := &events[i]
		if e.Type != truce.Consult || e.Date < g.cf.Announced || g.cf.End != "" && e.Date > g.cf.End ||
			e.Status == truce.StatusNegated || e.Status == truce.StatusHypothetical {
			continue
		}
		if subset(g.parties, dyad.Countries(e)) {
			out = append(out, e.ID)
		}
	}
	return out
}
