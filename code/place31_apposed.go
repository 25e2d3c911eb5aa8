package code

// A town the gazetteer lacks, named before the act with an apposition
// that places it in a province.

import "github.com/truce-project/truce"

// apposedBeforeTrigger returns the place the gazetteer lacks that the
// text names before the trigger with an apposition calling it a town or
// village, when pick, the known place, is the province or country inside
// that apposition: "A crowd in Zenda, a town in Ruritania's Hentz
// province, beat a man" and "Residents of Zenda, a village in Hentz
// region, blocked the road" were at Zenda, in Hentz. It returns nil
// otherwise.
func apposedBeforeTrigger(cd *candidate, pick *placeRef) *truce.Location {
	st := cd.st
	if pick == nil || pick.place.Country == "" || pick.j > cd.i {
		return nil
	}
	if !coarse(pick.place.Precision) && (pick.j >= len(st.low) || !unitNouns.has(st.low[pick.j])) {
		return nil
	}
	for k := max(cd.prev, 1); k+2 < pick.i; k++ {
		if !st.appositivePlace(k) || pick.i > k+12 || commaBetween(st, k+2, pick.i) {
			continue
		}
		// The name may run to several words: "Tudun Biri, a village".
		i := k
		for i > 0 && capitalised(st.toks[i-1].text) && st.mentionAt(i-1) == nil && !st.isPlace(i-1) {
			i--
		}
		// It is a place only where a preposition or "of" brings it in.
		if i == 0 || !apposedPreps.has(st.low[i-1]) {
			continue
		}
		text := st.textOf(i, k+1)
		loc := &truce.Location{Text: text, Name: text, Country: pick.place.Country, Precision: "none"}
		if pick.place.Precision == "admin1" {
			loc.Admin1 = pick.place.Name
		}
		return loc
	}
	return nil
}

// apposedPreps bring in the unknown name apposedBeforeTrigger takes:
// "in Zenda", "of Zenda", "at Zenda", "near Zenda", "from Zenda".
var apposedPreps = filtered(wordSet("in", "of", "at", "near", "from", "outside"))

// lastWordOf returns the token of the last word of text, the name that
// starts at token k: 1 for "Kuru Dagana" at 0.
func lastWordOf(st *sent, k int, text string) int {
	e := k
	for e+1 < len(st.toks) && len(st.textOf(k, e+2)) <= len(text) {
		e++
	}
	return e
}
