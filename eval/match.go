package eval

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/truce-project/truce"
)

// Field names, in the order the report lists them.
var eventFields = []string{
	"type", "mode", "source", "target", "source_sector", "target_sector",
	"location_any", "location_country", "fatalities_min", "injuries_min",
	"status", "reported_by", "mediators", "terms_contain", "ceasefire",
	"ceasefire_duration_hours", "ceasefire_state", "retaliates_for",
}

// check is the outcome of one gold constraint on one predicted event.
type check struct {
	Field string
	OK    bool
	Got   string // what the predicted event had, for the report
	// HasValue is set when the predicted event had any value for the field.
	HasValue bool
}

// matchCtx is what constraints need beyond the event itself.
type matchCtx struct {
	ceasefires map[string]*truce.Ceasefire
	// assigned maps a gold key to the id of the predicted event matched to
	// it; nil while the first matching ignores retaliates_for.
	assigned map[string]string
}

func newMatchCtx(x *truce.Extraction) *matchCtx {
	mc := &matchCtx{ceasefires: map[string]*truce.Ceasefire{}}
	for i := range x.Ceasefires {
		c := &x.Ceasefires[i]
		if c.ID != "" {
			mc.ceasefires[c.ID] = c
		}
	}
	return mc
}

func upper(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }

// idMatches reports whether an actor id matches a gold code: equal, or for
// a three-letter (country) code, starting with it.
func idMatches(id, code string) bool {
	id, code = upper(id), upper(code)
	if id == "" || code == "" {
		return false
	}
	return id == code || (len(code) == 3 && strings.HasPrefix(id, code))
}

func anyActor(actors []truce.Actor, codes []string) bool {
	for _, a := range actors {
		for _, c := range codes {
			if idMatches(a.ID, c) {
				return true
			}
		}
	}
	return false
}

// actorSector is the actor's sector, or, when it has none, what follows
// the three-letter country in its id (PAKMIL → MIL).
func actorSector(a truce.Actor) string {
	if s := upper(a.Sector); s != "" {
		return s
	}
	if id := upper(a.ID); len(id) > 3 && isoCountries[id[:3]] {
		return id[3:]
	}
	return ""
}

func anySector(actors []truce.Actor, sectors []string) bool {
	for _, a := range actors {
		s := actorSector(a)
		for _, want := range sectors {
			if s != "" && s == upper(want) {
				return true
			}
		}
	}
	return false
}

func actorIDs(actors []truce.Actor) string {
	ids := make([]string, 0, len(actors))
	for _, a := range actors {
		ids = append(ids, a.ID)
	}
	return strings.Join(ids, ",")
}

func actorSectors(actors []truce.Actor) string {
	var ss []string
	for _, a := range actors {
		if s := actorSector(a); s != "" {
			ss = append(ss, s)
		}
	}
	return strings.Join(ss, ",")
}

