package code

import "github.com/truce-project/truce"

// outskirtsWords set a town the gazetteer lacks beside a known one: "in
// Zenda, on the outskirts of Strelsau", "in Zenda, east of Strelsau".
var outskirtsWords = filtered(wordSet("outskirts", "edge", "suburbs"))

// townBesideCity returns the place the gazetteer lacks that the text
// names with "in", "at" or "near" right before a comma and a phrase that
// only places it by pick, a known town: "In Zenda, on the outskirts of
// Strelsau, officers shot a marcher" and "an orphanage in Zenda, east of
// Strelsau" were at Zenda, in Strelsau's country. It returns nil
// otherwise.
func townBesideCity(cd *candidate, pick *placeRef) *truce.Location {
	if pick == nil || pick.place.Country == "" || coarse(pick.place.Precision) {
		return nil
	}
	st := cd.st
	k := pick.i
	if k > 0 && st.low[k-1] == "the" {
		k--
	}
	if k < 3 || st.low[k-1] != "of" {
		return nil
	}
	c := -1
	switch w := st.low[k-2]; {
	case directions.has(w):
		c = k - 3
	case outskirtsWords.has(w) && k >= 5 && st.low[k-3] == "the" && (st.low[k-4] == "on" || st.low[k-4] == "in"):
		c = k - 5
	}
	if c < 2 || st.low[c] != "," {
		return nil
	}
	e := c
	i := e
	for i > 0 && capitalised(st.toks[i-1].text) && !apposedPreps.has(st.low[i-1]) && st.mentionAt(i-1) == nil && !st.isPlace(i-1) && !weekdayOrMonth(st.low[i-1]) {
		i--
	}
	if i == e || i == 0 || !apposedPreps.has(st.low[i-1]) {
		return nil
	}
	text := st.textOf(i, e)
	return &truce.Location{Text: text, Name: text, Country: pick.place.Country, Precision: "none"}
}
