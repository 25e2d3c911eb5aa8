package code

// A chain of places that narrows one down: "in the town of Zenda, near
// Strelsau in southern Ruritania" names one place, Zenda, and the rest
// only say where Zenda lies.

import "github.com/truce-project/truce"

// chainHead returns the place that opens the chain pick ends, when that
// place is finer than pick: for "in the village of Zenda, near Strelsau in
// southern Ruritania" it is Zenda, whether pick is Strelsau or Ruritania.
// A link is "in" after a known town ("Strelsau in southern Ruritania") or
// ", near" after a town the text names with a place preposition or a
// place noun ("Zenda, near Strelsau"). A head the gazetteer does not know
// keeps the words that named it and pick's country, and comes back as a
// location; a known head comes back as a place. It returns pick and nil
// when pick opens its own chain.
func chainHead(st *sent, pick *placeRef) (*placeRef, *truce.Location) {
	p := pick
	for {
		k := p.i
		for k > 0 && (directions.has(st.low[k-1]) || st.low[k-1] == "the") {
			k--
		}
		if k < 2 {
			break
		}
		// "Strelsau in southern Ruritania": the town, when it lies there.
		if st.low[k-1] == "in" {
			if q := st.placeEndingAt(k - 1); q != nil && q.place.Country == p.place.Country && !coarse(q.place.Precision) && q.place.Precision != "none" {
				p = q
				continue
			}
			break
		}
		if (st.low[k-1] != "near" && st.low[k-1] != "outside") || st.low[k-2] != "," {
			break
		}
		// "Zenda, near Strelsau": a known town before the comma.
		if q := st.placeEndingAt(k - 2); q != nil {
			if q.place.Country != p.place.Country || coarse(q.place.Precision) || !locPreps.has(prepBefore(st, q.i)) {
				break
			}
			p = q
			continue
		}
		// … or one the gazetteer does not know, after "in" or "the
		// town of".
		n := k - 2
		for n > 0 && capitalised(st.toks[n-1].text) && st.mentionAt(n-1) == nil && !st.isPlace(n-1) {
			n--
		}
		if n == k-2 || n < 1 {
			break
		}
		if text, at := st.unknownAfter(n - 1); text == "" || at != n {
			break
		}
		text := st.textOf(n, k-2)
		return pick, &truce.Location{Text: text, Name: text, Country: p.place.Country, Admin1: p.place.Admin1, Precision: "none"}
	}
	return p, nil
}
