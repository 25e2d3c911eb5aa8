package code

// "The area" and "the scene": a bare noun that points back at the place
// of the act told just before.

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
)

// areaNouns, after "the" and a preposition and with no name of their own,
// point back at the scene of an act the story has told: "sent troops to
// the area", "police sealed off the scene".
var areaNouns = filtered(map[string]bool{"area": true, "scene": true})

// areaPreps are the prepositions before "the area" that place or direct
// the act there.
var areaPreps = filtered(map[string]bool{
	"to": true, "in": true, "into": true, "near": true, "around": true, "at": true,
	"toward": true, "towards": true, "from": true, "within": true,
})

// areasAgain places an act whose clause points back at "the area" and
// that its own words put only in a country or a province at the scene
// of the last act told in the few sentences before it, when that scene is
// a town or site: after "Gunmen burned twelve houses in the village of
// Zenda on Sunday.", "the Bordurian army said it had sent troops to the
// area" went to Zenda, even though Bordurian troops alone would have put
// it in Borduria. A province that only points back ("troops deployed in
// the province") gives way to a scene in its country; a place the
// sentence names itself ("ordered reinforcements to Hentz province")
// stays.
func areasAgain(d *doc) {
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || !pointsToArea(cd) {
			continue
		}
		if loc != nil && loc.Text != "" && (loc.Precision != "admin1" && loc.Precision != "country" || strings.Contains(cd.st.s.Text, loc.Text)) {
			continue
		}
		idx := slices.Index(d.sents, cd.st)
		scene := fineSceneBefore(d, idx)
		if scene == nil || loc != nil && loc.Precision == "admin1" && scene.Country != loc.Country {
			continue
		}
		cp := *scene
		cd.ev.Location = &cp
	}
}

// pointsToArea reports whether the trigger's clause holds a preposition,
// "the" and an area noun with no name or "of" after it: "to the area",
// "at the scene", but not "the area of Zenda".
func pointsToArea(cd *candidate) bool {
	st := cd.st
	for k := 2; k < len(st.low); k++ {
		if !areaNouns.has(st.low[k]) || st.low[k-1] != "the" || !areaPreps.has(st.low[k-2]) || st.clause[k] != st.clause[cd.i] {
			continue
		}
		if k+1 < len(st.low) && (st.low[k+1] == "of" || capitalised(st.toks[k+1].text) || st.isPlace(k+1)) {
			continue
		}
		return true
	}
	return false
}

// fineSceneBefore returns the place finer than a country, other than a
// province, of the last act told in the sceneReach sentences before
// d.sents[idx], looking past sentences whose acts no town placed, or nil.
func fineSceneBefore(d *doc, idx int) *truce.Location {
	for n := idx - 1; n >= 0 && n >= idx-sceneReach; n-- {
		if loc := latestFine(d, d.sents[n]); loc != nil && loc.Precision != "admin1" {
			return loc
		}
	}
	return nil
}
