package code

// Names longer than what the gazetteer found in them: "Agusan del Sur".

import "github.com/truce-project/truce"

// nameLinks are the lowercase words that join the parts of a Spanish,
// Portuguese, French or Italian place name: "Agusan del Sur", "Cerro de
// Pasco".
var nameLinks = filtered(map[string]bool{
	"del": true, "de": true, "do": true, "da": true, "di": true, "du": true,
	"des": true, "dos": true, "das": true,
})

// longerNames extends a known place that a linking word and capitalised
// words follow to the longer name they make, which the gazetteer lacks:
// in "clashed in Agusan del Sur" the place is Agusan del Sur, a province,
// not the town of Agusan. It keeps the town's country and province, with
// no point. (The gazetteer drops the tail, Sur, as a place of its own.)
func longerNames(st *sent) {
	for n := range st.places {
		p := &st.places[n]
		k := p.j
		if !linked(st, k) || !capitalised(st.toks[p.j-1].text) {
			continue
		}
		for k++; k < len(st.toks) && capitalised(st.toks[k].text) && !st.isPlace(k) && st.mentionAt(k) == nil && !weekdayOrMonth(st.low[k]); k++ {
		}
		if k == p.j+1 {
			continue
		}
		text := st.textOf(p.i, k)
		p.place.Location = truce.Location{Text: text, Name: text, Country: p.place.Country, Admin1: p.place.Admin1, Precision: "none"}
		p.j = k
	}
}
