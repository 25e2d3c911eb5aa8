package code

// Acts that their own words place only in a country: at the one town of
// that country their sentence or the next names, at the town the story is
// filed from, or, for a measure declared for the whole country, in the
// country.

import (
	"strings"

	"github.com/truce-project/truce"
)

// place39Places runs the passes of this file once every sentence's events
// are placed: nationwide measures first, then a town told around the act,
// then the dateline's town.
func (c *Coder) place39Places(d *doc) {
	c.place39Nationwide(d)
	place39TownAround(d)
	place39DatelineFallback(d)
}

// place39DatelineFallback places a physical act that no place of its own
// locates, only its actors' country, at the town of the story's dateline
// when that town lies in the same country: in "ZENDA, Ruritania - Police
// said they had detained three men", the arrests were in Zenda. A measure
// a government declares for the country (a state of emergency) stays
// where it is (see place39Nationwide).
func place39DatelineFallback(d *doc) {
	at := storyDateline(d)
	if at == nil {
		return
	}
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || !place39Material(cd.ev) || cd.ev.Type == truce.Cooperate || cd.ev.Type == truce.Sanction || cd.ev.Type == truce.Aid || countryWide(cd.st) {
			continue
		}
		if loc == nil || loc.Text != "" || loc.Precision != "country" || loc.Country != at.Country {
			continue
		}
		cp := *at
		cd.ev.Location = &cp
	}
}

// place39Nationwide puts a state of emergency or martial law back in its
// country when its sentence names no place and its clause no part of the
// country ("in the capital", "in the region"): "The government had
// declared a state of emergency on Wednesday" covered the country, not
// the town the story was set in before.
func (c *Coder) place39Nationwide(d *doc) {
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || cd.ev.Mode != "martial-law" || loc == nil || loc.Country == "" || loc.Precision == "country" {
			continue
		}
		if loc.Text != "" && strings.Contains(cd.ev.Evidence.Sentence, loc.Text) || place39NamesPlace(cd) {
			continue
		}
		cc, ok := c.places.Country(loc.Country)
		if !ok {
			continue
		}
		cd.ev.Location = &truce.Location{Name: cc.Name, Country: cc.Country, Lat: cc.Lat, Lon: cc.Lon,
			GeonamesID: cc.GeonamesID, Precision: "country"}
	}
}

// place39NamesPlace reports whether cd's sentence names a place outside
// its dateline, or its clause puts the act "in the" or "across the" part
// of a country other than the country or nation itself.
func place39NamesPlace(cd *candidate) bool {
	st := cd.st
	for n := range st.places {
		if !inDateline(st, &st.places[n]) && !mode49OwnCountryNamed(cd, &st.places[n]) {
			return true
		}
	}
	for k := 2; k < len(st.low); k++ {
		if st.clause[k] != st.clause[cd.i] || st.low[k-1] != "the" || !locPreps.has(st.low[k-2]) && st.low[k-2] != "across" {
			continue
		}
		if w := st.low[k]; w != "country" && w != "nation" {
			return true
		}
	}
	return false
}

// place39TownAround places an act that no place of its own locates, only
// its actors' country, at the one town of that country that its sentence
// names, or else the next sentence when that sentence tells no act of its
// own and the country is the doers' own: "Ruritania extradited the former
// minister to Borduria on Monday. He was put on a plane at the Zenda air
// base" was at Zenda, but "Hamas handed over the remains" to Israel was
// not done in the Israeli town the next sentence names.
func place39TownAround(d *doc) {
	for k, st := range d.sents {
		for _, cd := range d.cands {
			loc := cd.ev.Location
			if cd.st != st || cd.folded || !place39Material(cd.ev) || countryWide(st) || loc == nil || loc.Text != "" || loc.Precision != "country" {
				continue
			}
			p := place39OneTown(st, loc.Country)
			if p == nil && k+1 < len(d.sents) && place39DoersIn(cd.ev, loc.Country) && !tellsAct(d, d.sents[k+1]) {
				p = place39OneTown(d.sents[k+1], loc.Country)
			}
			if p == nil {
				continue
			}
			cd.ev.Location = bareName(&p.place.Location)
		}
	}
}

// place39DoersIn reports whether a source of ev belongs to country cc.
func place39DoersIn(ev truce.Event, cc string) bool {
	for _, a := range ev.Source {
		if a.Country == cc {
			return true
		}
	}
	return false
}

// place39OneTown returns the one town of country cc that st names outside
// its dateline, or nil when it names none or several.
func place39OneTown(st *sent, cc string) *placeRef {
	var one *placeRef
	for n := range st.places {
		p := &st.places[n]
		if p.place.Precision != "city" || p.place.Country != cc || inDateline(st, p) || !place39AtPrep(prepBefore(st, p.i)) {
			continue
		}
		if one != nil && one.place.Name != p.place.Name {
			return nil
		}
		one = p
	}
	return one
}

// place39Material reports whether ev is an act done somewhere rather than
// a statement, and no measure for a whole country: an assault, a protest,
// coercion, a retreat, a deployment, aid, an expulsion or a handover.
func place39Material(ev truce.Event) bool {
	switch ev.Type {
	case truce.Assault, truce.Protest, truce.Coerce, truce.Retreat, truce.Mobilize, truce.Cooperate, truce.Sanction, truce.Aid:
		return ev.Mode != "martial-law"
	}
	return false
}

// place39AtPrep reports whether prep puts something at a place: "in",
// "at", "near", or "of" ("the outskirts of", "flown out of").
func place39AtPrep(prep string) bool {
	return locPreps.has(prep) || prep == "of"
}
