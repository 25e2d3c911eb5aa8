package code

import "github.com/truce-project/truce"

// An air or drone strike the text names no maker for is made by the
// aircraft it names: "A drone strike on a market in Gao killed 12" is
// coded as "Drones struck a market in Gao" is, the aircraft a state's.

// aircraftKind marks the mention unclaimedAircraft makes of the strike's
// own words.
const aircraftKind = "aircraft"

// unclaimedAircraft gives an air or drone strike that names no one who
// made it, but whom it hit, the aircraft it names for its source, an unnamed military whose
// country genericCountry picks (see aircraftCountry): in "A drone strike
// on a school in Sagaing killed nine children" the drones are a state's,
// though the sentence says not whose. A strike with a "by" after it
// ("an air strike by unidentified aircraft") or blamed on someone in its
// sentence or the next is left to that.
func (c *Coder) unclaimedAircraft(d *doc, cd *candidate) {
	st := cd.st
	if cd.src != nil || cd.tgt == nil || c.lex.cameo[cd.e.cameo].plover != truce.Assault || !aircraftModes.has(cd.e.mode) {
		return
	}
	if cd.j < len(st.low) && st.low[cd.j] == "by" || blameNear(d, st) {
		return
	}
	craft, strike := false, false
	for k := cd.i; k < cd.j; k++ {
		craft = craft || strikeAircraftWords.has(st.low[k])
		strike = strike || aircraftStrikeWords.has(st.low[k])
	}
	if !craft || !strike {
		return
	}
	cd.src = []*mention{{i: cd.i, j: cd.j, kind: aircraftKind,
		actor: truce.Actor{Text: st.textOf(cd.i, cd.j), Sector: "MIL"}}}
}

// aircraftStrikeWords name the strike itself, so that "a drone" alone,
// which may be seen or downed, makes no strike: "a drone strike", "air
// raids", "airstrikes", "barrel bombs".
var aircraftStrikeWords = filtered(wordSet("strike", "strikes", "raid", "raids", "attack", "attacks", "airstrike", "airstrikes", "bomb", "bombs", "bombardment", "bombardments"))

// aircraftModes are the modes of strikes from the air.
var aircraftModes = filtered(wordSet("aerial", "drone"))

// strikeAircraftWords name the aircraft in a strike's own words: "a drone
// strike", "air strikes", "barrel bombs" (dropped from helicopters).
var strikeAircraftWords = filtered(wordSet("drone", "drones", "air", "airstrike", "airstrikes", "barrel", "warplane", "warplanes"))

// aircraftCountry returns the country whose aircraft made an unclaimed
// strike on loc: a foreign state's over a land that has no aircraft of
// its own ("a drone strike on a house in Gaza"); the enemy's, when the
// article is about a war between the struck state and one other and
// names no rebels of the struck land ("a drone strike on a depot in
// Kursk"); else the struck land's own, as in a civil war ("an air strike
// on a village in Sagaing"). "" when the strike has no place.
func (d *doc) aircraftCountry(st *sent, loc *truce.Location, other []truce.Actor) string {
	if loc == nil || loc.Country == "" {
		return ""
	}
	place := loc.Country
	if unarmedTerritories.has(place) {
		return d.strikerCountry(st, place, other)
	}
	if foe := d.warFoe(place, other); foe != "" {
		return foe
	}
	return place
}

// warFoe returns the other of the article's two main states when place is
// one of them and the article names no rebels of place, or "": the state
// at war with place.
func (d *doc) warFoe(place string, other []truce.Actor) string {
	if len(d.dyad) != 2 || !hasCountry(d.dyad, place) {
		return ""
	}
	foe := d.dyad[0].Country
	if foe == place {
		foe = d.dyad[1].Country
	}
	if foe == place || hasCountry(other, foe) {
		return ""
	}
	for _, s := range d.sents {
		for _, n := range s.mentions {
			if !n.place && n.actor.Sector == "REB" && (n.actor.Country == place || n.actor.Country == "") {
				return ""
			}
		}
	}
	return foe
}
