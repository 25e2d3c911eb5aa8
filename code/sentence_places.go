package code

import "github.com/truce-project/truce"

// addPlaces records the places found in the article that lie within
// sentence s, at the tokens they span.
func (st *sent) addPlaces(places []truce.Place, s truce.Sentence) {
	for _, p := range places {
		if p.Start < s.Start || p.End > s.End {
			continue
		}
		i, j := st.span(p.Start, p.End)
		if i >= 0 {
			st.places = append(st.places, placeRef{i: i, j: j, place: p})
		}
	}
}
