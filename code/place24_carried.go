package code

// Acts told right after an act at a place, in a sentence that names no
// place: "Gunmen stormed a village near Zenda on Monday. Four people were
// killed when troops opened fire."

import (
	"slices"

	"github.com/truce-project/truce"
)

// carriedTypes are the physical acts that happen where the act told just
// before them did when their own sentence names no place; a deployment
// too, as troops sent after a raid went where it was (place37).
var carriedTypes = filtered(map[string]bool{
	truce.Assault: true, truce.Protest: true, truce.Coerce: true, truce.Mobilize: true,
})

// sceneCarried places a physical act that its sentence puts in no place
// (only in a country, by its actors or the story, or nowhere) at the place
// the sentence before put its latest act (see sceneBefore), when that
// place lies in the same country (when the act has one; or a side of the
// act belongs to the place's, see sideAtScene) and is finer than it: a town, a district or a province, or a
// village the gazetteer lacks ("in the village of Zenda"). placeBefore
// does this for towns while events are built; this pass also carries the
// places found later (an unknown village, a district) and a sentence
// whose act was placed by a pass after it. An act whose actors belong to
// another country stays where it is, unless one of its sides belongs to
// the scene's (see sideAtScene).
func sceneCarried(d *doc) {
	carryScene(d, func(d *doc, idx int) *truce.Location {
		prev := sceneBefore(d, idx)
		if prev == nil || !finerThanCountry(prev) {
			return nil
		}
		cp := *prev
		return &cp
	})
}

// carryScene places each physical act that its own sentence puts in no
// place, only in a country or nowhere, where scene says the sentences
// before it set the scene (nil: nowhere), unless the act's sides belong to
// another country and none to the scene's.
func carryScene(d *doc, scene func(d *doc, idx int) *truce.Location) {
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || loc == nil || loc.Text != "" || loc.Precision != "country" && loc.Precision != "none" || !carriedTypes.has(cd.ev.Type) || len(cd.st.places) > 0 {
			continue
		}
		idx := slices.Index(d.sents, cd.st)
		if idx < 1 {
			continue
		}
		at := scene(d, idx)
		if at == nil || loc.Country != "" && at.Country != loc.Country && !sideAtScene(cd, at.Country) {
			continue
		}
		if (foreignActor(cd.ev.Source, at.Country) || foreignActor(cd.ev.Target, at.Country)) && !sideAtScene(cd, at.Country) {
			continue
		}
		cd.ev.Location = at
	}
}

// finerThanCountry reports whether loc names a place inside a country: a
// town, a province, or a name the gazetteer lacks.
func finerThanCountry(loc *truce.Location) bool {
	switch loc.Precision {
	case "city", "point", "admin1":
		return true
	case "none":
		return loc.Text != ""
	}
	return false
}

// foreignActor reports whether some actor of side belongs to a country
// other than cc.
func foreignActor(side []truce.Actor, cc string) bool {
	for _, a := range side {
		if a.Country != "" && a.Country != cc {
			return true
		}
	}
	return false
}
