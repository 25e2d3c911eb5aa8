package geo

// CitiesOf returns the towns and cities whose primary country is iso3,
// in gazetteer order: the few rows a lookup for one country (its capital,
// say) needs, without copying every row as All does.
func (g *Gazetteer) CitiesOf(iso3 string) []Candidate {
	var out []Candidate
	for i := range g.entries {
		if e := &g.entries[i]; e.Kind == KindCity && e.Country == iso3 {
			out = append(out, e.Candidate)
		}
	}
	return out
}
