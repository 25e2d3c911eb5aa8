package code

// Places a story gives once for several sentences: the town where its
// talks were held, the border its two main states share.

import (
	"slices"

	"github.com/truce-project/truce"
)

// venueTypes are the acts of diplomacy that happen where talks are held.
var venueTypes = filtered(map[string]bool{truce.Agree: true, truce.Consult: true})

// venuesAround places an agreement or a meeting that its own words put
// in no town, only in a country of its actors, at the town where an
// agreement or meeting of the same sentence, the one before or the one
// after was held, when that town lies in a country of its actors: in
// "Ruritania and Borduria signed a border treaty on Monday. The two
// presidents signed it in Strelsau during a state visit", the treaty was
// signed in Strelsau; in "Leaders gathered in Zenda for a summit. The
// prime minister raised the case with the president at the conference",
// the talk was in Zenda. Towns are taken from the places the sentences
// gave before this pass, so that a place does not travel along a chain.
func venuesAround(d *doc) {
	type move struct {
		cd  *candidate
		loc *truce.Location
	}
	var moves []move
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || !venueTypes.has(cd.ev.Type) || loc == nil || loc.Text != "" || loc.Precision != "country" {
			continue
		}
		idx := slices.Index(d.sents, cd.st)
		if idx < 0 {
			continue
		}
		for _, n := range []int{idx, idx - 1, idx + 1} {
			if n < 0 || n >= len(d.sents) {
				continue
			}
			if v := venueIn(d, d.sents[n], cd); v != nil {
				moves = append(moves, move{cd, v})
				break
			}
		}
	}
	for _, m := range moves {
		cp := *m.loc
		m.cd.ev.Location = &cp
	}
}

// venueIn returns the town where an agreement or meeting told in st,
// other than cd, was held, when it lies in a country of cd's actors or,
// for an agreement, st tells of its signing ("shook hands at the signing
// ceremony in Zenda"), or nil.
func venueIn(d *doc, st *sent, cd *candidate) *truce.Location {
	for _, q := range d.cands {
		if q == cd || q.st != st || q.folded || !venueTypes.has(q.ev.Type) {
			continue
		}
		loc := q.ev.Location
		if loc == nil || loc.Precision != "city" && loc.Precision != "point" {
			continue
		}
		if hasCountry(cd.ev.Source, loc.Country) || hasCountry(cd.ev.Target, loc.Country) || cd.ev.Type == truce.Agree && signedAt(st) {
			return loc
		}
	}
	return nil
}

// borderOfDyad places fighting that its sentence puts only "along the
// border", naming no place and no other side, on the border of the
// story's two main states: in a story of Ruritania and Borduria that
// names their talks in a third country, "five days of fighting along the
// disputed border killed 35 people" was in Ruritania or Borduria, not in
// the host's country or its town. So was fighting a border word
// qualifies in a sentence that names the talks ("agreed to a truce at
// talks in Zenda after five days of border fighting"; see
// borderQualified). The side is the attacker's when it is one of the
// two, else the first named. An event placed in one of the two keeps its
// place. The country is placed as the story names it.
func borderOfDyad(d *doc) {
	if len(d.dyad) != 2 || d.dyad[0].Country == "" || d.dyad[1].Country == "" || d.dyad[0].Country == d.dyad[1].Country {
		return
	}
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || cd.ev.Type != truce.Assault || loc == nil {
			continue
		}
		if loc.Country == d.dyad[0].Country || loc.Country == d.dyad[1].Country || len(cd.st.places) > 0 && !borderQualified(cd) || !slices.ContainsFunc(cd.st.low, borderWord) {
			continue
		}
		side := d.dyad[0].Country
		if hasCountry(cd.ev.Source, d.dyad[1].Country) && !hasCountry(cd.ev.Source, side) {
			side = d.dyad[1].Country
		}
		if l := countryNamed(d, side); l != nil {
			cd.ev.Location = l
		}
	}
}

// countryNamed returns, as a place with no text, the country cc as the
// story names it, or nil when it never does.
func countryNamed(d *doc, cc string) *truce.Location {
	for _, st := range d.sents {
		for _, p := range st.places {
			if p.place.Precision == "country" && p.place.Country == cc {
				loc := p.place.Location
				loc.Text = ""
				return &loc
			}
		}
	}
	return nil
}
