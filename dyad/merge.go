package dyad

import (
	"cmp"
	"math"
	"slices"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/geo"
)

// MergeOptions bound what counts as the same happening.
type MergeOptions struct {
	// Days is the largest gap between the dates of two reports (2 when 0).
	Days int
	// Km is the largest distance between two located reports (60 when 0).
	Km float64
}

func (o MergeOptions) days() int {
	if o.Days <= 0 {
		return 2
	}
	return o.Days
}

func (o MergeOptions) km() float64 {
	if o.Km <= 0 {
		return 60
	}
	return o.Km
}

// Merge folds the events that report the same happening into one: same
// type family, same countries involved, dates at most o.Days apart and
// places at most o.Km apart (or, when one is known only to the region or
// country, in the same one). Reports are linked pairwise and each group of
// linked reports becomes one event, so the result depends only on the set
// of events, never on their order.
//
// The merged event is a copy of the report first published (ties broken by
// id) with the sources of all (earliest first, one per article), Mentions
// their count, the highest confidence and the lowest fatality and injury
// counts among the reports, and every other figure kept as a claim by whom
// the report names. Merge
// returns the events ordered by date and id, and alias, which maps the id
// of every report merged away to the id of the event it became.
func Merge(events []truce.Event, o MergeOptions) (merged []truce.Event, alias map[string]string) {
	evs := slices.Clone(events)
	slices.SortFunc(evs, func(a, b truce.Event) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
	})
	// Reports with one id (a store may list an event twice) are one.
	evs = slices.CompactFunc(evs, func(a, b truce.Event) bool { return a.ID == b.ID })
	parent := make([]int, len(evs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	days := make([]int, len(evs))
	for i := range evs {
		days[i] = dayNumber(evs[i].Date)
	}
	for i := range evs {
		if days[i] < 0 || !mergeable(&evs[i]) {
			continue
		}
		for j := i + 1; j < len(evs) && days[j]-days[i] <= o.days(); j++ {
			if same(&evs[i], &evs[j], o) {
				if a, b := find(i), find(j); a != b {
					parent[max(a, b)] = min(a, b)
				}
			}
		}
	}
	groups := map[int][]*truce.Event{}
	var roots []int
	for i := range evs {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], &evs[i])
	}
	alias = map[string]string{}
	for _, r := range roots {
		e := fold(groups[r])
		for _, m := range groups[r] {
			if m.ID != e.ID {
				alias[m.ID] = e.ID
			}
		}
		merged = append(merged, e)
	}
	for i := range merged {
		if to, ok := alias[merged[i].RetaliatesFor]; ok {
			merged[i].RetaliatesFor = to
		}
	}
	slices.SortFunc(merged, func(a, b truce.Event) int {
		return cmp.Or(cmp.Compare(a.Date, b.Date), cmp.Compare(a.ID, b.ID))
	})
	return merged, alias
}

// dayNumber returns the days since 1970 of a YYYY-MM-DD date, or -1.
func dayNumber(d string) int {
	t, err := time.Parse(time.DateOnly, d)
	if err != nil {
		return -1
	}
	return int(t.Unix() / 86400)
}

// mergeable reports whether an event may be merged at all: it names some
// actor and the text says it happened.
func mergeable(e *truce.Event) bool {
	return happened(e) && len(Countries(e)) > 0
}

// family groups types whose reports of one happening may disagree: one
// article's clash is another's attack.
func family(t string) string {
	switch t {
	case truce.Assault, "FIGHT":
		return "violence"
	case truce.Coerce, truce.Sanction:
		return "coercion"
	case truce.Accuse, "DISAPPROVE":
		return "accusation"
	}
	return t
}

