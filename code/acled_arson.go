package code

// ACLED rules for arson and the burning of property: a crowd that burns the
// state's buildings riots, an organised group that burns property destroys
// it, and one that burns people out attacks them.

import "strings"

// politicalArson: a crowd that burns a police post or the homes and offices
// of politicians riots against the state, a violent demonstration and not
// a mob's violence: "angry youths torched a police station", "crowds set
// fire to the offices of the ruling party". A crowd the text calls a mob,
// with no protest told, stays a mob ("a mob burned the police post").
func politicalArson(x *acx) bool {
	if !x.is(acledRiots, subMob) || x.e.mode != "destroy" || x.i < 0 || x.mobNoMarch() {
		return false
	}
	if hasAnySector(x.ev.Target, politicalSectors.m) {
		return x.set(acledRiots, subViolentDem)
	}
	for k := x.j; k < len(x.st.low) && k < x.j+8 && x.st.clause[k] == x.st.clause[x.i]; k++ {
		w := x.st.low[k]
		if w == "," {
			break
		}
		if politicalOwners.has(w) || strings.HasSuffix(w, "-party") {
			return x.set(acledRiots, subViolentDem)
		}
	}
	return false
}

// politicalSectors are the state's organs a rioting crowd turns on.
var politicalSectors = filtered(map[string]bool{"GOV": true, "COP": true, "LEG": true, "JUD": true})

// politicalOwners own what a crowd burns in protest.
var politicalOwners = filtered(wordSet("politician", "politicians", "lawmaker", "lawmakers", "mp", "mps", "minister", "ministers",
	"mayor", "governor", "party", "parliament", "police"))

// arsonByOrganised: setting fire to buildings is mob violence when a crowd
// does it, but property destruction when an armed or organised actor does
// ("suspected separatists set fire to a school").
func arsonByOrganised(x *acx) bool {
	if !x.is(acledRiots, subMob) || x.e.mode != "destroy" || len(x.ev.Source) == 0 {
		return false
	}
	if !x.st.hasAny(&organisedCivilians) {
		for _, a := range x.ev.Source {
			switch a.Sector {
			case "CVL", "PRO", "EDU", "REL", "BUS", "LAB":
				return false
			}
		}
	}
	if !hasArmed(x.ev.Target) && x.harmsPeople() {
		return x.set(acledCivilians, subAttack)
	}
	return x.set(acledStrategic, subLooting)
}

// harmsPeople reports whether the arson's clause tells of people killed or
// hurt ("set fire to a bus, killing three passengers") or of a rampage
// through a place ("settlers rampaged through the village, torching
// cars"): an attack on its people, not damage to property alone.
func (x *acx) harmsPeople() bool {
	for k, w := range x.st.low {
		if x.i >= 0 && x.st.clause[k] != x.st.clause[x.i] {
			continue
		}
		if harmWords.has(w) || strings.HasPrefix(w, "rampag") {
			return true
		}
	}
	return false
}

// harmWords tell of people killed or hurt.
var harmWords = filtered(wordSet("killing", "killed", "dead", "died", "death", "deaths", "injuring", "injured", "wounding", "wounded",
	"hurt", "amok"))
