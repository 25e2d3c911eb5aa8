package geo

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
)

// Hint carries context from the caller: the countries (ISO3) an article is
// about, in order of weight.
type Hint struct {
	Countries []string
}

// stopInitial lists names that are common English words when capitalised
// only because they open a sentence ("May", "Nice", "Split").
var stopInitial = map[string]bool{
	"may": true, "nice": true, "bath": true, "reading": true, "mobile": true,
	"split": true, "buffalo": true, "of": true, "male": true, "sale": true,
	"hull": true, "deal": true, "wells": true, "march": true, "hope": true,
	"orange": true, "independence": true, "union": true, "sake": true,
	"tank": true, "bar": true, "bay": true, "chin": true, "kaya": true,
}

// keepBefore lists capitalised words that may follow a place name without
// making it part of some other proper name: "Kabul Airport", "Pakistan Army",
// "Islamabad High Court".
var keepBefore = map[string]bool{
	"army": true, "armed": true, "air": true, "force": true, "forces": true,
	"police": true, "government": true, "ministry": true, "minister": true,
	"province": true, "provincial": true, "district": true, "state": true,
	"city": true, "region": true, "university": true, "airport": true,
	"border": true, "foreign": true, "defence": true, "defense": true,
	"navy": true, "naval": true, "health": true, "interior": true,
	"high": true, "supreme": true, "court": true, "parliament": true,
	"senate": true, "assembly": true, "cabinet": true, "embassy": true,
	"consulate": true, "national": true, "red": true, "international": true,
	"president": true, "prime": true, "chief": true, "governor": true,
	"military": true, "security": true, "intelligence": true, "valley": true,
	"river": true, "highway": true, "road": true, "port": true, "sea": true,
	"coast": true, "zone": true, "camp": true, "crossing": true,
	"corridor": true, "front": true, "frontier": true, "office": true,
	"authorities": true, "authority": true, "officials": true,
	"commission": true, "central": true, "bank": true, "council": true,
	"muslims": true, "christians": true, "refugees": true,
	"taliban": true, "cricket": true, "media": true, "news": true,
}

// demonyms name a country without naming a place ("Pakistani airstrikes");
// they add the country to a text's focus.
var demonyms = map[string]string{
	"afghan": "AFG", "afghans": "AFG", "pakistani": "PAK", "pakistanis": "PAK",
	"indian": "IND", "indians": "IND", "israeli": "ISR", "israelis": "ISR",
	"palestinian": "PSE", "palestinians": "PSE", "lebanese": "LBN",
	"libyan": "LBY", "libyans": "LBY", "sudanese": "SDN", "ukrainian": "UKR",
	"ukrainians": "UKR", "russian": "RUS", "russians": "RUS", "syrian": "SYR",
	"syrians": "SYR", "yemeni": "YEM", "yemenis": "YEM", "somali": "SOM",
	"nigerian": "NGA", "nigerians": "NGA", "malian": "MLI", "congolese": "COD",
	"iranian": "IRN", "iranians": "IRN", "iraqi": "IRQ", "iraqis": "IRQ",
	"turkish": "TUR", "american": "USA", "americans": "USA", "british": "GBR",
	"chinese": "CHN", "burmese": "MMR", "egyptian": "EGY", "jordanian": "JOR",
	"saudi": "SAU", "qatari": "QAT", "emirati": "ARE", "ethiopian": "ETH",
	"eritrean": "ERI", "chadian": "TCD", "nigerien": "NER", "burkinabe": "BFA",
	"mexican": "MEX", "spanish": "ESP", "venezuelan": "VEN",
	"argentine": "ARG", "argentinian": "ARG", "chilean": "CHL", "egyptians": "EGY",
	"australian": "AUS", "canadian": "CAN", "georgian": "GEO",
	"bangladeshi": "BGD", "french": "FRA", "german": "DEU",
	"philippine": "PHL", "filipino": "PHL", "colombian": "COL", "haitian": "HTI",
}

// match is one place name found in a text.
type match struct {
	ti, tj int // tokens [ti, tj)
	ids    []int32
	best   int32
}

// Find locates place names in text and resolves each. It matches
// capitalised word sequences, and border or region names written in lower
// case after "the" ("the yellow line"), preferring the longest name that
// starts at a word. Start and End of each place count code points in text.
//
// An ambiguous name resolves to a candidate in a country of the text's
// focus (countries of the unambiguous places found in it, countries named by
// a demonym such as "Pakistani", and hint.Countries), then to one whose
// admin1 unit or country is named right after it ("Hyderabad, Sindh"), then
// to the most populous. A name followed by a capitalised word that is not a
// place ("Jordan Peterson"), and a word such as "May" capitalised only
// because it opens a sentence, are not places.
func (g *Gazetteer) Find(text string, hint Hint) []truce.Place {
	if text == "" {
		return nil
	}
	toks, norm := tokenize(text, make([]token, 0, len(text)/6+4), make([]byte, 0, len(text)+8))
	word := func(i int) string { return string(norm[toks[i].nstart:toks[i].nend]) }

	var matches []match
	focus := make([]string, 0, 8)
	for _, c := range hint.Countries {
		focus = append(focus, strings.ToUpper(strings.TrimSpace(c)))
	}
	for i := 0; i < len(toks); {
		t := toks[i]
		lineOnly := false
		var p *phrase
		switch {
		case t.upper:
			p = g.longest(toks, norm, i, false)
		case i > 0 && t.spaced && word(i-1) == "the":
			p = g.longest(toks, norm, i, true)
			lineOnly = true
		}
		if p == nil {
			if t.upper {
				if c := demonyms[word(i)]; c != "" && !slices.Contains(focus, c) {
					focus = append(focus, c)
				}
			}
			i++
			continue
		}
		j := i + len(p.words)
		if g.notPlace(toks, norm, i, j) {
			i = j
			continue
		}
		ids := g.byKey[p.key]
		if lineOnly {
			ids = g.lineLike(ids)
		}
		matches = append(matches, match{ti: i, tj: j, ids: ids, best: ids[0]})
		i = j
	}
	if len(matches) == 0 {
		return nil
	}
	for _, m := range matches {
		c := g.entries[m.ids[0]].Country
		same := true
		for _, id := range m.ids[1:] {
			if g.entries[id].Country != c {
				same = false
				break
			}
		}
		if same && !slices.Contains(focus, c) {
			focus = append(focus, c)
		}
	}
	places := make([]truce.Place, 0, len(matches))
	for k := range matches {
		m := &matches[k]
		if len(m.ids) > 1 {
			var next *match
			if k+1 < len(matches) && matches[k+1].ti == m.tj && adjacent(text[toks[m.tj-1].bend:toks[m.tj].bstart]) {
				next = &matches[k+1]
			}
			m.best = g.choose(m.ids, focus, next)
		}
		e := &g.entries[m.best]
		first, last := toks[m.ti], toks[m.tj-1]
		places = append(places, truce.Place{
			Location: g.location(e, text[first.bstart:last.bend]),
			Start:    first.start,
			End:      last.end,
		})
	}
	return places
}

