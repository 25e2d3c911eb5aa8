package code

import "strings"

// The "by" agent of a passive verb told past what stands between them: a
// result ("was beaten to death inside his shop by a mob"), where from and
// when ("was taken from her home a week earlier by gunmen"), or the
// weapon the agent used ("was hit by a rubber bullet fired by police").

// rolesX91Projectiles name what is fired, thrown or dropped at someone.
var rolesX91Projectiles = filtered(wordSet(
	"bullet", "bullets", "round", "rounds", "shell", "shells", "rocket", "rockets",
	"missile", "missiles", "grenade", "grenades", "canister", "canisters",
	"cartridge", "cartridges", "mortar", "mortars", "bomb", "bombs", "drone", "drones",
	"projectile", "projectiles", "pellet", "pellets", "shot", "shots", "firework", "fireworks",
	"stone", "stones", "rock", "rocks", "brick", "bricks", "bottle", "bottles",
	"explosive", "explosives", "device", "devices", "mine", "mines", "landmine", "landmines",
	"shrapnel", "munition", "munitions",
))

// rolesX91Launching are the participles by which a weapon leaves whoever
// uses it: "a grenade thrown by", "a shell fired by".
var rolesX91Launching = filtered(wordSet(
	"fired", "thrown", "launched", "dropped", "planted", "lobbed", "hurled", "shot", "detonated", "used",
))

// rolesX91TimeWords close a phrase of time that may stand between a
// passive verb and its agent: "a week earlier", "two days ago".
var rolesX91TimeWords = filtered(wordSet("earlier", "ago", "before", "later"))

// rolesX91TailPreps open a phrase of where to or from that may stand
// between a passive verb and its agent besides the phrases of time and
// place: "from her home", "into a car".
var rolesX91TailPreps = filtered(wordSet("from", "into", "onto", "to", "with", "outside", "behind"))

// rolesX91ByPastTail returns the "by" that names the agent of the passive
// verb a trigger ending at j tells, past a weapon phrase or a tail of
// result, place and time; -1 when there is none.
func (st *sent) rolesX91ByPastTail(j int) int {
	if j < 0 || j >= len(st.low) {
		return -1
	}
	if st.low[j] == "by" {
		return st.rolesX91ByPastWeapon(j)
	}
	// The participle may close the trigger or stand before what the
	// trigger names with it: "was beaten to death", "snatched from his
	// home".
	v := j - 1
	for v > 0 && v >= j-4 && st.toks[v].tag != "VBN" && (rolesX91TailPreps.has(st.low[v]) || st.low[v] == "death" ||
		strings.HasPrefix(st.toks[v].tag, "NN") || st.toks[v].tag == "DT" || st.toks[v].tag == "PRP$") {
		v--
	}
	if v < 0 || !st.isPassive(v) {
		return -1
	}
	k := j
	if st.low[k] == "to" && k+1 < len(st.low) && st.low[k+1] == "death" {
		k += 2
	}
	seen := k > j
	inPhrase := false // past a preposition, before its noun
	for n := k; n < len(st.toks) && n < k+14; n++ {
		w, t := st.low[n], st.toks[n].tag
		if w == "by" {
			if !seen {
				return -1
			}
			if b := st.rolesX91ByPastWeapon(n); b >= 0 {
				return b
			}
			return n
		}
		if m := st.mentionAt(n); m != nil {
			// What they were taken from may be named as an actor
			// ("from their school"); any other actor ends the tail.
			if !m.place && !inPhrase {
				return -1
			}
			n = m.j - 1
			seen, inPhrase = true, false
			continue
		}
		switch {
		case adjunctPreps.has(w) || rolesX91TailPreps.has(w):
			seen, inPhrase = true, true
		case rolesX91TimeWords.has(w):
			seen, inPhrase = true, false
		case t == "DT" || t == "JJ" || t == "CD" || t == "PRP$":
		case strings.HasPrefix(t, "NN") || t == "POS":
			inPhrase = false
		default:
			return -1
		}
	}
	return -1
}

// rolesX91ByPastWeapon returns, for a "by" at b that names a weapon and
// not who used it, the "by" after the weapon's participle: "by a tear gas
// canister fired by police", "by stones thrown by settlers". -1 when the
// phrase is not a weapon fired, thrown or dropped by someone.
func (st *sent) rolesX91ByPastWeapon(b int) int {
	weapon := false
	for n := b + 1; n < len(st.toks) && n < b+7; n++ {
		w, t := st.low[n], st.toks[n].tag
		if rolesX91Launching.has(w) && weapon {
			if n+1 < len(st.low) && st.low[n+1] == "by" {
				return n + 1
			}
			return -1
		}
		if st.mentionAt(n) != nil {
			return -1
		}
		if rolesX91Projectiles.has(w) {
			weapon = true
			continue
		}
		if t != "DT" && t != "CD" && !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NN") && t != "VBN" && w != "-" {
			return -1
		}
	}
	return -1
}
