package code

// Talks as a venue: a deal is placed where the talks that produced it
// were held.

// venueNouns name a meeting whose place is where what it settles was
// settled.
var venueNouns = filtered(map[string]bool{
	"talks": true, "summit": true, "meeting": true, "meetings": true, "negotiations": true,
	"conference": true, "summits": true,
})

// venue returns, for a deal or statement whose clause names no place, the
// town where the sentence puts the talks that produced it: "the two sides
// agreed to a truce on Monday after talks in Zenda". Fighting is not
// placed by talks, and a country is too coarse to be a venue. It returns
// nil otherwise.
func venue(cd *candidate, roles []placeRole) *placeRef {
	if cd.e.has(flagViolent) {
		return nil
	}
	st := cd.st
	for n := range st.places {
		p := &st.places[n]
		if roles[n] != roleWhere || coarse(p.place.Precision) || p.place.Precision == "none" || p.place.Precision == "border" {
			continue
		}
		if talksIn(st, p) {
			return p
		}
	}
	return nil
}

// talksIn reports whether a place is named as the venue of talks: "after
// talks in Zenda", "at the summit in Strelsau".
func talksIn(st *sent, p *placeRef) bool {
	k := p.i - 1
	if k >= 1 && st.low[k] == "the" {
		k--
	}
	return k >= 1 && (st.low[k] == "in" || st.low[k] == "at") && venueNouns.has(st.low[k-1])
}
