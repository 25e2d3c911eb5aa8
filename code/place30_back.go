package code

// The town "the town" points back at: the one the story introduced with
// that noun, named or not in the gazetteer.

import "github.com/truce-project/truce"

// nounedTown returns the last town st introduces with a town noun and
// "of" before token end ("the town of Zenda", "the village of Hentz"), or
// with the people who live there ("residents of Zenda said the village
// was shelled"):
// the gazetteer's town when it knows the name, else the name itself,
// placed in country cc. "the insurgents had overrun the town" after
// "troops recaptured the town of Zenda in northern Hentz" points back at
// Zenda, not at the province or a town named later only to place it. It
// returns nil when st introduces no town so.
func nounedTown(st *sent, end int, cc string) *truce.Location {
	var out *truce.Location
	for k := 1; k < end && k+1 < len(st.low); k++ {
		if st.low[k] != "of" || !townNouns.has(st.low[k-1]) && !dwellerNouns.has(st.low[k-1]) {
			continue
		}
		if p := st.placeStarting(k + 1); p != nil {
			if p.place.Precision == "city" || p.place.Precision == "point" {
				loc := p.place.Location
				out = &loc
			}
			continue
		}
		if cc == "" {
			continue
		}
		if text := st.nameAt(k + 1); text != "" {
			out = &truce.Location{Text: text, Name: text, Country: cc, Precision: "none"}
		}
	}
	return out
}

// placeStarting returns the place st names from token k, or nil.
func (st *sent) placeStarting(k int) *placeRef {
	for n := range st.places {
		if st.places[n].i == k {
			return &st.places[n]
		}
	}
	return nil
}

// actorTown reports whether the town p names stands for a government,
// not a place, so that "the town" cannot point back at it: "a deal with
// Strelsau", "Strelsau accused rebels".
func actorTown(st *sent, p *placeRef) bool {
	m := st.mentionAt(p.i)
	return m != nil && m.kind == "capital" && !m.place
}

// dwellerNouns are the people of a town before "of" and its name:
// "residents of Zenda", "the villagers of Hentz".
var dwellerNouns = filtered(wordSet("residents", "villagers", "inhabitants"))

// nameAt returns the capitalised words from token k that name nothing the
// dictionaries or the gazetteer know, or "": "Zenda" in "the town of
// Zenda", "al-Hentz" in "residents of al-Hentz".
func (st *sent) nameAt(k int) string {
	n := k
	for n < len(st.toks) && (capitalised(st.toks[n].text) || articled(st.toks[n].text) || n > k && linked(st, n)) && st.mentionAt(n) == nil && !st.isPlace(n) && !weekdayOrMonth(st.low[n]) {
		n++
	}
	if n == k {
		return ""
	}
	return st.textOf(k, n)
}