// same reports whether a and b may be two reports of one happening.
func same(a, b *truce.Event, o MergeOptions) bool {
	if !mergeable(b) || family(a.Type) != family(b.Type) || a.Evidence.ArticleID != "" && a.Evidence.ArticleID == b.Evidence.ArticleID {
		return false
	}
	if !slices.Equal(Countries(a), Countries(b)) {
		return false
	}
	// When both name who acted, they must agree on at least one country.
	if sa, sb := Side(a.Source), Side(b.Source); len(sa) > 0 && len(sb) > 0 && !overlaps(sa, sb) && !overlaps(sa, Side(b.Target)) {
		return false
	}
	if a.Mode != "" && b.Mode != "" && a.Mode != b.Mode {
		return false
	}
	return near(a.Location, b.Location, o.km())
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// near reports whether two locations may be one place.
func near(a, b *truce.Location, km float64) bool {
	if a == nil || b == nil || a.Precision == "none" || b.Precision == "none" {
		return a == nil && b == nil
	}
	if a.Country != b.Country {
		return false
	}
	coarse := func(l *truce.Location) bool { return l.Precision == "country" || l.Precision == "border" }
	switch {
	case coarse(a) || coarse(b):
		return coarse(a) && coarse(b)
	case a.Precision == "admin1" || b.Precision == "admin1":
		if a.Admin1 != "" && a.Admin1 == b.Admin1 {
			return true
		}
	}
	if a.Lat == 0 && a.Lon == 0 || b.Lat == 0 && b.Lon == 0 {
		return a.Name == b.Name
	}
	return geo.Distance(a.Lat, a.Lon, b.Lat, b.Lon) <= km
}

// firstPublished is when an event was first reported, for choosing which
// report a merged event copies.
func firstPublished(e *truce.Event) string {
	p := "9999"
	for _, s := range e.Sources {
		if s.Published != "" && s.Published < p {
			p = s.Published
		}
	}
	return p
}

// fold makes one event of a group of reports.
func fold(group []*truce.Event) truce.Event {
	slices.SortFunc(group, func(a, b *truce.Event) int {
		return cmp.Or(cmp.Compare(firstPublished(a), firstPublished(b)), cmp.Compare(a.ID, b.ID))
	})
	e := *group[0]
	if len(group) == 1 {
		if e.Mentions == 0 {
			e.Mentions = max(1, len(e.Sources))
		}
		return e
	}
	var sources []truce.SourceRef
	var claims []truce.Claim
	for _, m := range group {
		for _, s := range m.Sources {
			if !slices.ContainsFunc(sources, func(r truce.SourceRef) bool { return r.ArticleID == s.ArticleID }) {
				sources = append(sources, s)
			}
		}
		for _, c := range m.Claims {
			claims = addClaim(claims, c)
		}
		if m.Fatalities != nil {
			claims = addClaim(claims, truce.Claim{Field: "fatalities", Count: *m.Fatalities, By: m.ReportedBy})
		}
		if m.Injuries != nil {
			claims = addClaim(claims, truce.Claim{Field: "injuries", Count: *m.Injuries, By: m.ReportedBy})
		}
		if e.RetaliatesFor == "" {
			e.RetaliatesFor = m.RetaliatesFor
		}
		// Each report is a chance that the happening was coded right;
		// the event is as sure as its surest report.
		e.Confidence = max(e.Confidence, m.Confidence)
		if e.Location == nil || e.Location.Precision != "point" && e.Location.Precision != "city" && m.Location != nil && (m.Location.Precision == "point" || m.Location.Precision == "city") {
			e.Location = m.Location
		}
	}
	slices.SortStableFunc(sources, func(a, b truce.SourceRef) int {
		return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.ArticleID, b.ArticleID))
	})
	e.Sources, e.Mentions = sources, len(sources)
	e.Fatalities, e.Injuries = lowest(claims, "fatalities"), lowest(claims, "injuries")
	// A claim that only repeats the figure kept adds nothing.
	kept := claims[:0]
	distinct := map[string]map[truce.Count]bool{}
	for _, c := range claims {
		if distinct[c.Field] == nil {
			distinct[c.Field] = map[truce.Count]bool{}
		}
		distinct[c.Field][c.Count] = true
	}
	for _, c := range claims {
		if len(distinct[c.Field]) > 1 {
			kept = append(kept, c)
		}
	}
	e.Claims = nil
	if len(kept) > 0 {
		e.Claims = kept
	}
	return e
}

// addClaim adds c unless the same figure by the same claimant is there.
func addClaim(cs []truce.Claim, c truce.Claim) []truce.Claim {
	by := func(a *truce.Actor) string {
		if a == nil {
			return ""
		}
		return Key(*a)
	}
	for _, x := range cs {
		if x.Field == c.Field && x.Count == c.Count && by(x.By) == by(c.By) {
			return cs
		}
	}
	return append(cs, c)
}

// lowest returns the smallest count claimed for field, ACLED's
// conservative choice, or nil. A zero ("no one was hurt") counts only when
// no report gives a figure above it: a first report that no one died does
// not hide the dead another report counted.
func lowest(cs []truce.Claim, field string) *truce.Count {
	var out *truce.Count
	for _, c := range cs {
		if c.Field != field {
			continue
		}
		if out == nil || c.Count.Min < out.Min && c.Count.Max > 0 || out.Max == 0 && c.Count.Max > 0 {
			cc := c.Count
			out = &cc
		}
	}
	return out
}

// logCount is ln(1 + n) for a toll.
func logCount(c *truce.Count) float64 {
	if c == nil || c.Min <= 0 {
		return 0
	}
	return math.Log1p(float64(c.Min))
}
