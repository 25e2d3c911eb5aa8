package code

// "The Cuban capital": a capital named by its country's demonym.

import (
	"slices"
	"sync"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/geo"
)

// demonymCapitals adds to st's places the capital a demonym names with
// "the" and "capital": "flew to the Cuban capital for the ceremony" went
// to Havana, and "will meet in the Omani capital" in Muscat, whatever
// other place the sentence names. The demonym then names a place, not an
// actor. A capital the text names right after ("the Kenyan capital,
// Nairobi" or "the Kenyan capital Nairobi") is a place already and is
// left alone, and so is one the sentence names already (a wire dateline).
func (c *Coder) demonymCapitals(st *sent) {
	for k := 2; k < len(st.low); k++ {
		if !capitalWords.has(st.low[k]) {
			continue
		}
		m := st.mentionAt(k - 1)
		if m == nil || m.kind != "demonym" || m.j != k || m.i < 1 || st.low[m.i-1] != "the" || m.actor.Country == "" {
			continue
		}
		// "the Kenyan capital markets regulator": capital as a modifier.
		if prec48CapitalAsModifier(st, k) {
			continue
		}
		if st.isPlace(k) || st.isPlace(m.i) || k+1 < len(st.low) && st.isPlace(k+1) || k+2 < len(st.low) && st.low[k+1] == "," && st.isPlace(k+2) {
			continue
		}
		// "the Cuban capital" after a word that puts something there ("in",
		// "to", "through", "outside", "the streets of"); not as the
		// subject of a clause.
		if m.i < 2 || !placePreps.has(st.low[m.i-2]) && !partOfPlace(st, m.i-2) && !prec47CapitalAimed(st, m.i-2, k+1) {
			continue
		}
		loc, ok := c.capitalOfOne(m.actor.Country)
		if !ok {
			continue
		}
		// "NUR-SULTAN - Envoys met in the Kazakh capital": the sentence
		// names the town already, as it is written there.
		if slices.ContainsFunc(st.places, func(p placeRef) bool { return p.place.Name == loc.Name && p.place.Country == loc.Country }) {
			continue
		}
		loc.Text = st.textOf(m.i-1, k+1)
		m.place = true
		ref := placeRef{i: m.i - 1, j: k + 1, place: truce.Place{Location: loc, Start: st.toks[m.i-1].start, End: st.toks[k].end}}
		at, _ := slices.BinarySearchFunc(st.places, ref.i, func(p placeRef, i int) int { return p.i - i })
		st.places = slices.Insert(st.places, at, ref)
	}
}

// oneCapitalKey names the capital of one country in one gazetteer and
// actor dictionary.
type oneCapitalKey struct {
	capitalKey
	iso3 string
}

// oneCapital is a capital found, or the note that none was.
type oneCapital struct {
	loc truce.Location
	ok  bool
}

// oneCapitals caches the capitals capitalOfOne finds country by country.
var oneCapitals sync.Map // oneCapitalKey → oneCapital

// capitalOfOne is capitalOf for a single country: it reads the table of
// every capital when it is built already, and otherwise only the towns
// of that country, so that a rare "the Cuban capital" does not build the
// whole table (see findCapitals, whose choice it repeats).
func (c *Coder) capitalOfOne(iso3 string) (truce.Location, bool) {
	key := capitalKey{c.places, c.actors}
	if v, ok := capitals.Load(key); ok {
		loc, ok := v.(map[string]truce.Location)[iso3]
		return loc, ok
	}
	one := oneCapitalKey{key, iso3}
	if v, ok := oneCapitals.Load(one); ok {
		r := v.(oneCapital)
		return r.loc, r.ok
	}
	var r oneCapital
	pop := 0
	for _, cand := range c.places.CitiesOf(iso3) {
		if cand.Population < pop {
			continue
		}
		ms := c.actors.Find(cand.Name, time.Time{})
		if !namesCapital(ms, cand) {
			continue
		}
		if loc, ok := c.places.Resolve(cand.Name, geo.Hint{Countries: []string{cand.Country}}); ok && loc.Country == cand.Country {
			r, pop = oneCapital{loc, true}, cand.Population
		}
	}
	oneCapitals.Store(one, r)
	return r.loc, r.ok
}
