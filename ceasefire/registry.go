package ceasefire

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/dyad"
)

// Options tune Build.
type Options struct {
	// Now is the day against which declared durations are judged; when
	// zero, the latest date among the declarations and events is used, so
	// that the registry depends on the data alone.
	Now time.Time
	// SameDays is how far apart, in days, two declarations of one truce
	// may be announced (1 when 0).
	SameDays int
	// Merge bounds the cross-source merge of events.
	Merge dyad.MergeOptions
}

// group is one truce being assembled from its declarations.
type group struct {
	cf       truce.Ceasefire
	parties  []string // country-level keys
	media    []string
	decls    []*decl
	start    int // day number of the first declaration
	declared bool
}

// decl is a declaration with what Build derives from it.
type decl struct {
	c       *truce.Ceasefire
	date    string
	day     int
	parties []string
	media   []string
	sources []truce.SourceRef
	ev      *truce.Event // the declaring event, as merged
	raw     *truce.Event // the declaring event, as reported
}

// Build returns the registry: the truces that decls, as extracted from
// articles, declare and refer to, with their state, history, violations and
// talks, judged against events. Ids are those of the first declaration of
// each truce (earliest announced, then earliest published, then by id).
// The result is ordered by announcement date, then id.
func Build(decls []truce.Ceasefire, events []truce.Event, o Options) []truce.Ceasefire {
	merged, alias := dyad.Merge(events, o.Merge)
	byID := map[string]*truce.Event{}
	for i := range merged {
		byID[merged[i].ID] = &merged[i]
	}
	raw := map[string]*truce.Event{}
	for i := range events {
		raw[events[i].ID] = &events[i]
	}
	resolve := func(id string) string {
		if to, ok := alias[id]; ok {
			return to
		}
		return id
	}

	ds := make([]*decl, 0, len(decls))
	for i := range decls {
		d := &decl{c: &decls[i], date: decls[i].Announced, sources: decls[i].Sources}
		for _, id := range decls[i].Events {
			if e := raw[id]; e != nil && d.raw == nil {
				d.raw, d.ev = e, byID[resolve(id)]
				if len(d.sources) == 0 {
					d.sources = e.Sources
				}
				if d.date == "" {
					d.date = e.Date
				}
			}
		}
		d.day = dayNumber(d.date)
		d.media = keys(decls[i].Mediators)
		d.parties = without(keys(decls[i].Parties), d.media)
		if d.day < 0 || len(d.parties) == 0 {
			continue
		}
		ds = append(ds, d)
	}
	slices.SortFunc(ds, func(a, b *decl) int {
		return cmp.Or(cmp.Compare(a.date, b.date), cmpBool(a.c.Reference, b.c.Reference),
			cmp.Compare(firstPublished(a.sources), firstPublished(b.sources)), cmp.Compare(a.c.ID, b.c.ID))
	})

	same := o.SameDays
	if same <= 0 {
		same = 1
	}
	var gs []*group
	for _, d := range ds {
		g := latestMatch(gs, d)
		switch {
		case g == nil:
			gs = append(gs, newGroup(d))
		case d.c.Reference || d.day-g.start <= same && compatible(g, d):
			g.add(d)
		default:
			n := newGroup(d)
			n.cf.Replaces = g.cf.ID
			if g.cf.End == "" {
				g.cf.End = d.date
			}
			gs = append(gs, n)
		}
	}

	now := o.Now.UTC().Format(time.DateOnly)
	if o.Now.IsZero() {
		now = latestDate(ds, merged)
	}
	out := make([]truce.Ceasefire, 0, len(gs))
	for _, g := range gs {
		g.finish(resolve)
		g.cf.Talks = talks(g, merged)
		g.cf.Violations = violations(g, merged)
		history(g, now)
		out = append(out, g.cf)
	}
	slices.SortFunc(out, func(a, b truce.Ceasefire) int {
		return cmp.Or(cmp.Compare(a.Announced, b.Announced), cmp.Compare(a.ID, b.ID))
	})
	return out
}

func newGroup(d *decl) *group {
	g := &group{start: d.day, parties: slices.Clone(d.parties)}
	g.cf = truce.Ceasefire{
		ID: d.c.ID, Parties: []truce.Actor{}, Mediators: []truce.Actor{}, Announced: d.date,
		Terms: []string{}, Events: []string{}, Violations: []truce.Violation{},
	}
	g.add(d)
	return g
}

// latestMatch returns the latest truce announced no later than d whose
// parties d's parties fit: every party d names is a party (or a mediator)
// of the truce, and at least one is a party.
func latestMatch(gs []*group, d *decl) *group {
	for k := len(gs) - 1; k >= 0; k-- {
		g := gs[k]
		if g.start > d.day {
			continue
		}
		ps := without(d.parties, g.media)
		if len(ps) > 0 && subset(ps, g.parties) && (len(ps) > 1 || len(g.parties) > 0) {
			return g
		}
	}
	return nil
}

