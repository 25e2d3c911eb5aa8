package code

// Whose unmarked aircraft and guns are: not the struck land's when it has
// none of its own, nor when the article is about its war with another
// state.

import (
	"strings"

	"github.com/truce-project/truce"
)

// remoteWeapons head a mention of aircraft or guns that strike from afar:
// "jets", "drones", "artillery".
var remoteWeapons = filtered(map[string]bool{
	"warplanes": true, "jets": true, "drones": true, "aircraft": true, "bombers": true,
	"artillery": true, "gunships": true, "helicopters": true, "warships": true, "gunboats": true,
})

// unarmedTerritories are lands with no air force or artillery of their
// own: aircraft or guns striking there are another state's.
var unarmedTerritories = filtered(map[string]bool{"PSE": true})

// foreignStriker reports whether m is unmarked aircraft or guns striking
// a land that has none of its own ("Jets struck a house in Khan Younis"):
// the subject of the verb right after it.
func foreignStriker(st *sent, m *mention, place string) bool {
	return unarmedTerritories.has(place) && unmarkedStriker(st, m)
}

// unmarkedStriker reports whether m is aircraft or guns no demonym marks,
// the subject of the verb right after it: "Drones struck a depot".
func unmarkedStriker(st *sent, m *mention) bool {
	if !st.holds(m) || !remoteWeapons.has(st.low[m.j-1]) || m.j >= len(st.toks) {
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

// enemyStriker returns the country of unmarked aircraft or guns striking
// a state at war with another: in an article about Russia and Ukraine,
// "Drones hit a refinery in the Russian region of Kursk" are Ukraine's.
// It returns "" when the article names rebels of the struck land (a civil
// war, where the land's own jets strike at home), when words before the
// weapon say whose it is, or when the article's two main states are not
// the struck land and one other.
func (d *doc) enemyStriker(st *sent, m *mention, place string, other []truce.Actor) string {
	if !unmarkedStriker(st, m) {
		return ""
	}
	for k := m.i; k < m.j-1; k++ {
		// "government helicopters", "army drones": marked by whose.
		if !strings.HasPrefix(st.toks[k].tag, "JJ") && st.toks[k].tag != "CD" && st.toks[k].tag != "DT" {
			return ""
		}
	}
	// Rebels unnamed ("the rebel group") are the land's own (see warFoe).
	return d.warFoe(place, other)
}
