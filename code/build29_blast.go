package code

// Blasts with no hand named: a mine, a bomb or a second explosion that
// maimed or hurt people is an attack by an unknown actor on them, even
// when the place it went off in is not in the gazetteer.

import "github.com/truce-project/truce"

// maimingWords tell a person maimed by a blast without a toll count:
// "a soldier lost a leg when a landmine exploded under him".
var maimingWords = filtered(map[string]bool{
	"maimed": true, "maiming": true, "amputated": true,
})

// lostLimbs are the body parts whose loss, after "lost", tells a maiming:
// "lost both legs", "lost an arm".
var lostLimbs = filtered(map[string]bool{
	"leg": true, "legs": true, "arm": true, "arms": true, "limb": true,
	"limbs": true, "foot": true, "feet": true, "hand": true, "hands": true,
	"eye": true, "eyes": true,
})

// maimed reports whether the sentence tells someone maimed or hurt with
// no count: "a herder lost both legs", "maiming a boy". ("Hurt" is
// left out: "nobody was hurt".)
func maimed(st *sent) bool {
	for k, w := range st.low {
		if maimingWords.has(w) {
			return true
		}
		if w != "lost" {
			continue
		}
		for n := k + 1; n < len(st.low) && n <= k+3; n++ {
			if lostLimbs.has(st.low[n]) {
				return true
			}
		}
	}
	return false
}

// victimsCountry returns the country whose people an attack with no one
// named hurt: the country of its place, else, for a blast its trigger
// names as a weapon, the country most of the article's places are in
// ("their car struck a landmine near" a village the gazetteer does not
// know, in a story from Syria). Other acts with no place keep none:
// "fighters were killed in the operation that followed" may count the
// attackers, and "fuel containers exploded" names no weapon.
func (b *building) victimsCountry() string {
	if b.loc != nil && b.loc.Country != "" {
		return b.loc.Country
	}
	if b.e.mode == "explosives" && (b.e.pos == 'N' || b.cd.j-b.cd.i > 1) {
		return b.d.focus
	}
	return ""
}

// maimedPerson returns the people a sentence tells maimed or hurt as the
// subject of its toll, for a blast that names no one it hit: "a soldier
// lost a leg when a landmine exploded", "two porters were wounded when a
// mine went off". A bare noun ("a soldier") comes as its sector alone,
// for the country of the blast. It returns false when no people stand
// there.
func maimedPerson(st *sent) (truce.Actor, bool) {
	for n := range st.mentions {
		m := &st.mentions[n]
		k := m.j
		if m.place || m.actor.ID == "" && m.actor.Sector == "" || k+1 >= len(st.low) {
			continue
		}
		if st.low[k] == "lost" && maimed(st) || (st.low[k] == "was" || st.low[k] == "were") && victimParticiples.has(st.low[k+1]) {
			return m.actor, true
		}
	}
	return truce.Actor{}, false
}

// victimParticiples tell, after "was" or "were", the people a blast hurt.
var victimParticiples = filtered(map[string]bool{
	"killed": true, "wounded": true, "injured": true, "maimed": true,
})
