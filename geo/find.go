package geo

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/bloom"
)

// Hint carries context from the caller: the countries (ISO3) an article is
// about, in order of weight.
type Hint struct {
	Countries []string
}

// match is one place name found in a text.
type match struct {
	ti, tj int // tokens [ti, tj)
	ids    []int32
	best   int32
	// curated reports that a curated row spells the name; a name only
	// the generated gazetteer knows needs more support to count.
	curated bool
	// common reports a generated-only name that is also a first name or
	// surname: it counts only for a big place in a focus country.
	common bool
}

// maxNameWords bounds the words of a generated name tried at one token.
const maxNameWords = 6

// Find locates place names in text and resolves each. It matches
// capitalised word sequences (or ones opened by a lower-case Arabic
// article, "el-Fasher"), and border or region names written in lower
// case after "the" ("the yellow line"), preferring the longest name that
// starts at a word. Start and End of each place count code points in text.
//
// An ambiguous name resolves by a score: population and kind, plus a bonus
// for a candidate in a country of the text's focus (countries of the
// places found in it that are unambiguous, countries named by a demonym
// such as "Pakistani", and hint.Countries), and a bigger one for a
// candidate whose admin1 unit or country is named right after it
// ("Hyderabad, Sindh"). Small places of the generated gazetteer count only
// with such support, and a name only the generated gazetteer knows must
// not be a common English word or first name. A name after a title ("Mr",
// "General") or a capitalised first name, or before a capitalised word that
// is not a place ("Jordan Peterson"), and a word such as "May" capitalised
// only because it opens a sentence, are not places.
func (g *Gazetteer) Find(text string, hint Hint) []truce.Place {
	if text == "" {
		return nil
	}
	buf, _ := g.findBufs.Get().(*findBuf)
	if buf == nil {
		buf = new(findBuf)
	}
	defer g.findBufs.Put(buf)
	toks, norm := tokenize(text, slices.Grow(buf.toks[:0], len(text)/6+4), slices.Grow(buf.norm[:0], len(text)+8))
	buf.toks, buf.norm = toks, norm
	// word is token i's normalised form, read in place: the comparisons
	// and map lookups that take string(word(i)) copy nothing.
	word := func(i int) []byte { return norm[toks[i].nstart:toks[i].nend] }

	var matches []match
	focus := make([]string, 0, 8)
	for _, c := range hint.Countries {
		focus = append(focus, strings.ToUpper(strings.TrimSpace(c)))
	}
	for i := 0; i < len(toks); {
		t := toks[i]
		var m match
		var ok bool
		switch {
		case t.upper, articled(text, toks, norm, i):
			m, ok = g.matchAt(toks, norm, i, false)
		case i > 0 && t.spaced && string(word(i-1)) == "the":
			m, ok = g.matchAt(toks, norm, i, true)
		}
		// "Somali soldiers": a demonym names its people, not the region
		// that bears its name, unless "region" or "state" follows.
		if ok && m.tj == i+1 && demonyms[string(word(i))] != "" && (m.tj == len(toks) || !regionNouns[string(word(m.tj))]) {
			ok = false
		}
		if !ok {
			if t.upper {
				if c := demonyms[string(word(i))]; c != "" && !slices.Contains(focus, c) {
					focus = append(focus, c)
				}
			}
			i++
			continue
		}
		afterPlace := len(matches) > 0 && matches[len(matches)-1].tj == i
		if g.notPlace(toks, norm, m, afterPlace) {
			i = m.tj
			continue
		}
		matches = append(matches, m)
		i = m.tj
	}
	if len(matches) == 0 {
		return nil
	}
	for k := range matches {
		if c := g.plainCountry(&matches[k]); c != "" && !slices.Contains(focus, c) {
			focus = append(focus, c)
		}
	}
	places := make([]truce.Place, 0, len(matches))
	var prev *entry
	prevEnd := -1
	ruled := g.place43RuledOut(text, toks, norm, matches)
	for k := range matches {
		m := &matches[k]
		if ruled != nil && ruled[k] != "" {
			places = append(places, place43Unknown(text, toks[m.ti], toks[m.tj-1], ruled[k]))
			prev, prevEnd = nil, -1
			continue
		}
		var before *entry
		if prevEnd >= 0 && prevEnd == m.ti && adjacent(text[toks[m.ti-1].bend:toks[m.ti].bstart]) {
			before = prev
		}
		prev, prevEnd = nil, -1
		var next *match
		var quals []string
		if m.tj < len(toks) && adjacent(text[toks[m.tj-1].bend:toks[m.tj].bstart]) {
			if k+1 < len(matches) && matches[k+1].ti == m.tj {
				next = &matches[k+1]
			}
			quals = qualifierKeys(toks, norm, m.tj)
		}
		best, ok := g.choose(m, focus, next, quals, before)
		if !ok {
			continue
		}
		m.best = best
		e := &g.entries[best]
		prev, prevEnd = e, m.tj
		first, last := toks[m.ti], toks[m.tj-1]
		places = append(places, truce.Place{
			Location: g.location(e, text[first.bstart:last.bend]),
			Start:    first.start,
			End:      last.end,
		})
	}
	return places
}

