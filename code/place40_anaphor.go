package code

// "The capital", "the city", "the town": a place the act's own clause
// names again by a common noun is the one the story named before, even
// when the sentence names other places in other roles.

import (
	"github.com/truce-project/truce"
)

// place40Nouns are the nouns that name again, with "the", a place the
// story has named: "marched through the capital", "a curfew on the town".
var place40Nouns = filtered(map[string]bool{"capital": true, "city": true, "town": true, "village": true})

// place40Preps put an act in, on, over or through the place after them;
// "across the capital" and "through the city" spread it there.
var place40Preps = filtered(wordSet("in", "at", "on", "near", "outside", "inside", "around", "into", "within",
	"across", "through", "throughout", "over"))

// place40Anaphor returns, for an act whose clause puts it "in the
// capital" (or through, across or on the capital, the city, the town or
// the village) and names no place of its own with a place preposition,
// the place that noun stands for: the capital of the act's country, or
// the town the story named last before it, else the story's dateline.
// In "ZENDA - Police shot two men near Hentz. Thousands marched through
// the city against a law that would allow extraditions to Borduria", the
// march was in Zenda; in "... Authorities imposed a curfew on the town,
// and officials in Strelsau called for calm", the curfew was on Hentz.
// It returns loc otherwise.
func (c *Coder) place40Anaphor(d *doc, cd *candidate, loc *truce.Location) *truce.Location {
	st := cd.st
	k := place40NounAt(st, cd, &place40Nouns, &place40Preps)
	if k < 0 {
		return loc
	}
	if place40OwnPlace(st, cd, k) {
		return loc
	}
	if st.low[k] == "capital" {
		return c.place40Capital(d, cd, k, loc)
	}
	if u := prec46UnknownTownBefore(d, st, k, loc); u != nil {
		return u
	}
	at := place40Before(d, st, k, 0, func(s *sent, p *placeRef) bool {
		pr := p.place.Precision
		return (pr == "city" || pr == "point") && !inDateline(s, p) && !place40Government(s, p)
	})
	if at == nil {
		at = place40Dateline(d)
	}
	if at == nil {
		return loc
	}
	// Where the sentence names places of its own in other roles, the
	// noun keeps the town from being lent again (see lentPlace).
	if !place40Placeless(st) {
		at.Text = st.textOf(k-1, k+1)
	}
	return at
}

// place40OwnPlace reports whether the clause of cd's trigger names a
// place of its own with a place preposition, not in the dateline, beside
// the noun at token k.
func place40OwnPlace(st *sent, cd *candidate, k int) bool {
	for n := range st.places {
		p := &st.places[n]
		// A place after the noun that follows the trigger lies in what
		// the act is about ("marched through the capital against a law
		// that would let firms in Borduria ...").
		if !(cd.i < k && k < p.i) && st.clause[p.i] == st.clause[cd.i] && locPreps.has(prepBefore(st, p.i)) && !inDateline(st, p) && !commaBetween(st, p.i, cd.i) {
			return true
		}
	}
	return false
}

// place40Government reports whether p is a capital named for its
// government: "a deal with Damascus" sets no story there.
func place40Government(st *sent, p *placeRef) bool {
	m := st.mentionAt(p.i)
	return m != nil && m.kind == "capital" && !m.place
}

// place40Placeless reports whether st names no place outside its
// dateline.
func place40Placeless(st *sent) bool {
	for n := range st.places {
		if !inDateline(st, &st.places[n]) {
			return false
		}
	}
	return true
}