// compatible reports whether a new declaration can be the same agreement
// as the truce: no other declared duration.
func compatible(g *group, d *decl) bool {
	return d.c.DurationHours == 0 || g.cf.DurationHours == 0 || d.c.DurationHours == g.cf.DurationHours
}

// add joins a declaration to the truce.
func (g *group) add(d *decl) {
	g.decls = append(g.decls, d)
	c := d.c
	if !c.Reference {
		g.declared = true
	}
	for _, a := range c.Parties {
		if k := dyad.Key(a); slices.Contains(g.parties, k) && !slices.ContainsFunc(g.cf.Parties, func(b truce.Actor) bool { return dyad.Key(b) == k }) {
			g.cf.Parties = append(g.cf.Parties, countryActor(a))
		}
	}
	for _, a := range c.Mediators {
		if k := dyad.Key(a); !slices.Contains(g.media, k) && !slices.Contains(g.parties, k) {
			g.media = append(g.media, k)
			g.cf.Mediators = append(g.cf.Mediators, countryActor(a))
		}
	}
	g.cf.Terms = appendNew(g.cf.Terms, c.Terms...)
	g.cf.Monitoring = appendNew(g.cf.Monitoring, c.Monitoring...)
	if g.cf.DurationHours == 0 && !c.Reference {
		g.cf.DurationHours = c.DurationHours
	}
	if g.cf.Purpose == "" || g.cf.Purpose == "negotiations" && c.Purpose != "" && !c.Reference {
		g.cf.Purpose = cmp.Or(c.Purpose, g.cf.Purpose)
	}
	g.cf.Written = cmp.Or(g.cf.Written, c.Written)
	if c.Effective != "" && (g.cf.Effective == "" || c.Effective < g.cf.Effective) && c.Effective >= g.cf.Announced {
		g.cf.Effective = c.Effective
	}
	for _, s := range d.sources {
		if !slices.ContainsFunc(g.cf.Sources, func(r truce.SourceRef) bool { return r.ArticleID == s.ArticleID }) {
			g.cf.Sources = append(g.cf.Sources, s)
		}
	}
}

// finish settles what depends on all declarations.
func (g *group) finish(resolve func(string) string) {
	for _, d := range g.decls {
		for _, id := range d.c.Events {
			if id = resolve(id); !slices.Contains(g.cf.Events, id) {
				g.cf.Events = append(g.cf.Events, id)
			}
		}
	}
	if g.cf.Effective == "" {
		g.cf.Effective = g.cf.Announced
	}
	slices.SortFunc(g.cf.Sources, func(a, b truce.SourceRef) int {
		return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.ArticleID, b.ArticleID))
	})
	// Parties named only by a sector ("the Israeli military") still stand
	// for their country.
	for _, k := range g.parties {
		if !slices.ContainsFunc(g.cf.Parties, func(b truce.Actor) bool { return dyad.Key(b) == k }) {
			g.cf.Parties = append(g.cf.Parties, truce.Actor{Name: k, ID: k, Country: k})
		}
	}
}

// countryActor is an actor raised to the country level it is counted at:
// PAKGOV stands for PAK. Armed groups without a state keep their id.
func countryActor(a truce.Actor) truce.Actor {
	if a.Country == "" || !strings.HasPrefix(a.ID, a.Country) {
		return a
	}
	return truce.Actor{Text: a.Text, Name: a.Name, ID: a.Country, Country: a.Country}
}

func keys(as []truce.Actor) []string {
	var out []string
	for _, a := range as {
		if k := dyad.Key(a); k != "" && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

func without(a, drop []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(drop, x) {
			out = append(out, x)
		}
	}
	return out
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

func appendNew(list []string, add ...string) []string {
	for _, a := range add {
		if !slices.ContainsFunc(list, func(l string) bool { return strings.EqualFold(l, a) }) {
			list = append(list, a)
		}
	}
	return list
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

func firstPublished(rs []truce.SourceRef) string {
	p := "9999"
	for _, r := range rs {
		if r.Published != "" && r.Published < p {
			p = r.Published
		}
	}
	return p
}

func dayNumber(d string) int {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return -1
	}
	return int(t.Unix() / 86400)
}

func addDays(d string, n int) string {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, n).Format(time.DateOnly)
}

// latestDate is the latest day the data speaks of: the default "now".
func latestDate(ds []*decl, events []truce.Event) string {
	latest := ""
	for _, d := range ds {
		latest = max(latest, d.date, firstPublishedMax(d.sources))
	}
	for i := range events {
		latest = max(latest, events[i].Date, firstPublishedMax(events[i].Sources))
	}
	return latest
}

func firstPublishedMax(rs []truce.SourceRef) string {
	p := ""
	for _, r := range rs {
		p = max(p, r.Published)
	}
	return p
}
