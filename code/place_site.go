package code

// Sites of a town that its possessive names.

import "strings"

// townSites are the parts and facilities of a town that a possessive
// names: "marched to Strelsau's port", "Zenda's main airport".
var townSites = filtered(map[string]bool{
	"port": true, "harbour": true, "harbor": true, "airport": true, "docks": true, "streets": true,
	"square": true, "outskirts": true, "suburbs": true, "centre": true, "center": true, "market": true,
	"hospital": true, "prison": true, "university": true, "stadium": true, "seafront": true,
	"waterfront": true, "slums": true, "highway": true, "motorway": true, "bridge": true, "ring": true,
	// "residents of Strelsau's Old Town district": a part of the town.
	"neighbourhood": true, "neighborhood": true, "district": true, "suburb": true, "slum": true,
	"quarter": true, "township": true,
})

// townOffices are the offices and terminals that a town's bare name
// qualifies: police "raided the Tbilisi office of a news agency" in
// Tbilisi. A possessive is not enough: "Beijing's office for Hong Kong
// affairs" is the government's.
var townOffices = filtered(map[string]bool{
	"office": true, "offices": true, "bureau": true, "terminal": true,
})

// possessedSite reports whether a town is named by its possessive before
// one of its sites, a word or two on, or past the site's own name:
// "Thousands marched to Strelsau's port" and "shells fell near Strelsau's
// King Rudolf airport" happened in Strelsau, even where the town's name
// also stands for a government. A title ("Strelsau's mayor") is an actor,
// not a site.
func possessedSite(st *sent, p *placeRef) bool {
	if coarse(p.place.Precision) || p.place.Precision == "none" || p.place.Precision == "border" || !st.isPossessive(p.j) {
		return false
	}
	for k := p.j + 1; k < len(st.low) && k <= p.j+4; k++ {
		if townSites.has(st.low[k]) {
			// "Strelsau's port deal": the site only qualifies the noun
			// after it, a thing the government owns.
			return k > p.j+1 || k+1 >= len(st.low) || !strings.HasPrefix(st.toks[k+1].tag, "NN") || capitalised(st.toks[k+1].text)
		}
		if !strings.HasPrefix(st.toks[k].tag, "JJ") && st.low[k] != "main" && !capitalised(st.toks[k].text) {
			return false
		}
	}
	return false
}
