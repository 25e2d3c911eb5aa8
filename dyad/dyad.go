package dyad

import (
	"cmp"
	"math"
	"slices"
	"time"

	"github.com/truce-project/truce"
)

// Dyad sums up what passed between a pair of country-level actors, in
// either direction.
type Dyad struct {
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
	// Level and Escalation are L and E (see the package doc) on the day of
	// the dyad's last event.
	Level      float64 `json:"level"`
	Escalation float64 `json:"escalation"`
	// Retaliations counts the links in the dyad's retaliation chains.
	Retaliations int `json:"retaliations"`
}

// Day is one day of a dyad's timeline.
type Day struct {
	Date       string  `json:"date"`
	Events     int     `json:"events"`
	ByQuad     [4]int  `json:"by_quad"`
	Goldstein  float64 `json:"goldstein"`
	Fatalities int     `json:"fatalities"`
	// Intensity is I(d), Level L(d) and Escalation E(d) (package doc).
	Intensity  float64 `json:"intensity"`
	Level      float64 `json:"level"`
	Escalation float64 `json:"escalation"`
}

// Severity is s(e) of the package doc.
func Severity(e *truce.Event) float64 {
	if !happened(e) {
		return 0
	}
	if e.Quad == 1 || e.Quad == 2 {
		return -math.Abs(e.Goldstein) / 10
	}
	if e.Quad != 3 && e.Quad != 4 {
		return 0
	}
	s := max(0, -e.Goldstein)/10 + logCount(e.Fatalities)
	for _, t := range e.Target {
		if t.Sector == "CVL" || t.Sector == "REF" {
			s += 0.5
			break
		}
	}
	switch e.Mode {
	case "aerial", "drone", "heavy-weapons", "shelling", "missile":
		s += 0.5
	}
	if e.Location != nil && e.Location.Country != "" && len(e.Source) > 0 && e.Source[0].Country != "" && e.Source[0].Country != e.Location.Country {
		s += 0.5
	}
	return s
}

// List returns the dyads of events, most events first (then by name).
func List(events []truce.Event) []Dyad {
	by := map[Pair]*Dyad{}
	mine := map[Pair][]truce.Event{}
	for i := range events {
		e := &events[i]
		for _, p := range Pairs(e) {
			d := by[p]
			if d == nil {
				d = &Dyad{A: p.A, B: p.B}
				by[p] = d
			}
			mine[p] = append(mine[p], *e)
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
			d.Last = max(d.Last, e.Date)
		}
	}
	out := make([]Dyad, 0, len(by))
	for p, d := range by {
		if days := Series(mine[p], p.A, p.B); len(days) > 0 {
			last := days[len(days)-1]
			d.Level, d.Escalation = last.Level, last.Escalation
		}
		for _, c := range Chains(mine[p], p.A, p.B, 0) {
			d.Retaliations += len(c.Links) - 1
		}
		d.Goldstein = round(d.Goldstein)
		out = append(out, *d)
	}
	slices.SortFunc(out, func(a, b Dyad) int {
		return cmp.Or(-cmp.Compare(a.Events, b.Events), cmp.Compare(a.A, b.A), cmp.Compare(a.B, b.B))
	})
	return out
}

// Series returns the timeline of the dyad of a and b: one Day for every
// date from its first event to its last, so that gaps show as quiet days.
func Series(events []truce.Event, a, b string) []Day {
	p := NewPair(a, b)
	by := map[int]*Day{}
	first, last := math.MaxInt, math.MinInt
	for i := range events {
		e := &events[i]
		n := dayNumber(e.Date)
		if n < 0 || !slices.Contains(Pairs(e), p) {
			continue
		}
		d := by[n]
		if d == nil {
			d = &Day{Date: e.Date}
			by[n] = d
		}
		first, last = min(first, n), max(last, n)
		d.Events++
		if e.Quad >= 1 && e.Quad <= 4 {
			d.ByQuad[e.Quad-1]++
		}
		d.Goldstein += e.Goldstein
		if e.Fatalities != nil {
			d.Fatalities += e.Fatalities.Min
		}
		d.Intensity += Severity(e)
	}
	if len(by) == 0 {
		return []Day{}
	}
	out := make([]Day, 0, last-first+1)
	intensity := make([]float64, 0, last-first+1)
	for n := first; n <= last; n++ {
		d := by[n]
		if d == nil {
			d = &Day{Date: time.Unix(int64(n)*86400, 0).UTC().Format(time.DateOnly)}
		}
		intensity = append(intensity, d.Intensity)
		out = append(out, *d)
	}
	sum := func(from, to int) float64 { // days [from, to] by index
		s := 0.0
		for k := max(0, from); k <= to && k < len(intensity); k++ {
			s += intensity[k]
		}
		return s
	}
	for k := range out {
		out[k].Level = round(sum(k-6, k))
		out[k].Escalation = round(out[k].Level - sum(k-13, k-7))
		out[k].Intensity = round(out[k].Intensity)
		out[k].Goldstein = round(out[k].Goldstein)
	}
	return out
}

// round keeps three decimals, so that sums print and compare stably.
func round(x float64) float64 { return math.Round(x*1000) / 1000 }
