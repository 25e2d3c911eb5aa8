package code

// Whose unmarked aircraft and guns are: not the struck land's when it has
// none of its own.

import "github.com/truce-project/truce"

// remoteWeapons head a mention of aircraft or guns that strike from afar:
// "jets", "drones", "artillery".
var remoteWeapons = map[string]bool{
	"warplanes": true, "jets": true, "drones": true, "aircraft": true, "bombers": true,
	"artillery": true, "gunships": true, "helicopters": true, "warships": true, "gunboats": true,
}

// unarmedTerritories are lands with no air force or artillery of their
// own: aircraft or guns striking there are another state's.
var unarmedTerritories = map[string]bool{"PSE": true}

// foreignStriker reports whether m is unmarked aircraft or guns striking
// a land that has none of its own ("Jets struck a house in Khan Younis"):
// the subject of the verb right after it.
func foreignStriker(st *sent, m *mention, place string) bool {
	if !unarmedTerritories[place] || !st.holds(m) || !remoteWeapons[st.low[m.j-1]] || m.j >= len(st.toks) {
		return false
	}
	k := m.j
	if st.toks[k].tag == "RB" && k+1 < len(st.toks) {
		k++
	}
	switch st.toks[k].tag {
	case "VBD", "VBZ", "VBP":
		return true
	}
	return false
}

// strikerCountry picks the country of aircraft or guns striking a land
// with none of its own: the side of the article's main dyad that is not
// the place's nor the other side's, else the state named last before,
// else none.
func (d *doc) strikerCountry(st *sent, place string, other []truce.Actor) string {
	for _, x := range d.dyad {
		if x.Country != place && !hasCountry(other, x.Country) {
			return x.Country
		}
	}
	// "Israel vowed to press on. Jets struck Rafah": the state the
	// article named last before.
	return d.stateBefore(st, append([]truce.Actor{{Country: place}}, other...))
}
