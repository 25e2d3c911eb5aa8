package code

// Capitals and sites: events placed "in the capital" and sites placed in
// their towns.

import (
	"strings"
	"sync"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/actor"
	"github.com/truce-project/truce/geo"
)

// capitalWords are the nouns that name a country's capital without naming
// it: "in the capital", "in Ruritania's capital".
var capitalWords = filtered(map[string]bool{"capital": true, "capital's": true})

// inCapital places an event that the text puts "in the capital" of a
// country it does not name there, or "in Ruritania's capital", in that
// capital: the country named before the possessive, else that of the
// event's first state actor ("the president declared a curfew in the
// capital"). It returns nil when the clause says no such thing or no
// capital is known.
func (c *Coder) inCapital(cd *candidate) *truce.Location {
	st := cd.st
	for k := 1; k < len(st.low); k++ {
		if !capitalWords.has(st.low[k]) || st.clause[k] != st.clause[cd.i] {
			continue
		}
		// "a capital offence", "capital flight": the capital must follow
		// "the" or a country's possessive, after a place preposition.
		cc := ""
		switch {
		case st.low[k-1] == "the" && k >= 2 && (locPreps.has(st.low[k-2]) || partOfPlace(st, k-2)):
			cc = hostCountry(cd, stateCountry(cd))
			if cc == "" {
				cc = groupCountry(cd)
			}
		case st.isPossessive(k - 1):
			if m := st.mentionAt(k - 2); m != nil && (m.kind == "country" || m.kind == "demonym") && k >= 3 && locPreps.has(prepBefore(st, m.i)) {
				cc = m.actor.Country
			}
		}
		if cc == "" {
			continue
		}
		if loc, ok := c.capitalOf(cc); ok {
			loc.Text = st.textOf(k-1, k+1)
			return &loc
		}
	}
	return nil
}

// groupCountry returns the country of the event's first actor that has
// one, source first: "bombed rebel positions in the east of the capital"
// is in the rebels' country when no state is named.
func groupCountry(cd *candidate) string {
	for _, ms := range [][]*mention{cd.src, cd.tgt} {
		for _, m := range ms {
			if m.actor.Country != "" {
				return m.actor.Country
			}
		}
	}
	return ""
}

// partOfPlace reports whether token k is the "of" of a part of a place
// that a place preposition introduces: "in the east of", "on the northern
// outskirts of", "in parts of"; crowds that "took to the streets of" a
// town marched in it.
func partOfPlace(st *sent, k int) bool {
	if k < 2 || st.low[k] != "of" || !placeParts.has(st.low[k-1]) {
		return false
	}
	n := k - 2
	if strings.HasSuffix(st.low[n], "ern") { // "the northern outskirts of"
		n--
	}
	if n >= 0 && st.low[n] == "the" || st.low[n] == "some" || st.low[n] == "several" {
		n--
	}
	return n >= 0 && (locPreps.has(st.low[n]) || st.low[n] == "to" && st.low[k-1] == "streets")
}

// placeParts are nouns for a part of a town.
var placeParts = filtered(map[string]bool{
	"east": true, "west": true, "north": true, "south": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "north-east": true, "north-west": true, "south-east": true,
	"south-west": true, "centre": true, "center": true, "heart": true, "outskirts": true, "edge": true,
	"suburbs": true, "part": true, "parts": true, "streets": true, "districts": true, "neighbourhoods": true,
	"neighborhoods": true,
})

// stateCountry returns the country of the event's first state actor,
// source first, or "".
func stateCountry(cd *candidate) string {
	for _, ms := range [][]*mention{cd.src, cd.tgt} {
		for _, m := range ms {
			if isState(m.actor) {
				return m.actor.Country
			}
		}
	}
	return ""
}

// capitalKey names the capitals of one gazetteer and actor dictionary.
type capitalKey struct {
	g *geo.Gazetteer
	d *actor.Dictionary
}

// capitals caches, per gazetteer and dictionary, each country's capital:
// finding them reads every row of the gazetteer once.
var capitals sync.Map // capitalKey → map[string]truce.Location

// capitalOf returns the location of a country's capital: the most populous
// city of that country that the actor dictionary knows as its capital.
func (c *Coder) capitalOf(iso3 string) (truce.Location, bool) {
	key := capitalKey{c.places, c.actors}
	v, ok := capitals.Load(key)
	if !ok {
		v, _ = capitals.LoadOrStore(key, c.findCapitals())
	}
	loc, ok := v.(map[string]truce.Location)[iso3]
	return loc, ok
}

// findCapitals maps each country to its capital's location.
func (c *Coder) findCapitals() map[string]truce.Location {
	out := map[string]truce.Location{}
	pop := map[string]int{}
	for _, cand := range c.places.All() {
		if cand.Kind != "city" || cand.Population < pop[cand.Country] {
			continue
		}
		ms := c.actors.Find(cand.Name, time.Time{})
		if !namesCapital(ms, cand) {
			continue
		}
		if loc, ok := c.places.Resolve(cand.Name, geo.Hint{Countries: []string{cand.Country}}); ok && loc.Country == cand.Country {
			out[cand.Country], pop[cand.Country] = loc, cand.Population
		}
	}
	return out
}

// siteTown returns, for a site named after its town ("the Zaporizhzhia
// nuclear plant"), the town: news and the events it tells are placed in
// towns, and a plant or base is drawn where its town is. Other locations
// come back as they are.
func (c *Coder) siteTown(loc truce.Location) truce.Location {
	if loc.Precision != "city" || loc.Text == "" || !c.isSite(loc) {
		return loc
	}
	words := strings.Fields(loc.Text)
	for n := len(words) - 1; n >= 1; n-- {
		name := strings.Join(words[:n], " ")
		for _, cand := range c.places.Lookup(name) {
			if cand.Country != loc.Country || cand.Kind != geo.KindCity && cand.Kind != geo.KindTown {
				continue
			}
			town, ok := c.places.Resolve(cand.Name, geo.Hint{Countries: []string{loc.Country}})
			if ok && town.Country == loc.Country && town.Name == cand.Name {
				town.Text = name
				return town
			}
		}
	}
	return loc
}

// isSite reports whether a location is a gazetteer site (a plant, a base,
// a pass) rather than a town.
func (c *Coder) isSite(loc truce.Location) bool {
	for cand := range c.places.Candidates(loc.Name) {
		if cand.Name == loc.Name && cand.Country == loc.Country && cand.Kind == geo.KindSite {
			return true
		}
	}
	return false
}
