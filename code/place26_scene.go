package code

// The scene of the last act told before a sentence that names no place,
// looked for past sentences that tell nothing.

import "github.com/truce-project/truce"

// sceneReach is how many sentences back sceneBefore looks.
const sceneReach = 3

// sceneBefore returns the place finer than a country of the last act told
// in the sentences before d.sents[idx]: in the sentence just before, or,
// past sentences that tell no act and name no place, in the nearest one
// that does. "Crowds stormed the town hall in Zenda, hours after police
// shot a student. Officials said two people died. Police later detained
// 40 people": the detentions were in Zenda. Within that sentence the last
// act placed finer than a country counts, so an act the sentence put only
// in a country ("police shot a student") does not hide the town. It
// returns nil when the nearest sentence that tells an act placed none of
// them finer than a country.
func sceneBefore(d *doc, idx int) *truce.Location {
	for n := idx - 1; n >= 0 && n >= idx-sceneReach; n-- {
		st := d.sents[n]
		if loc := latestFine(d, st); loc != nil {
			return loc
		}
		if len(st.places) > 0 || tellsAct(d, st) {
			return nil
		}
	}
	return nil
}

// latestFine returns the place of the last act coded from st that is not
// folded into another and is placed finer than a country, or nil.
func latestFine(d *doc, st *sent) *truce.Location {
	for k := len(d.cands) - 1; k >= 0; k-- {
		if p := d.cands[k]; p.st == st && !p.folded && p.ev.Location != nil && finerThanCountry(p.ev.Location) {
			return p.ev.Location
		}
	}
	return nil
}

// tellsAct reports whether some act not folded into another is coded
// from st.
func tellsAct(d *doc, st *sent) bool {
	for _, p := range d.cands {
		if p.st == st && !p.folded {
			return true
		}
	}
	return false
}
