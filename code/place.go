package code

import (
	"unicode"
	"unicode/utf8"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/geo"
)

// unresolvedPlace returns capitalised words after a place preposition in the
// trigger's clause that are neither an actor nor a resolved place: a place
// the gazetteer does not know.
func (st *sent) unresolvedPlace(cd *candidate) string {
	for k := cd.i + 1; k < len(st.low)-1; k++ {
		if st.clause[k] != st.clause[cd.i] {
			break
		}
		if st.low[k] != "in" && st.low[k] != "near" && st.low[k] != "at" && st.low[k] != "outside" {
			continue
		}
		n := k + 1
		if n < len(st.low) && (st.low[n] == "the" || directions[st.low[n]]) {
			n++
		}
		i := n
		for n < len(st.toks) && capitalised(st.toks[n].text) && st.mentionAt(n) == nil && !st.isPlace(n) && !weekdayOrMonth(st.low[n]) {
			n++
		}
		if n > i {
			return st.textOf(i, n)
		}
	}
	return ""
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func weekdayOrMonth(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december":
		return true
	}
	return false
}

// isPlace reports whether token k is part of a resolved place.
func (st *sent) isPlace(k int) bool {
	for _, p := range st.places {
		if p.i <= k && k < p.j {
			return true
		}
	}
	return false
}

// countryLocation places an event in the country of a state actor in it
// when the text names no place, else in the article's focus country (the
// one most of its places are in).
func (c *Coder) countryLocation(focus string, sides ...[]truce.Actor) *truce.Location {
	cc := ""
	for _, side := range sides {
		for _, a := range side {
			if cc == "" && isState(a) {
				cc = a.Country
			}
		}
	}
	if cc == "" {
		cc = focus
	}
	if cand, ok := c.places.Country(cc); ok {
		return &truce.Location{Name: cand.Name, Country: cand.Country, Lat: cand.Lat, Lon: cand.Lon,
			GeonamesID: cand.GeonamesID, Precision: "country"}
	}
	return &truce.Location{Precision: "none"}
}

// countryOfEvent returns the country where an event happened, or of its
// first actor with one.
func countryOfEvent(loc *truce.Location, as []truce.Actor) string {
	if loc != nil && loc.Country != "" {
		return loc.Country
	}
	for _, a := range as {
		if a.Country != "" {
			return a.Country
		}
	}
	return ""
}

// locate picks an event's place: a place named after the trigger in its
// clause, else one before it in the clause; nil when the sentence names none.
func (c *Coder) locate(cd *candidate) *truce.Location {
	st := cd.st
	var pick *placeRef
	if cd.e.has(flagVisit) {
		for n := range st.places {
			if p := &st.places[n]; usedAsActor(cd, p) {
				loc := p.place.Location
				return &loc
			}
		}
	}
	// A country or capital named as an actor ("mediated by Qatar") is not
	// where the event happened.
	isActor := func(p *placeRef) bool {
		if usedAsActor(cd, p) {
			return true
		}
		for _, m := range st.mentions {
			if !m.place && m.kind != "sector" && m.i < p.j && p.i < m.j {
				return true
			}
		}
		// A country named without a place preposition is an actor or an
		// adjective ("Iranian-made drones"), not where it happened.
		return p.place.Precision == "country" && !afterPlacePrep(st, p.i)
	}
	for n := range st.places {
		p := &st.places[n]
		if !isActor(p) && p.i >= cd.j && st.clause[p.i] == st.clause[cd.i] {
			pick = p
			break
		}
	}
	for n := range st.places {
		p := &st.places[n]
		if pick == nil && !isActor(p) && p.i >= cd.j && p.i < cd.next {
			pick = p
			break
		}
	}
	if pick == nil {
		for n := range st.places {
			p := &st.places[n]
			if !isActor(p) && p.j <= cd.i && p.i >= cd.prev {
				pick = p
			}
		}
	}
	if pick == nil {
		return nil
	}
	loc := pick.place.Location
	return &loc
}

// usedAsActor reports whether a place's words are one of the event's actors.
func usedAsActor(cd *candidate, p *placeRef) bool {
	for _, ms := range [][]*mention{cd.src, cd.tgt} {
		for _, m := range ms {
			if m.i < p.j && p.i < m.j {
				return true
			}
		}
	}
	return false
}

// qualifyPlaces re-resolves a place named right after a country's
// possessive in that country: "Haiti's Delmas" is not South Africa's.
func (c *Coder) qualifyPlaces(st *sent) {
	for n := range st.places {
		p := &st.places[n]
		if p.i < 2 || !st.isPossessive(p.i-1) {
			continue
		}
		m := st.mentionAt(p.i - 2)
		if m == nil || m.actor.Country == "" || m.actor.Country == p.place.Country || !isState(m.actor) {
			continue
		}
		loc, ok := c.places.Resolve(p.place.Text, geo.Hint{Countries: []string{m.actor.Country}})
		if !ok || loc.Country != m.actor.Country {
			// Better a place we cannot draw than one in the wrong country.
			loc = truce.Location{Name: p.place.Text, Country: m.actor.Country, Precision: "none"}
		}
		loc.Text = p.place.Text
		p.place.Location = loc
	}
}