func inFolded(s string, list []string) bool {
	f := foldString(s)
	if f == "" {
		return false
	}
	for _, l := range list {
		if foldString(l) == f {
			return true
		}
	}
	return false
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// sideChecks checks the source, target and sector constraints with the
// event's sides as given (swap false) or exchanged.
func (g *GoldEvent) sideChecks(p *truce.Event, swap bool) []check {
	src, tgt := p.Source, p.Target
	if swap {
		src, tgt = tgt, src
	}
	var cs []check
	if g.Source != nil {
		cs = append(cs, check{Field: "source", OK: anyActor(src, g.Source), Got: orNone(actorIDs(src)), HasValue: len(src) > 0})
	}
	if g.Target != nil {
		cs = append(cs, check{Field: "target", OK: anyActor(tgt, g.Target), Got: orNone(actorIDs(tgt)), HasValue: len(tgt) > 0})
	}
	if g.SourceSector != nil {
		cs = append(cs, check{Field: "source_sector", OK: anySector(src, g.SourceSector), Got: orNone(actorSectors(src)), HasValue: actorSectors(src) != ""})
	}
	if g.TargetSector != nil {
		cs = append(cs, check{Field: "target_sector", OK: anySector(tgt, g.TargetSector), Got: orNone(actorSectors(tgt)), HasValue: actorSectors(tgt) != ""})
	}
	return cs
}

func countOK(cs []check) int {
	n := 0
	for _, c := range cs {
		if c.OK {
			n++
		}
	}
	return n
}

func countCheck(field string, c *truce.Count, r *Range) check {
	if c == nil {
		return check{Field: field, Got: "(none)"}
	}
	return check{Field: field, OK: r.Contains(c.Min), Got: strconv.Itoa(c.Min), HasValue: true}
}

// checks evaluates every constraint g has on p, in eventFields order.
func (g *GoldEvent) checks(p *truce.Event, mc *matchCtx) []check {
	var cs []check
	if g.Type != nil {
		t := canonicalType(upper(p.Type))
		ok := slices.ContainsFunc(g.Type, func(w string) bool { return canonicalType(upper(w)) == t })
		cs = append(cs, check{Field: "type", OK: ok, Got: orNone(p.Type), HasValue: p.Type != ""})
	}
	if g.Mode != nil {
		ok := slices.ContainsFunc(g.Mode, func(w string) bool { return strings.EqualFold(strings.TrimSpace(w), strings.TrimSpace(p.Mode)) })
		cs = append(cs, check{Field: "mode", OK: ok, Got: orNone(p.Mode), HasValue: p.Mode != ""})
	}
	sides := g.sideChecks(p, false)
	if g.Symmetric {
		if swapped := g.sideChecks(p, true); countOK(swapped) > countOK(sides) {
			sides = swapped
		}
	}
	cs = append(cs, sides...)
	loc := p.Location
	if g.LocationAny != nil {
		c := check{Field: "location_any", Got: "(none)"}
		if loc != nil {
			c.OK = inFolded(loc.Name, g.LocationAny) || inFolded(loc.Text, g.LocationAny)
			c.Got, c.HasValue = orNone(loc.Name), loc.Name != "" || loc.Text != ""
		}
		cs = append(cs, c)
	}
	if g.LocationCountry != nil {
		c := check{Field: "location_country", Got: "(none)"}
		if loc != nil {
			c.OK = slices.ContainsFunc(g.LocationCountry, func(w string) bool { return loc.Country != "" && upper(w) == upper(loc.Country) })
			c.Got, c.HasValue = orNone(loc.Country), loc.Country != ""
		}
		cs = append(cs, c)
	}
	if g.FatalitiesMin != nil {
		cs = append(cs, countCheck("fatalities_min", p.Fatalities, g.FatalitiesMin))
	}
	if g.InjuriesMin != nil {
		cs = append(cs, countCheck("injuries_min", p.Injuries, g.InjuriesMin))
	}
	if g.Status != nil {
		ok := slices.ContainsFunc(g.Status, func(w string) bool { return strings.EqualFold(w, p.Status) })
		cs = append(cs, check{Field: "status", OK: ok, Got: orNone(p.Status), HasValue: p.Status != ""})
	}
	if g.ReportedBy != nil {
		c := check{Field: "reported_by", Got: "(none)"}
		if p.ReportedBy != nil {
			c.OK = anyActor([]truce.Actor{*p.ReportedBy}, g.ReportedBy)
			c.Got, c.HasValue = orNone(p.ReportedBy.ID), true
		}
		cs = append(cs, c)
	}
	cs = append(cs, g.ceasefireChecks(p, mc)...)
	if g.RetaliatesFor != "" {
		c := check{Field: "retaliates_for", Got: orNone(p.RetaliatesFor), HasValue: p.RetaliatesFor != ""}
		if mc.assigned == nil {
			c.OK = true // decided once a first matching is known
		} else if id := mc.assigned[g.RetaliatesFor]; id != "" && id == p.RetaliatesFor {
			c.OK = true
		}
		cs = append(cs, c)
	}
	return cs
}

// ceasefireChecks evaluates the constraints on the ceasefire p declares,
// and on the mediators of the talks or deal it tells.
func (g *GoldEvent) ceasefireChecks(p *truce.Event, mc *matchCtx) []check {
	cf := mc.ceasefires[p.CeasefireID]
	if p.CeasefireID == "" {
		cf = nil
	}
	var cs []check
	if g.Mediators != nil {
		// The event carries its mediators, or the ceasefire it opens does.
		meds := p.Mediators
		if cf != nil {
			meds = append(slices.Clip(meds), cf.Mediators...)
		}
		c := check{Field: "mediators", OK: true}
		for _, want := range g.Mediators {
			if !anyActor(meds, []string{want}) {
				c.OK = false
			}
		}
		c.Got, c.HasValue = orNone(actorIDs(meds)), len(meds) > 0
		cs = append(cs, c)
	}
	if g.TermsContain != nil {
		c := check{Field: "terms_contain", Got: "(no ceasefire)"}
		if cf != nil {
			c.OK = true
			for _, want := range g.TermsContain {
				w := foldString(want)
				if !slices.ContainsFunc(cf.Terms, func(t string) bool { return strings.Contains(foldString(t), w) }) {
					c.OK = false
				}
			}
			c.Got, c.HasValue = orNone(strings.Join(cf.Terms, "; ")), len(cf.Terms) > 0
		}
		cs = append(cs, c)
	}
	if g.Ceasefire != nil {
		got := "(none)"
		if cf != nil {
			got = cf.ID
		}
		cs = append(cs, check{Field: "ceasefire", OK: (cf != nil) == *g.Ceasefire, Got: got, HasValue: cf != nil})
	}
	if g.CeasefireDurationHours != nil {
		c := check{Field: "ceasefire_duration_hours", Got: "(no ceasefire)"}
		if cf != nil {
			c.OK = cf.DurationHours == *g.CeasefireDurationHours
			c.Got, c.HasValue = strconv.Itoa(cf.DurationHours), cf.DurationHours != 0
		}
		cs = append(cs, c)
	}
	if g.CeasefireState != nil {
		c := check{Field: "ceasefire_state", Got: "(no ceasefire)"}
		if cf != nil {
			st := canonicalState(strings.ToLower(cf.State))
			c.OK = slices.ContainsFunc(g.CeasefireState, func(w string) bool { return canonicalState(strings.ToLower(w)) == st })
			c.Got, c.HasValue = orNone(cf.State), cf.State != ""
		}
		cs = append(cs, c)
	}
	return cs
}

func allOK(cs []check) bool { return countOK(cs) == len(cs) }

// failed describes the constraints that did not hold.
func failed(cs []check, g *GoldEvent) string {
	var parts []string
	for _, c := range cs {
		if !c.OK {
			parts = append(parts, fmt.Sprintf("%s: got %s, want %s", c.Field, c.Got, g.want(c.Field)))
		}
	}
	return strings.Join(parts, "; ")
}

// want renders the gold side of a constraint.
func (g *GoldEvent) want(field string) string {
	list := func(l []string) string { return "[" + strings.Join(l, ",") + "]" }
	switch field {
	case "type":
		return list(g.Type)
	case "mode":
		return list(g.Mode)
	case "source":
		return list(g.Source)
	case "target":
		return list(g.Target)
	case "source_sector":
		return list(g.SourceSector)
	case "target_sector":
		return list(g.TargetSector)
	case "location_any":
		return list(g.LocationAny)
	case "location_country":
		return list(g.LocationCountry)
	case "fatalities_min":
		return fmt.Sprintf("[%d,%d]", g.FatalitiesMin.Lo, g.FatalitiesMin.Hi)
	case "injuries_min":
		return fmt.Sprintf("[%d,%d]", g.InjuriesMin.Lo, g.InjuriesMin.Hi)
	case "status":
		return list(g.Status)
	case "reported_by":
		return list(g.ReportedBy)
	case "mediators":
		return list(g.Mediators)
	case "terms_contain":
		return list(g.TermsContain)
	case "ceasefire":
		return strconv.FormatBool(*g.Ceasefire)
	case "ceasefire_duration_hours":
		return strconv.Itoa(*g.CeasefireDurationHours)
	case "ceasefire_state":
		return list(g.CeasefireState)
	case "retaliates_for":
		return "the event matched to " + g.RetaliatesFor
	}
	return ""
}

// maxMatching pairs gold events with predicted events one to one along
// the edges edge(g, p) allows, maximising the number of pairs by
// augmenting paths. Gold events are tried in the order given, so listing
// required ones first keeps the most of them matched; predicted events are
// tried in their order (most salient first). It returns, for each gold
// event, the index of its predicted event or -1.
func maxMatching(order []int, nPred int, edge func(g, p int) bool) map[int]int {
	predTo := make([]int, nPred)
	for i := range predTo {
		predTo[i] = -1
	}
	var try func(g int, seen []bool) bool
	try = func(g int, seen []bool) bool {
		for p := range nPred {
			if seen[p] || !edge(g, p) {
				continue
			}
			seen[p] = true
			if predTo[p] < 0 || try(predTo[p], seen) {
				predTo[p] = g
				return true
			}
		}
		return false
	}
	for _, g := range order {
		try(g, make([]bool, nPred))
	}
	goldTo := map[int]int{}
	for _, g := range order {
		goldTo[g] = -1
	}
	for p, g := range predTo {
		if g >= 0 {
			goldTo[g] = p
		}
	}
	return goldTo
}
