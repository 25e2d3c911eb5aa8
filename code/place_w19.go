package code

// Places a sentence gives by what surrounds a name: the town where the
// crowd that police fired on had gathered, an island named after a
// foreign town, the seat of a report's speakers, a capital in apposition
// to "capital", a region several countries share, the towns an act is
// spread across.

import (
	"cmp"
	"slices"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/geo"
)

// whereaboutsVerbs say where the people a relative clause describes
// were when the act hit them: "protesters who had gathered in Zenda",
// "youths who blocked roads in Strelsau", "crowds that took to the
// streets of Hentzau".
var whereaboutsVerbs = filtered(wordSet(
	"gathered", "assembled", "massed", "rallied", "marched", "blocked", "barricaded",
	"occupied", "camped", "took", "taken", "poured", "flooded", "converged",
	"protesting", "demonstrating", "marching", "gathering", "rallying", "sheltering",
	"hiding", "camping", "sitting", "staging", "staged", "protested", "demonstrated",
))

// relAux are the auxiliaries between a relative pronoun and its verb:
// "who had gathered", "who were marching".
var relAux = filtered(wordSet("had", "have", "has", "were", "was", "are", "is", "been"))

// crowdTown returns the town a restrictive relative clause on the act's
// object names as where those people were, when the clause follows the
// trigger within a few words and says where they gathered or marched:
// in "troops in Ruritania opened fire on protesters who had taken to the
// streets of Zenda" and "police fired tear gas at youths who blocked
// roads in Strelsau's old quarter" the shooting was in Zenda and in
// Strelsau. A country or province picked before yields to a town inside
// it; with no pick any town of the clause is taken. It returns nil when
// no such clause names a town.
func crowdTown(cd *candidate, pick *placeRef) *placeRef {
	if pick != nil && !coarse(pick.place.Precision) {
		return nil
	}
	st := cd.st
	from, to := whereaboutsClause(st, cd)
	if from < 0 {
		return nil
	}
	for n := range st.places {
		p := &st.places[n]
		if p.i < from || p.i >= to || p.place.Precision != "city" && p.place.Precision != "point" {
			continue
		}
		if pick != nil && p.place.Country != pick.place.Country {
			continue
		}
		return p
	}
	return nil
}

// whereaboutsClause returns the token span of a relative clause that
// tells where the act's object was ("who had gathered in Zenda"): it
// starts with "who" or "that" at most eight words after the trigger,
// with no comma before it (a clause set off by commas tells of other
// times), and its verb, after at most two auxiliaries, is one of
// whereaboutsVerbs. The span ends at the next comma or clause break. It
// returns -1, -1 when there is none.
func whereaboutsClause(st *sent, cd *candidate) (int, int) {
	for r := cd.j; r < len(st.low) && r <= cd.j+8; r++ {
		w := st.low[r]
		if w == "," || w == ";" || w == ":" {
			return -1, -1
		}
		if w != "who" && w != "that" {
			continue
		}
		v := r + 1
		for v < len(st.low) && v <= r+2 && relAux.has(st.low[v]) {
			v++
		}
		if v >= len(st.low) || !whereaboutsVerbs.has(st.low[v]) {
			return -1, -1
		}
		// "took to the streets", not "took part in a raid".
		if (st.low[v] == "took" || st.low[v] == "taken") && (v+1 >= len(st.low) || st.low[v+1] != "to") {
			return -1, -1
		}
		end := v + 1
		for end < len(st.low) && end <= v+12 && st.low[end] != "," && st.low[end] != ";" && (!clauseBreaks.has(st.low[end]) || st.low[end] == "including") {
			end++
		}
		return v + 1, end
	}
	return -1, -1
}

// islandWords after a town's name make the name an island's: "off Delft
// island", "on Zenda Island".
var islandWords = filtered(wordSet("island", "islands", "isle", "islet", "atoll"))

// islandNames re-resolves a town the gazetteer found right before an
// island word: "Sri Lanka's navy seized trawlers off Delft island" were
// off an island of Sri Lanka, not in the Dutch city of Delft. The island
// keeps the gazetteer's entry when it has one; otherwise, when no actor
// of the sentence belongs to the town's country, it is named as written
// (without a lower-case "island"), with no point, in the country of the
// sentence's first state actor. A
// town of the actors' own country keeps its place ("off Mannar island").
func (c *Coder) islandNames(st *sent) {
	for n := range st.places {
		p := &st.places[n]
		if p.place.Precision != "city" && p.place.Precision != "point" || p.j >= len(st.low) || !islandWords.has(st.low[p.j]) {
			continue
		}
		text := st.textOf(p.i, p.j+1)
		cc := ""
		own := false
		for k := range st.mentions {
			m := &st.mentions[k]
			if m.actor.Country == "" || m.kind == "sector" || m.place {
				continue
			}
			own = own || m.actor.Country == p.place.Country
			if cc == "" && isState(m.actor) {
				cc = m.actor.Country
			}
		}
		if loc, ok := c.places.Resolve(text, geo.Hint{Countries: []string{cmp.Or(cc, p.place.Country)}}); ok && !coarse(loc.Precision) && loc.Name != p.place.Name {
			loc.Text = text
			p.place.Location = loc
			p.j++
			continue
		}
		if own || cc == "" {
			continue
		}
		// "Delft island" is Delft; "Durham Island" is the island's name.
		name := text
		if !capitalised(st.toks[p.j].text) {
			name = st.textOf(p.i, p.j)
		}
		p.place.Location = truce.Location{Text: text, Name: name, Country: cc, Precision: "none"}
		p.j++
	}
}

