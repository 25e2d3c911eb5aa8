package code

// "The province", "the region", "the territory": a unit noun that names
// again, with "the", the province, region or territory the story named
// before is that place, not the dateline's city nor a capital the
// sentence names in another role.

import (
	"slices"

	"github.com/truce-project/truce"
)

// place44RegionNouns name again a province, region or territory of the
// story: "a curfew across the province", "troops sent into the region".
var place44RegionNouns = filtered(wordSet("province", "region", "territory", "state", "district", "county",
	"governorate", "prefecture", "oblast"))

// place44RegionPreps put an act in a region or send it there.
var place44RegionPreps = filtered(wordSet("in", "inside", "within", "across", "throughout", "into", "to",
	"towards", "toward", "on", "over", "around"))

// place44Region returns, for an act whose clause puts it "in the
// province" (or into, across, towards the region, the territory, the
// state, the district) and names no place of its own with a place
// preposition, the region the story named before it: one written with
// the same noun ("Hentz province", "the district of Hentz"), or a
// province or territory named as a place. In "ZENDA - Troops moved into
// Hentz province on Monday. Borduria said its jets had struck tanks
// heading towards the province, a warning to Strelsau", the strike was in
// Hentz. It returns loc otherwise.
func (c *Coder) place44Region(d *doc, cd *candidate, loc *truce.Location) *truce.Location {
	st := cd.st
	k := place40NounAt(st, cd, &place44RegionNouns, &place44RegionPreps)
	if k < 0 || place40OwnPlace(st, cd, k) {
		return loc
	}
	noun := st.low[k]
	at := slices.Index(d.sents, st)
	for n := at; n >= 0; n-- {
		s, lim := d.sents[n], k
		if n != at {
			lim = len(s.low)
		}
		for m := len(s.places) - 1; m >= 0; m-- {
			p := &s.places[m]
			if p.j > lim || !place44RegionOf(s, p, noun) {
				continue
			}
			cp := *bareName(&p.place.Location)
			return &cp
		}
	}
	return loc
}

// place44RegionOf reports whether p, in s, can be the region "the noun"
// names again: written with that noun after it ("Hentz province") or
// before it ("the province of Hentz"), or a province (not for "state",
// "district" or "county", which also name a government or a town's
// area) or, for "territory", a country or territory named as a place.
func place44RegionOf(s *sent, p *placeRef, noun string) bool {
	if p.j < len(s.low) && s.low[p.j] == noun || p.i >= 2 && s.low[p.i-1] == "of" && s.low[p.i-2] == noun {
		return true
	}
	switch p.place.Precision {
	case "admin1":
		return noun != "state" && noun != "district" && noun != "county"
	case "country":
		return noun == "territory" && locPreps.has(prepBefore(s, p.i)) && !inDateline(s, p)
	}
	return false
}