// adjacent reports whether gap, the text between two place names, makes the
// second qualify the first: "Hyderabad, Sindh", "Tripoli (Libya)".
func adjacent(gap string) bool {
	return strings.Trim(gap, " ,(\u00a0") == ""
}

// longest returns the longest phrase starting at token i, or nil. With
// lineOnly it considers only border and region names.
func (g *Gazetteer) longest(toks []token, norm []byte, i int, lineOnly bool) *phrase {
	ps := g.byFirst[string(norm[toks[i].nstart:toks[i].nend])]
	for _, p := range ps {
		if lineOnly && !p.lineLike {
			continue
		}
		if i+len(p.words) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(p.words); k++ {
			t := toks[i+k]
			if !t.joined || string(norm[t.nstart:t.nend]) != p.words[k] {
				ok = false
				break
			}
		}
		if ok {
			return p
		}
	}
	return nil
}

// notPlace reports whether the name in tokens [i, j) is a common word
// opening a sentence, or the first part of a longer proper name.
func (g *Gazetteer) notPlace(toks []token, norm []byte, i, j int) bool {
	if j == i+1 && toks[i].sentenceStart && stopInitial[string(norm[toks[i].nstart:toks[i].nend])] {
		return true
	}
	if j >= len(toks) {
		return false
	}
	n := toks[j]
	if !n.spaced || !n.upper || !toks[i].upper {
		return false
	}
	w := norm[n.nstart:n.nend]
	if keepBefore[string(w)] || demonyms[string(w)] != "" {
		return false
	}
	return g.longest(toks, norm, j, false) == nil
}

// lineLike keeps the border and region entries of ids.
func (g *Gazetteer) lineLike(ids []int32) []int32 {
	out := make([]int32, 0, len(ids))
	for _, id := range ids {
		if k := g.entries[id].Kind; k == KindBorder || k == KindRegion {
			out = append(out, id)
		}
	}
	return out
}

// choose picks among the candidates ids of one name: first those in a focus
// country, then one whose admin1 unit or country is the name that follows
// (next, may be nil), then the best ranked.
func (g *Gazetteer) choose(ids []int32, focus []string, next *match) int32 {
	best, bestRank := ids[0], -1
	for _, id := range ids {
		e := &g.entries[id]
		rank := 0
		for _, c := range e.Countries {
			if slices.Contains(focus, c) {
				rank = 2
				break
			}
		}
		if next != nil && g.qualifies(e, next.ids) {
			rank++
		}
		// ids are sorted best first, so a strictly higher rank is needed
		// to displace an earlier candidate.
		if rank > bestRank {
			best, bestRank = id, rank
		}
	}
	return best
}

// qualifies reports whether one of the entries ids is e's admin1 unit or
// country.
func (g *Gazetteer) qualifies(e *entry, ids []int32) bool {
	for _, id := range ids {
		q := &g.entries[id]
		if q.Country != e.Country {
			continue
		}
		switch q.Kind {
		case KindCountry:
			return true
		case KindAdmin1:
			if e.admin1Key != "" && q.admin1Key == e.admin1Key {
				return true
			}
		}
	}
	return false
}

// location converts an entry to a truce.Location named by text.
func (g *Gazetteer) location(e *entry, text string) truce.Location {
	return truce.Location{
		Text:       text,
		Name:       e.Name,
		Country:    e.Country,
		Admin1:     e.Admin1,
		Lat:        e.Lat,
		Lon:        e.Lon,
		GeonamesID: e.GeonamesID,
		Precision:  e.Precision(),
	}
}

// Resolve resolves one place name, such as the place of a single event, with
// context: a candidate in the earliest hint country wins, else the best
// ranked. It reports false for a name the gazetteer does not know.
func (g *Gazetteer) Resolve(name string, hint Hint) (truce.Location, bool) {
	key := normKey(name)
	ids := g.byKey[key]
	if len(ids) == 0 {
		if rest, ok := strings.CutPrefix(key, "the "); ok {
			ids = g.byKey[rest]
		}
	}
	if len(ids) == 0 {
		return truce.Location{}, false
	}
	best := ids[0]
	if len(ids) > 1 {
	hints:
		for _, c := range hint.Countries {
			for _, id := range ids {
				if slices.Contains(g.entries[id].Countries, strings.ToUpper(c)) {
					best = id
					break hints
				}
			}
		}
	}
	return g.location(&g.entries[best], strings.TrimSpace(name)), true
}
