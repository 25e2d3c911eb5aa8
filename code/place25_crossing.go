package code

// Border crossings named for an act: "reopened the Ras Ajdir border
// crossing", "deported through the Chaman crossing".

import "github.com/truce-project/truce"

// crossingHeads end the name of a border crossing: "the Zenda crossing",
// "the Zenda border gate", "the Zenda border post".
var crossingHeads = filtered(wordSet("crossing", "gate", "post", "point"))

// namedCrossing returns the crossing the clause of cd's trigger names as
// "the NAME crossing" or "the NAME border gate", as the place the
// gazetteer resolved there or, when it has none, the name's words; it
// returns nil and "" when the clause names no crossing. A bare "post" or
// "gate" after a name is a crossing only after "border" or "frontier":
// "the Zenda post office" is none.
func namedCrossing(cd *candidate) (*placeRef, string) {
	st := cd.st
	for k := 2; k < len(st.low); k++ {
		if !crossingHeads.has(st.low[k]) || st.clause[k] != st.clause[cd.i] {
			continue
		}
		end := k
		if st.low[k-1] == "border" || st.low[k-1] == "frontier" {
			end = k - 1
		} else if st.low[k] != "crossing" {
			continue
		}
		// The gazetteer may know the name with its head ("Torkham
		// crossing") or without it.
		for n := range st.places {
			if p := &st.places[n]; p.i < end && end <= p.j {
				return p, ""
			}
		}
		i := end
		for i > 0 && capitalised(st.toks[i-1].text) && st.mentionAt(i-1) == nil && !st.isPlace(i-1) && !weekdayOrMonth(st.low[i-1]) {
			i--
		}
		if i == end || i == 0 || st.low[i-1] != "the" {
			continue
		}
		return nil, st.textOf(i, end)
	}
	return nil, ""
}

// crossingOverCountry places an act at a border crossing its clause
// names when the only other place picked for it is a country: "Guinea and
// Sierra Leone reopened the Gbalamuya border crossing" happened at the
// crossing, in the country of the act's state (or of the country picked).
// It returns nil otherwise.
func crossingOverCountry(cd *candidate, pick *placeRef) *truce.Location {
	if pick != nil && pick.place.Precision != "country" {
		return nil
	}
	p, text := namedCrossing(cd)
	if p != nil {
		loc := p.place.Location
		return &loc
	}
	if text == "" {
		return nil
	}
	cc := stateCountry(cd)
	if cc == "" && pick != nil {
		cc = pick.place.Country
	}
	return &truce.Location{Text: text, Name: text, Country: cc, Precision: "none"}
}
