package code

// A name after a town's possessive lies in that town.

// place40ForeignAfterTown drops a province or a country that a town's
// possessive qualifies when the gazetteer puts it in another country: in
// "inside Zenda's Hentz prison" the prison is in Zenda, whatever province
// abroad is also called Hentz, and the act stays in Zenda's country.
func (st *sent) place40ForeignAfterTown() {
	var drop []int
	for n := range st.places {
		p := &st.places[n]
		// A town abroad becomes a quarter of this one (see
		// place_quarter.go): "Port Vila's Chinatown".
		if p.i < 2 || !st.isPossessive(p.i-1) || !coarse(p.place.Precision) {
			continue
		}
		q := st.placeEndingAt(p.i - 1)
		if q == nil || q.place.Precision != "city" && q.place.Precision != "point" || q.place.Country == "" || p.place.Country == q.place.Country {
			continue
		}
		drop = append(drop, n)
	}
	for k := len(drop) - 1; k >= 0; k-- {
		n := drop[k]
		st.places = append(st.places[:n], st.places[n+1:]...)
	}
}
