package geo

import (
	"cmp"
	"slices"
	"strings"
)

// Ranking weights, in units of log10 population.
const (
	focusBonus     = 3.0 // candidate in a focus country
	qualifierBonus = 6.0 // candidate qualified by the name after it
	// nearBonus is for a candidate outside the focus countries but near
	// one of them (within nearKm of its point): a "Valencia" in a story
	// about Portugal and France is Spain's, not Venezuela's.
	nearBonus = 1.0
	nearKm    = 3000.0
	// minSmallPop is the population below which a generated place counts
	// only with support from the text (a focus country or a qualifier).
	minSmallPop = 5000
	// minBarePop is the population a place known only to the generated
	// gazetteer needs to count without such support.
	minBarePop = 50000
	// commonPop is the population a place spelled like a common word
	// ("David", Panama) needs, besides lying in a focus country.
	commonPop = 20000
	// plainPop is the population a generated-only name's best candidate
	// needs before its country joins the text's focus.
	plainPop = 100000
)

// notPlace reports whether the name m covers is a common word opening a
// sentence, part of a person's name, or the first part of a longer proper
// name. afterPlace reports that a place name ends right before it.
func (g *Gazetteer) notPlace(toks []token, norm []byte, m match, afterPlace bool) bool {
	i, j := m.ti, m.tj
	w := func(k int) string { return string(norm[toks[k].nstart:toks[k].nend]) }
	if j == i+1 && toks[i].sentenceStart && stopInitial[w(i)] && !place42Dateline(toks, i) {
		return true
	}
	// "Maarat al-Numan": a name hyphened to an Arabic article that
	// follows a capitalised word ends a longer name the gazetteer lacks.
	if i > 1 && !toks[i].spaced && toks[i].joined && arabicArticles[w(i-1)] && !toks[i-1].upper && toks[i-2].upper && toks[i-1].spaced {
		return true
	}
	// "Lanao del Sur": a name after a linking word that follows a
	// capitalised word ends a longer name too; it is not Sur in Oman.
	if i > 1 && toks[i].spaced && nameLinks[w(i-1)] && !toks[i-1].upper && toks[i-2].upper && toks[i-1].spaced {
		return true
	}
	if i > 0 && toks[i].upper {
		p := toks[i-1]
		pw := w(i - 1)
		if titles[pw] && (toks[i].spaced || toks[i].sentenceStart && p.end-p.start <= 4) {
			// "President Jordan", "Gen. Mir".
			return true
		}
		if toks[i].spaced && p.upper && !(p.caps && p.end-p.start >= 2) &&
			!placeWords[pw] && !keepBefore[pw] && demonyms[pw] == "" && !(p.sentenceStart && commonWords[pw]) &&
			!(afterPlace && g.longest(toks, norm, i-1, false) != nil) {
			// "Michael Jordan", "Shehbaz Sharif"; but not after an
			// acronym: "US Gaza plan".
			return true
		}
	}
	if j >= len(toks) {
		return false
	}
	n := toks[j]
	if !n.spaced || !n.upper || !toks[i].upper {
		return false
	}
	nw := w(j)
	if keepBefore[nw] || demonyms[nw] != "" {
		return false
	}
	return !g.startsPlace(toks, norm, j)
}

// startsPlace reports whether a curated name starts at token j; a name
// only the generated gazetteer knows is as likely a surname ("Jordan
// Henderson").
func (g *Gazetteer) startsPlace(toks []token, norm []byte, j int) bool {
	return g.longest(toks, norm, j, false) != nil
}

// plainCountry returns the country a match names without doubt, or "": the
// country of its best candidate when no other candidate within a factor of
// 100 of its weight lies elsewhere.
func (g *Gazetteer) plainCountry(m *match) string {
	if len(m.ids) == 0 {
		return ""
	}
	top := &g.entries[m.ids[0]]
	if m.common || !m.curated && top.Population < plainPop {
		return ""
	}
	if top.Kind == KindCountry && !top.generated {
		return top.Country
	}
	for _, id := range m.ids[1:] {
		e := &g.entries[id]
		if e.Country != top.Country && e.score > top.score-2 && (!e.generated || e.Population >= minSmallPop) {
			return ""
		}
	}
	return top.Country
}

