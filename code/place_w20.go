package code

// Places the text names twice over: a gazetteer site and the town it
// lies in.

// siteInTown returns the town that the text names right after pick, a
// site the gazetteer knows (an airport, a plant, a prison), with "in",
// "near" or "outside": troops "landed at Strelsau International Airport
// in Strelsau" were in the town, which is how a map of events counts
// them. It returns pick when pick is no site or no town of its country
// follows.
func (c *Coder) siteInTown(st *sent, pick *placeRef) *placeRef {
	if pick == nil || pick.place.Precision != "city" || !c.isSite(pick.place.Location) {
		return pick
	}
	k := pick.j
	if k < len(st.low) && st.low[k] == "," {
		k++
	}
	if k+1 >= len(st.low) || !siteTownPreps.has(st.low[k]) {
		return pick
	}
	town := st.placeStartingAt(k + 1)
	if town == nil || town.place.Country != pick.place.Country || town.place.Precision != "city" || c.isSite(town.place.Location) {
		return pick
	}
	return town
}

// siteTownPreps put a site inside or beside the town named after them.
var siteTownPreps = filtered(wordSet("in", "near", "outside"))

// placeStartingAt returns the place whose first token is k, or nil.
func (st *sent) placeStartingAt(k int) *placeRef {
	for n := range st.places {
		if st.places[n].i == k {
			return &st.places[n]
		}
	}
	return nil
}

// directionAfterName reports whether the direction word at k follows a
// comma (and at most one hedge, "just", "some") that closes a name: in
// "between the villages of Zenda and Hentz, north of the Strel river"
// the river only says where the villages lie.
func directionAfterName(st *sent, k int) bool {
	k--
	if k >= 0 && directionHedges.has(st.low[k]) {
		k--
	}
	return k >= 1 && st.low[k] == "," && capitalised(st.toks[k-1].text)
}

// directionHedges soften a direction that measures from a landmark.
var directionHedges = filtered(wordSet("just", "some", "about", "roughly", "slightly", "far"))

// onRoad reports whether the road noun at k is where an act happened,
// named with "on", "along" or "at" and "the", perhaps past one word
// ("on the main road to Zenda"): fighters who "clashed with troops on
// the road to Zenda" or a bomb "buried on the road to Zenda" are placed
// at Zenda, the nearest town the text gives.
func onRoad(st *sent, k int) bool {
	n := k - 1
	if n >= 1 && st.low[n] != "the" {
		n--
	}
	return n >= 1 && st.low[n] == "the" && roadPreps.has(st.low[n-1])
}

// roadPreps put an act on a road.
var roadPreps = filtered(wordSet("on", "along", "at"))

// takeVerbs take or enter ground; the name right after them is a place,
// never a person: "soldiers entered Zenda", "rebels overran Hentz".
var takeVerbs = filtered(wordSet("entered", "overran", "overrun", "retook", "recaptured"))

// takeNouns name the taking or losing of ground before "of": "the
// recapture of Zenda", "the fall of Hentz", "took control of Strel".
var takeNouns = filtered(wordSet("capture", "recapture", "fall", "control"))

// takenPlace reports whether token k introduces the name of ground an act
// takes or enters: a take verb, or "of" after a take noun.
func takenPlace(st *sent, k int) bool {
	return takeVerbs.has(st.low[k]) || st.low[k] == "of" && k > 0 && takeNouns.has(st.low[k-1])
}
