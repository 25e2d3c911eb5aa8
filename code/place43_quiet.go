package code

// Acts placed at the one place a scene-setting sentence before them
// names: a sentence that tells no act of its own but says where things
// happen ("Fighting flared around Zenda on Monday. Rebels shot dead three
// farmers the next morning") sets the scene for the act told after it.

import "github.com/truce-project/truce"

// place43QuietScene places a physical act that its own sentence puts in
// no place, only in a country or nowhere, at the one place finer than a
// country that a sentence just before names with a preposition of place,
// when that sentence and any between tell no act and the place lies in
// the act's country. sceneCarried does this when the sentence before
// tells an act; this pass covers the sentence that only sets the scene.
// An act whose sides all belong to another country stays where it is
// (see sideAtScene).
func place43QuietScene(d *doc) {
	carryScene(d, func(d *doc, idx int) *truce.Location {
		p := place43SceneSetter(d, idx)
		if p == nil {
			return nil
		}
		return bareName(&p.place.Location)
	})
}

// place43SceneSetter returns the one place finer than a country, outside
// its dateline and after "in", "at", "near", "around" or "to" ("unrest
// spread to Zenda"), that the nearest sentence before d.sents[idx] naming
// a place gives, when neither it nor any sentence between tells an act.
// A province or country may qualify the town ("in Ruritania's Zenda", "in
// Hentz province's Zenda district"); the town is the place. It returns
// nil when the sentence names two towns, or places in two countries, or
// an act comes first.
func place43SceneSetter(d *doc, idx int) *placeRef {
	for n := idx - 1; n >= 0 && n >= idx-sceneReach; n-- {
		st := d.sents[n]
		if tellsAct(d, st) {
			return nil
		}
		var town, region *placeRef
		cc := ""
		for k := range st.places {
			p := &st.places[k]
			if inDateline(st, p) {
				continue
			}
			if cc != "" && p.place.Country != cc {
				return nil
			}
			cc = p.place.Country
			switch p.place.Precision {
			case "country":
				continue
			case "city", "point":
				if !place43ScenePrep(st, p) || town != nil && town.place.Name != p.place.Name {
					return nil
				}
				town = p
			case "admin1":
				if region != nil && region.place.Name != p.place.Name {
					return nil
				}
				region = p
			default:
				return nil
			}
		}
		if town != nil {
			return town
		}
		if region != nil && place43ScenePrep(st, region) {
			return region
		}
		if cc != "" {
			return nil
		}
	}
	return nil
}

// place43ScenePrep reports whether p follows a preposition of place or a
// "to" of movement ("unrest spread to Zenda").
func place43ScenePrep(st *sent, p *placeRef) bool {
	prep := prepBefore(st, p.i)
	return locPreps.has(prep) || prep == "to"
}
