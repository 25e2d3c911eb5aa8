package geo

import (
	"bytes"

	"github.com/truce-project/truce"
)

// Issue 3, round place43: a name the text pins to a country the gazetteer
// has no such place in. "SANTA CRUZ, Bolivia -" names a Bolivian town;
// when the gazetteer knows Santa Cruz only elsewhere (the Philippines,
// California), neither that mention nor the same name later in the text
// ("supporters rioted in Santa Cruz") is read as one of those: both are
// the name as written, in Bolivia, with no point (see place43Unknown).

// place43RuledOut returns, for each match, the country that rules it out
// ("" for none): whether it is a name only the
// generated gazetteer spells, by places in several countries, that a
// country named right after it ("Zenda,
// Ruritania", "Zenda (Ruritania)") rules out, none of its places lying in
// that country, or the same name again elsewhere in the text. It returns
// nil when no match is ruled out. A name a curated row spells ("Hong
// Kong, China") is trusted.
func (g *Gazetteer) place43RuledOut(text string, toks []token, norm []byte, matches []match) []string {
	var out []string
	for k := range matches {
		m := &matches[k]
		if k+1 >= len(matches) || matches[k+1].ti != m.tj || m.tj >= len(toks) || !adjacent(text[toks[m.tj-1].bend:toks[m.tj].bstart]) {
			continue
		}
		next := &matches[k+1]
		if len(next.ids) == 0 || len(m.ids) == 0 {
			continue
		}
		if c := &g.entries[next.ids[0]]; m.curated || c.Kind != KindCountry || c.generated || !g.place43ManyCountries(m) {
			continue
		}
		ok := false
		for _, id := range m.ids {
			if g.qualifies(&g.entries[id], next.ids) {
				ok = true
				break
			}
		}
		if ok {
			continue
		}
		if out == nil {
			out = make([]string, len(matches))
		}
		for n := range matches {
			if out[n] == "" && place43SameName(toks, norm, m, &matches[n]) {
				out[n] = g.entries[next.ids[0]].Country
			}
		}
	}
	return out
}

// place43ManyCountries reports whether m's candidates lie in more than one
// country.
func (g *Gazetteer) place43ManyCountries(m *match) bool {
	first := g.entries[m.ids[0]].Country
	for _, id := range m.ids[1:] {
		if g.entries[id].Country != first {
			return true
		}
	}
	return false
}

// place43SameName reports whether matches a and b spell the same name.
func place43SameName(toks []token, norm []byte, a, b *match) bool {
	if a.tj-a.ti != b.tj-b.ti {
		return false
	}
	for k := 0; k < a.tj-a.ti; k++ {
		x, y := toks[a.ti+k], toks[b.ti+k]
		if !bytes.Equal(norm[x.nstart:x.nend], norm[y.nstart:y.nend]) {
			return false
		}
	}
	return true
}

// place43Unknown is the place a ruled-out name stands for: the name as
// written, in the country that ruled it out, with no point.
func place43Unknown(text string, first, last token, cc string) truce.Place {
	t := text[first.bstart:last.bend]
	return truce.Place{Location: truce.Location{Text: t, Name: t, Country: cc, Precision: "none"}, Start: first.start, End: last.end}
}
