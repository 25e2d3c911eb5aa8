package code

import "github.com/truce-project/truce"

// Issue 3, round x46: "another drone hit a power substation". A weapon
// counted on from one told before ("another drone", "a second missile",
// "the third rocket") is one more of the same attacker's: when the attack
// it carries names no attacker, it is the one who launched the weapon
// before.

// x46WeaponNouns are the weapons an attack is told through.
var x46WeaponNouns = filtered(wordSet("drone", "drones", "shell", "shells", "rocket", "rockets",
	"missile", "missiles", "mortar", "mortars", "projectile", "projectiles", "bomb", "bombs",
	"grenade", "grenades", "munition", "munitions", "strike", "strikes", "airstrike", "airstrikes",
	"warplane", "warplanes", "jet", "jets", "helicopter", "helicopters", "shot", "shots"))

// anotherWeaponX46 gives an attack with no attacker whose weapon is counted
// on from an earlier one ("another drone", "a second rocket") the attacker
// of the nearest earlier attack of the article that names one, unless that
// attacker is the one now hit.
func (c *Coder) anotherWeaponX46(d *doc) {
	var last *candidate
	for _, cd := range d.cands {
		if cd.folded || cd.ev.Type != "ASSAULT" {
			continue
		}
		if len(cd.ev.Source) > 0 {
			last = cd
			continue
		}
		if last != nil && cd.st.anotherWeaponX46(cd.i) && !x46SharesActor(last.ev.Source, cd.ev.Target) {
			cd.ev.Source = append([]truce.Actor{}, last.ev.Source...)
		}
	}
}

// x46SharesActor reports whether an actor of a is also in b: the earlier
// attacker hit by this weapon did not launch it.
func x46SharesActor(a, b []truce.Actor) bool {
	for _, x := range a {
		for _, y := range b {
			if x.ID == y.ID {
				return true
			}
		}
	}
	return false
}

// anotherWeaponX46 reports whether a weapon counted on from an earlier one
// ("another drone", "a second missile", "the third rocket") stands just
// before the trigger at i, or is it: no verb and no clause break between.
func (st *sent) anotherWeaponX46(i int) bool {
	lo := i - 4
	if lo < 0 {
		lo = 0
	}
	for k := i - 1; k >= lo; k-- {
		w := st.low[k]
		if w == "," || w == ";" || w == "and" || w == "but" || w == "that" || w == "which" {
			return false
		}
		if t := st.toks[k].tag; len(t) >= 2 && t[:2] == "VB" {
			return false
		}
		counted := w == "another"
		if ordinals.has(w) && k > 0 && (st.low[k-1] == "a" || st.low[k-1] == "the") {
			counted = true
		}
		if !counted {
			continue
		}
		for e := k + 1; e <= i && e < len(st.low); e++ {
			if x46WeaponNouns.has(st.low[e]) {
				return true
			}
		}
		return false
	}
	return false
}
