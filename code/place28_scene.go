package code

// The story's town for an act its sentence puts only in a country, looked
// for past sentences that tell what other states said or did.

import (
	"slices"

	"github.com/truce-project/truce"
)

// acrossTypes are the acts that happen where the story is set when their
// sentence names no place: the physical acts sceneCarried carries, and the
// lifting of a measure ("authorities lifted the curfew").
var acrossTypes = filtered(map[string]bool{
	truce.Assault: true, truce.Protest: true, truce.Coerce: true, truce.Retreat: true,
})

// sceneAcross places an act that its sentence puts only in a country, by
// its actors, at the town of that country where the story last placed an
// act, looking back past sentences whose acts happened in other
// countries: in "Rioters burned the town hall in Zenda. Borduria condemned
// the attack. Ruritanian authorities lifted the curfew on Sunday", the
// curfew was lifted in Zenda. The look-back stops at a sentence that
// puts an act only in that same country, as the story has left the town,
// and an act spread over the country ("across the country") or with a
// foreign actor stays where it is.
func sceneAcross(d *doc) {
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || loc == nil || loc.Text != "" || loc.Precision != "country" || loc.Country == "" || !acrossTypes.has(cd.ev.Type) || placesIn(cd.st, loc.Country) {
			continue
		}
		if foreignActor(cd.ev.Source, loc.Country) || foreignActor(cd.ev.Target, loc.Country) || countryWide(cd.st) {
			continue
		}
		idx := slices.Index(d.sents, cd.st)
		if idx < 1 {
			continue
		}
		if town := townOfStory(d, idx, loc.Country); town != nil {
			cp := *town
			cd.ev.Location = &cp
		}
	}
}

// townOfStory returns the place finer than a country, in country cc, of
// the last act told before d.sents[idx], within sceneReach sentences,
// passing over sentences whose acts all lie elsewhere. It returns nil when
// a sentence on the way puts an act only in cc.
func townOfStory(d *doc, idx int, cc string) *truce.Location {
	for n := idx - 1; n >= 0 && n >= idx-sceneReach; n-- {
		st := d.sents[n]
		var wide bool
		for k := len(d.cands) - 1; k >= 0; k-- {
			p := d.cands[k]
			if p.st != st || p.folded || p.ev.Location == nil || p.ev.Location.Country != cc {
				continue
			}
			if finerThanCountry(p.ev.Location) {
				return p.ev.Location
			}
			wide = true
		}
		if wide {
			return nil
		}
	}
	return nil
}

// countryWide reports whether a sentence spreads what it tells over a
// whole country: "nationwide", "across the country".
func countryWide(st *sent) bool {
	for k, w := range st.low {
		switch w {
		case "nationwide", "countrywide":
			return true
		case "across", "throughout":
			if k+2 < len(st.low) && st.low[k+1] == "the" && (st.low[k+2] == "country" || st.low[k+2] == "nation") {
				return true
			}
		}
	}
	return false
}

// placesIn reports whether st names a place in country cc that a place
// preposition introduces, or cc itself: "as they fled toward the hills of
// Zenda" names no place an act happened in.
func placesIn(st *sent, cc string) bool {
	for n := range st.places {
		p := &st.places[n]
		if p.place.Country == cc && (p.place.Precision == "country" || locPreps.has(prepBefore(st, p.i))) {
			return true
		}
	}
	return false
}