// choose picks among the candidates of one name by score (see Find). next
// is the match right after it, if any, and quals the keys of the one to
// three words after it; prev is the entry chosen for the name right before
// it ("Atlanta, Georgia"), or nil. It reports false when no candidate is
// plausible.
func (g *Gazetteer) choose(m *match, focus []string, next *match, quals []string, prev *entry) (int32, bool) {
	// room on the stack for the usual handful of candidates (perf30)
	var room [8]scoredID
	scored := room[:0]
	for _, id := range m.ids {
		e := &g.entries[id]
		inFocus := false
		for _, c := range e.Countries {
			if slices.Contains(focus, c) {
				inFocus = true
				break
			}
		}
		qual := (next != nil && g.qualifies(e, next.ids)) || qualifiedBy(e, quals) || (prev != nil && encloses(e, prev))
		if m.common && (!inFocus && !qual || e.Population < commonPop) {
			continue
		}
		if e.generated && !inFocus && !qual {
			if e.Population < minSmallPop || (!m.curated && e.Population < minBarePop) {
				continue
			}
		}
		s := e.score
		if inFocus {
			s += focusBonus
		} else if !qual && g.nearFocus(e, focus) {
			s += nearBonus
		}
		if qual {
			s += qualifierBonus
		}
		scored = append(scored, scoredID{id, s})
	}
	if len(scored) == 0 {
		return -1, false
	}
	slices.SortStableFunc(scored, func(a, b scoredID) int { return cmp.Compare(b.score, a.score) })
	// The country outlines check the pick: a generated city whose point
	// lies in another country's outline yields to the next candidate that
	// is where it says it is ("Delmas" of a Haiti story is not South
	// Africa's). Curated rows, regions and borders are trusted.
	for _, c := range scored {
		if g.whereItSays(&g.entries[c.id]) {
			return c.id, true
		}
	}
	return scored[0].id, true
}

// nearFocus reports whether e lies within nearKm of the point of one of
// the focus countries.
func (g *Gazetteer) nearFocus(e *entry, focus []string) bool {
	for _, c := range focus {
		i, ok := g.countries[c]
		if !ok {
			continue
		}
		if f := &g.entries[i]; Distance(f.Lat, f.Lon, e.Lat, e.Lon) <= nearKm {
			return true
		}
	}
	return false
}

type scoredID struct {
	id    int32
	score float64
}

// whereItSays reports whether an entry's point lies in its country's
// outline, or the entry is one the outlines cannot judge.
func (g *Gazetteer) whereItSays(e *entry) bool {
	if !e.generated {
		return true
	}
	iso3, ok := g.CountryAt(e.Lat, e.Lon)
	return !ok || iso3 == e.Country
}

// qualifies reports whether one of the entries ids is e's admin1 unit or
// country.
func (g *Gazetteer) qualifies(e *entry, ids []int32) bool {
	for _, id := range ids {
		q := &g.entries[id]
		if q.Country != e.Country || q == e {
			continue
		}
		switch q.Kind {
		case KindCountry:
			return true
		case KindAdmin1, KindRegion:
			if e.admin1Key != "" && (q.admin1Key == e.admin1Key || admin1Core(q.admin1Key) == admin1Core(e.admin1Key)) {
				return true
			}
		}
	}
	return false
}

// encloses reports whether e is the country or admin1 unit of p.
func encloses(e, p *entry) bool {
	if e.Country != p.Country || e == p {
		return false
	}
	switch e.Kind {
	case KindCountry:
		return true
	case KindAdmin1, KindRegion:
		return p.admin1Key != "" && admin1Core(p.admin1Key) == admin1Core(e.admin1Key)
	}
	return false
}

// qualifiedBy reports whether e's admin1 unit is spelled by one of quals.
func qualifiedBy(e *entry, quals []string) bool {
	if e.admin1Key == "" {
		return false
	}
	core := admin1Core(e.admin1Key)
	for _, q := range quals {
		if q == e.admin1Key || admin1Core(q) == core {
			return true
		}
	}
	return false
}

// admin1Suffixes are generic words GeoNames admin1 names carry or omit
// ("Maidan Wardak Province", "Khyber Pakhtunkhwa").
var admin1Suffixes = []string{" province", " governorate", " region", " state", " oblast", " county", " district", " division", " prefecture", " department", " territory", " voivodeship", " kray", " krai", " republic"}

// admin1Core strips a generic suffix from an admin1 key.
func admin1Core(key string) string {
	for _, s := range admin1Suffixes {
		if c, ok := strings.CutSuffix(key, s); ok && c != "" {
			return c
		}
	}
	return key
}

// qualifierKeys returns the keys of the one, two and three words starting
// at token j, each joined to the one before it.
func qualifierKeys(toks []token, norm []byte, j int) []string {
	if j >= len(toks) || !toks[j].upper {
		return nil
	}
	out := make([]string, 0, 3)
	b := make([]byte, 0, 48)
	for k := j; k < len(toks) && k < j+3; k++ {
		if k > j {
			if !toks[k].joined {
				break
			}
			b = append(b, ' ')
		}
		b = append(b, norm[toks[k].nstart:toks[k].nend]...)
		out = append(out, string(b))
	}
	return out
}
