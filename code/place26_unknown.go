package code

// An unknown place named after the trigger beats a known one named
// before it.

import (
	"strings"

	"github.com/truce-project/truce"
)

// unknownAfterTrigger returns the place the gazetteer lacks that the
// act's own clause names after its trigger with a place preposition or
// a place noun ("near Zenda", "in the commune of Zenda"), when pick, the
// known place, is named before the trigger: in "Militias in northern
// Ruritania shelled rebel positions near Zenda", the shelling was at
// Zenda, in Ruritania; in "Youths beat two officials in Hentz province
// and burned a shop in the village of Zenda", the burning was at Zenda.
// It returns nil otherwise.
func unknownAfterTrigger(cd *candidate, pick *placeRef) *truce.Location {
	st := cd.st
	if pick == nil || pick.j > cd.i || pick.place.Country == "" {
		return nil
	}
	// A town named after the previous trigger is that act's place
	// ("ambushed a patrol near Zenda and shelled a base in Hentz"); the
	// acts of one sentence at one town are told as one, so only a
	// province or region there gives way.
	if pick.i >= cd.prev && cd.prev > 0 && !coarse(pick.place.Precision) && (pick.j >= len(st.low) || !unitNouns.has(st.low[pick.j])) {
		return nil
	}
	text, k := st.unresolvedAt(cd)
	if text == "" || k < cd.j || namesLandmark(st, k+len(strings.Fields(text))) {
		return nil
	}
	loc := &truce.Location{Text: text, Name: text, Country: pick.place.Country, Precision: "none"}
	if pick.place.Precision == "admin1" {
		loc.Admin1 = pick.place.Name
	}
	return loc
}

// landmarkHeads are nouns after a name that make it a landmark's name
// ("the Zenda mosque", "Hentz Square"), which lies in the known town.
var landmarkHeads = filtered(wordSet("square", "street", "avenue", "road", "bridge", "junction",
	"roundabout", "hotel", "stadium", "park", "station", "hall", "building", "office", "offices"))

// namesLandmark reports whether the word at n, right after an unknown
// name, makes the name part of a building or landmark's name.
func namesLandmark(st *sent, n int) bool {
	if n >= len(st.low) {
		return false
	}
	w := st.low[n]
	return landmarkHeads.has(w) || buildingNouns.has(w) || toldSites.has(w)
}
