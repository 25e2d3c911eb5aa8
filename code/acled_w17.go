package code

// ACLED rules for constructions from a seventeenth round of wire copy:
// people rounded up by unnamed gunmen, crowds that lay hands on people
// with no protest told, a bloc's force deployed, forces leaving a joint
// force or a country, and aircraft that come under fire.

import (
	"strings"

	"github.com/truce-project/truce"
)

// takenByGunmen: people "rounded up" or "detained" by unnamed gunmen,
// bandits or kidnappers are taken hostage, not arrested: "armed men
// rounded up forty villagers at the market". Only the state, or a named
// group that governs the ground, arrests.
func takenByGunmen(x *acx) bool {
	if !x.is(acledStrategic, subArrests) || len(x.ev.Source) == 0 {
		return false
	}
	for _, a := range x.ev.Source {
		if stateForce(a) || !unnamedGunmen(a) {
			return false
		}
	}
	return x.set(acledCivilians, subAbduction)
}

// unnamedGunmen reports whether an actor is a band of armed men the text
// does not name: "gunmen", "armed men", "bandits", or a criminal gang.
func unnamedGunmen(a truce.Actor) bool {
	if a.Sector == "CRM" {
		return true
	}
	if a.Sector != "REB" && a.Sector != "MLT" && a.Sector != "" {
		return false
	}
	return gunmenWords.has(strings.ToLower(lastWord(a.Text)))
}

// gunmenWords are the last words of names for unnamed armed men.
var gunmenWords = filtered(wordSet("gunmen", "gunman", "men", "bandits", "kidnappers", "abductors", "assailants", "attackers",
	"militiamen", "raiders"))

// crowdRiots: a crowd that drags out, beats or lynches people where the
// sentence tells of no protest is a mob, not a demonstration: "a crowd
// pulled two suspects from a van, beat them and set them alight". A crowd
// that only burns shops or homes may be the protest an earlier sentence
// told of, and stays a riot, as does a crowd told as protesting ("crowds
// protesting against the price rise beat a trader").
func crowdRiots(x *acx) bool {
	if !x.is(acledRiots, subViolentDem) || x.i < 0 || x.st.hasAny(&marchWords) || !x.crowdDoes() {
		return false
	}
	if x.st.hasPrefix("protest") || x.st.hasPrefix("demonstrat") {
		return false
	}
	if !x.st.hasAny(&mobHarmWords) && !x.st.hasPhrase("to", "death") {
		return false
	}
	return x.set(acledRiots, subMob)
}

// mobHarmWords tell of a crowd laying hands on people.
var mobHarmWords = filtered(wordSet("beat", "beating", "dragged", "dragging", "pulled", "lynched", "lynching", "hacked"))

// blocForceWords name the forces a bloc sends.
var blocForceWords = filtered(wordSet("force", "forces", "troops", "soldiers", "brigade", "contingent", "contingents", "mission",
	"peacekeepers"))

// postureTold reports whether the trigger's clause tells of a show of
// force (warships, jets, a border, an alert) rather than forces sent to
// act; a "standby force" is a force, not forces put on standby.
func (x *acx) postureTold() bool {
	for k, w := range x.st.low {
		if !postureWords.has(w) || x.i >= 0 && x.st.clause[k] != x.st.clause[x.i] {
			continue
		}
		if w == "standby" && k+1 < len(x.st.low) && blocForceWords.has(x.st.low[k+1]) {
			continue
		}
		return true
	}
	return false
}

// leftForceOrCountry: forces pulled out of a joint force or a mission
// ("withdrew its troops from the regional force", "pulled its soldiers
// out of the joint task force"), or that leave "the country" they were
// posted in, end a deployment: a change to their activity, no ground
// handed over.
func leftForceOrCountry(x *acx) bool {
	if !x.is(acledStrategic, subTransfer) || x.e.mode != "withdraw" || x.i < 0 || !x.forcesLeave() || x.intended() {
		return false
	}
	st := x.st
	for k := x.j; k < len(st.low) && k < x.j+3 && st.clause[k] == st.clause[x.i]; k++ {
		if st.low[k] == "country" && st.low[k-1] == "the" {
			return x.set(acledStrategic, subChange)
		}
		if st.low[k] != "from" && st.low[k] != "of" {
			continue
		}
		for n := k + 1; n < len(st.low) && n <= k+5 && st.clause[n] == st.clause[x.i]; n++ {
			if jointForceWords.has(st.low[n]) {
				return x.set(acledStrategic, subChange)
			}
			if st.low[n] == "," || groundWords.has(st.low[n]) {
				break
			}
		}
	}
	return false
}

// jointForceWords name a force or mission that states send troops to.
var jointForceWords = filtered(wordSet("force", "coalition", "mission", "operation", "contingent"))

// aircraftUnderFire: an aircraft that "came under fire" is the target of
// ground fire, not the striker: "an army helicopter came under fire near
// the airstrip" is a fight; a drone that came under fire is weapons use
// disrupted.
func aircraftUnderFire(x *acx) bool {
	if x.i < 0 || !x.spanHas(wordSet("under")) || !(x.is(acledRemote, subAirDrone) || x.is(acledBattles, subClash)) {
		return false
	}
	for k := x.i - 1; k >= 0 && k >= x.i-4 && x.st.clause[k] == x.st.clause[x.i]; k-- {
		w := x.st.low[k]
		if !targetAircraft.has(w) {
			continue
		}
		if droneWords.has(w) {
			return x.set(acledStrategic, subDisrupted)
		}
		return x.set(acledBattles, subClash)
	}
	return false
}