// articled reports whether token i is an Arabic article written in lower
// case and hyphened to a capitalised word, which begins a name as a
// capital would: "the siege of el-Fasher", "fighting in al-Bayda".
func articled(text string, toks []token, norm []byte, i int) bool {
	if i+1 >= len(toks) || !toks[i+1].upper || text[toks[i].bend:toks[i+1].bstart] != "-" {
		return false
	}
	return arabicArticles[string(norm[toks[i].nstart:toks[i].nend])]
}

// adjacent reports whether gap, the text between two place names, makes the
// second qualify the first: "Hyderabad, Sindh", "Tripoli (Libya)".
func adjacent(gap string) bool {
	return strings.Trim(gap, " ,(\u00a0") == ""
}

// matchAt finds the longest name, curated or generated, starting at token
// i. With lineOnly it considers only curated border and region names.
func (g *Gazetteer) matchAt(toks []token, norm []byte, i int, lineOnly bool) (match, bool) {
	p := g.longest(toks, norm, i, lineOnly)
	if lineOnly {
		if p == nil {
			return match{}, false
		}
		return match{ti: i, tj: i + len(p.words), ids: g.lineLike(g.byKey[p.key]), curated: true}, true
	}
	key, n := g.genLongest(toks, norm, i)
	if n > 0 && (p == nil || n > len(p.words)) {
		_, inCurated := g.byKey[key]
		// An acronym ("UN", "EU") is not a generated town's name.
		acronym := n == 1 && toks[i].caps && toks[i].end-toks[i].start <= 4
		if !inCurated && (acronym || g.commonName(key)) {
			if p == nil {
				return match{}, false
			}
		} else {
			return match{ti: i, tj: i + n, ids: g.idsOf(key), curated: inCurated, common: !inCurated && givenNames[key]}, true
		}
	}
	if p == nil {
		return match{}, false
	}
	return match{ti: i, tj: i + len(p.words), ids: g.idsOf(p.key), curated: true}, true
}

// genLongest returns the longest generated key spelled by the tokens from
// i on, and its number of words; a name of several words must end in a
// capitalised one, or in the rest of a word an apostrophe splits ("Ma'an",
// see apostrophed).
func (g *Gazetteer) genLongest(toks []token, norm []byte, i int) (string, int) {
	if len(g.gen.keys) == 0 {
		return "", 0
	}
	var buf [96]byte
	b := buf[:0]
	key, n := "", 0
	for k := 0; k < maxNameWords && i+k < len(toks); k++ {
		t := toks[i+k]
		if k > 0 {
			if !t.joined {
				break
			}
			b = append(b, ' ')
		}
		b = append(b, norm[t.nstart:t.nend]...)
		if k == 0 && !bloom.MayHave(&g.gen.firsts, firstWord(b)) {
			break
		}
		lo, hi, more := g.gen.span(b)
		if lo < hi && (t.upper || apostrophed(t, k)) {
			key, n = string(b), k+1
		}
		if !more {
			break
		}
	}
	return key, n
}

// commonName reports whether a name only the generated gazetteer knows is
// more likely a common word: one listed in commonWords or placeWords, or
// several words each common ("Long Beach" is let through by its size).
func (g *Gazetteer) commonName(key string) bool {
	if _, ok := g.byKey[key]; ok {
		return false
	}
	if !strings.Contains(key, " ") {
		return commonWords[key] || placeWords[key]
	}
	for w := range strings.SplitSeq(key, " ") {
		if !commonWords[w] && !placeWords[w] {
			return false
		}
	}
	lo, hi := g.gen.rangeOf(key)
	return lo == hi || g.entries[lo].Kind != KindCity || g.entries[lo].Population < 100000
}

// longest returns the longest curated phrase starting at token i, or nil.
// With lineOnly it considers only border and region names.
func (g *Gazetteer) longest(toks []token, norm []byte, i int, lineOnly bool) *phrase {
	ps := g.byFirst[string(norm[toks[i].nstart:toks[i].nend])]
	for _, p := range ps {
		if lineOnly && !p.lineLike {
			continue
		}
		if i+len(p.words) > len(toks) || p.acronym && !acronymSpelled(toks, i, p) {
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
// ranked. Villages of the generated gazetteer (fewer than 5,000 people)
// count only in a hint country. It reports false for a name the gazetteer
// does not know.
func (g *Gazetteer) Resolve(name string, hint Hint) (truce.Location, bool) {
	key := normKey(name)
	ids := g.idsOf(key)
	if len(ids) == 0 {
		if rest, ok := strings.CutPrefix(key, "the "); ok {
			ids = g.idsOf(rest)
		}
	}
	for _, c := range hint.Countries {
		c = strings.ToUpper(strings.TrimSpace(c))
		for _, id := range ids {
			if slices.Contains(g.entries[id].Countries, c) {
				return g.location(&g.entries[id], strings.TrimSpace(name)), true
			}
		}
	}
	for _, id := range ids {
		if e := &g.entries[id]; !e.generated || e.Population >= minSmallPop {
			return g.location(e, strings.TrimSpace(name)), true
		}
	}
	return truce.Location{}, false
}
