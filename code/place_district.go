package code

// Districts named after the town they surround and a direction:
// "Imphal West district", "Karachi East".

import "github.com/truce-project/truce"

// districtDirections are the capitalised words that, after a town's name
// and before a unit noun, make the two a district's name.
var districtDirections = filtered(map[string]bool{
	"west": true, "east": true, "north": true, "south": true, "central": true,
})

// districtNames turns a town the gazetteer found that a direction and a
// unit noun follow into the district they name: in "on the village of
// Zenda in Ruritania's Strelsau West district" the place is Strelsau
// West, a district in Strelsau's province, not the town of Strelsau. The
// district keeps the town's country and province, with no point.
func districtNames(st *sent) {
	for n := range st.places {
		p := &st.places[n]
		j := p.j
		if p.place.Precision != "city" && p.place.Precision != "point" || j+1 >= len(st.low) {
			continue
		}
		if !districtDirections.has(st.low[j]) || !capitalised(st.toks[j].text) || !unitNouns.has(st.low[j+1]) || st.isPlace(j) {
			continue
		}
		text := st.textOf(p.i, j+1)
		p.place.Location = truce.Location{Text: text, Name: text, Country: p.place.Country, Admin1: p.place.Admin1, Precision: "none"}
		p.j = j + 1
	}
}