// seatedSpeakers are the people an attribution names by where they sit:
// "officials in Strelsau said", "a spokesman in Zenda told reporters".
var seatedSpeakers = filtered(wordSet(
	"officials", "official", "sources", "source", "residents", "diplomats", "authorities",
	"witnesses", "analysts", "spokesman", "spokeswoman", "spokesperson", "officers",
	"activists", "medics", "doctors", "journalists", "correspondents", "ministry",
))

// trailingSpeaker reports whether p, after the trigger, only says where
// the speakers of an attribution set off by a comma are: in "troops
// detained three engineers at the Zenda oil site, officials in Strelsau
// said" the arrests were not in Strelsau. A speaker noun stands right
// before "in", a report verb follows within three words, and a comma
// lies between the trigger and the speakers.
func trailingSpeaker(st *sent, cd *candidate, p *placeRef) bool {
	if p.i < 3 || !seatedSpeakers.has(st.low[p.i-2]) || !commaBetween(st, cd.j, p.i) {
		return false
	}
	for k := p.j; k < len(st.low) && k <= p.j+3; k++ {
		if reportVerbs.has(st.low[k]) {
			return true
		}
	}
	return false
}

// unknownOverSpeaker returns the place the gazetteer lacks that the
// trigger's clause names, when pick only says where a report's speakers
// are: "soldiers detained three engineers at the Zenda oil site,
// officials in Strelsau said" were at Zenda, in the country of the state
// that acted (or of the speakers when no state acted). It returns nil
// otherwise.
func (c *Coder) unknownOverSpeaker(cd *candidate, pick *placeRef) *truce.Location {
	if pick == nil || !speakerPlace(cd, pick) {
		return nil
	}
	text, _ := cd.st.unresolvedAt(cd)
	if text == "" {
		return nil
	}
	cc := pick.place.Country
	for _, m := range cd.src {
		if isState(m.actor) && m.kind != "sector" {
			cc = m.actor.Country
			break
		}
	}
	return &truce.Location{Text: text, Name: text, Country: cc, Precision: "none"}
}

// namedAsCapital reports whether a capital's name stands in apposition
// to the noun "capital" ("sent troops to Ruritania's capital Strelsau",
// "the capital, Strelsau,"): the noun says the name is the town, not its
// government.
func namedAsCapital(st *sent, p *placeRef) bool {
	k := p.i - 1
	if k >= 1 && st.low[k] == "," {
		k--
	}
	return k >= 0 && st.low[k] == "capital"
}

// regionsBySentence puts a region that three or more countries share
// (the Sahel, Lake Chad, the South China Sea) in the one another place of
// the same sentence lies in: "gunmen of the Islamic State in the Sahel
// killed 40 people in Zenda, in Ruritania's Hentz region" were in
// Ruritania, not in the gazetteer's first country of the Sahel. Land two
// states dispute (the Golan Heights, the Lachin corridor) keeps its
// country, as does a region with no such place (see sharedSide for its
// actors' side).
func (c *Coder) regionsBySentence(st *sent) {
	for n := range st.places {
		p := &st.places[n]
		if p.place.Precision == "country" {
			continue
		}
		var spans []string
		for e := range c.places.Candidates(p.place.Name) {
			if e.Name == p.place.Name && e.Kind == geo.KindRegion && e.Country == p.place.Country && len(e.Countries) > 2 {
				spans = e.Countries
				break
			}
		}
		if spans == nil {
			continue
		}
		for k := range st.places {
			q := &st.places[k]
			if k != n && q.place.Country != p.place.Country && slices.Contains(spans, q.place.Country) {
				p.place.Country = q.place.Country
				break
			}
		}
	}
}

// spreadWords spread an act over the places they introduce: "raids
// across Strelsau and Zenda", "arrests throughout the capital".
var spreadWords = filtered(wordSet("across", "throughout"))

// spreadOver reports whether p is one of a list of places that a place
// preposition or a spread word introduces, the first or a later one:
// "across Strelsau, Zenda and Hentzau", "in Strelsau and Zenda". A
// country named before the trigger ("police in Ruritania detained 40
// journalists in raids across Strelsau and Zenda") yields to such a town.
func spreadOver(st *sent, p *placeRef) bool {
	k := p.i
	for k >= 2 && (st.low[k-1] == "and" || st.low[k-1] == "," || st.low[k-1] == "or") {
		q := st.placeEndingAt(k - 1)
		if q == nil {
			break
		}
		k = q.i
	}
	w := prepBefore(st, k)
	return locPreps.has(w) || spreadWords.has(w)
}

// spreadTown reports whether p is a town an act is spread over ("raids
// across Strelsau"), not one it crossed: "across" before a town's name
// places the act in the town, while "across the border" or "across
// Ruritania" stays a path.
func spreadTown(st *sent, p *placeRef) bool {
	return (p.place.Precision == "city" || p.place.Precision == "point") && spreadWords.has(prepBefore(st, p.i))
}