// place40NounAt returns the token of "the capital", "the city", "the
// town" or "the village" that a place preposition introduces in the
// clause of cd's trigger, or of its sentence when that names no place,
// or -1. A name, a comma, a possessive or a noun
// after it ("the capital Kabul", "the city council", "the town of
// Zenda") makes it no such anaphor. nouns and preps hold the nouns
// read so and the prepositions before them.
func place40NounAt(st *sent, cd *candidate, nouns, preps *wordFilter) int {
	// A sentence that names no place puts all its acts there: in
	// "Thousands marched through the capital, and police detained 40
	// who blocked roads", the roads were blocked in the capital too.
	anyClause := place40Placeless(st)
	for k := 2; k < len(st.low); k++ {
		if !nouns.has(st.low[k]) || st.low[k-1] != "the" || st.clause[k] != st.clause[cd.i] && !anyClause {
			continue
		}
		if !preps.has(st.low[k-2]) && !partOfPlace(st, k-2) || !anyClause && commaBetween(st, cd.i, k) {
			continue
		}
		if n := k + 1; n < len(st.low) {
			w := st.low[n]
			if w == "of" || w == "," && n+1 < len(st.toks) && capitalised(st.toks[n+1].text) || w == "'s" || capitalised(st.toks[n].text) || len(st.toks[n].tag) > 1 && st.toks[n].tag[:2] == "NN" {
				continue
			}
		}
		return k
	}
	return -1
}

// place40Capital returns the capital the story named as a place in st or
// the two sentences before, up to token k of st, as it wrote it, else the
// capital of the act's country: its state actor's (or the host's of its
// troops), else its actors', else the dateline's, else the story's. It
// returns loc when it knows no capital.
func (c *Coder) place40Capital(d *doc, cd *candidate, k int, loc *truce.Location) *truce.Location {
	if at := place40Before(d, cd.st, k, 2, func(s *sent, p *placeRef) bool {
		// The dictionary knows a capital's name as its government's;
		// named as a place ("in Lima") or in the dateline, it is the
		// city.
		m := s.mentionAt(p.i)
		return m != nil && m.kind == "capital" && (m.place || inDateline(s, p) || locPreps.has(prepBefore(s, p.i)))
	}); at != nil {
		return at
	}
	cc := hostCountry(cd, stateCountry(cd))
	if cc == "" {
		cc = groupCountry(cd)
	}
	if cc == "" {
		if at := place40Dateline(d); at != nil {
			cc = at.Country
		}
	}
	if cc == "" {
		cc = d.focus
	}
	if cc == "" && loc != nil {
		cc = loc.Country
	}
	at, ok := c.capitalOfOne(cc)
	if !ok {
		return loc
	}
	at.Text = cd.st.textOf(k-1, k+1)
	return &at
}

// place40Before returns, as the text wrote it, the last place before
// token k of st, in st or a sentence before it (at most back sentences
// before when back is above 0), that ok accepts, or nil.
// A place a unit noun follows only places a town ("in Zenda, in
// Ruritania's Hentz district").
func place40Before(d *doc, st *sent, k, back int, ok func(*sent, *placeRef) bool) *truce.Location {
	at := -1
	for n, s := range d.sents {
		if s == st {
			at = n
		}
	}
	for n := at; n >= 0 && (back == 0 || n >= at-back); n-- {
		s, lim := d.sents[n], k
		if n != at {
			lim = len(s.low)
		}
		for m := len(s.places) - 1; m >= 0; m-- {
			p := &s.places[m]
			if p.j > lim || p.j < len(s.low) && unitNouns.has(s.low[p.j]) || unitNouns.has(s.low[p.j-1]) || !ok(s, p) {
				continue
			}
			cp := *bareName(&p.place.Location)
			return &cp
		}
	}
	return nil
}

// place40Dateline returns the place that opens the story's dateline,
// whatever its precision: a city-state ("HONG KONG - ") too.
func place40Dateline(d *doc) *truce.Location {
	if len(d.sents) == 0 {
		return nil
	}
	st := d.sents[0]
	for n := range st.places {
		if p := &st.places[n]; p.i == 0 && inDateline(st, p) {
			cp := *bareName(&p.place.Location)
			return &cp
		}
	}
	return nil
}
