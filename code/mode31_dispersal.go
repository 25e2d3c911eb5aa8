package code

import "github.com/truce-project/truce"

// dispersalOnly reports whether a crowd-control event at token i tells
// force used only to scatter a crowd, which coerces it (CAMEO 175 lies
// under CAMEO's coercion root): "police fired tear gas to disperse the
// crowd", "used water cannon to break up a sit-in", "fired warning shots
// to scatter them", "security forces dispersed the marchers". Force told
// without that end ("fired tear gas at protesters") stays the assault
// PLOVER reads in 175, and so does a clause that tells harm done: live or
// rubber bullets, people shot, beaten, hurt or killed ("fired tear gas and
// rubber bullets to disperse villagers", "a protester died after being hit
// by a tear gas canister"), or force turned on fighters rather than a
// crowd ("dropped tear gas to clear enemy trenches").
func dispersalOnly(st *sent, i int, tgt []truce.Actor) bool {
	from, to := joinedClause(st, i)
	scatter := false
	for k := from; k < to; k++ {
		if harmDoneWords.has(st.low[k]) {
			return false
		}
		if k >= i && scatterWords.has(st.low[k]) && (k == i || st.low[k-1] == "to") {
			scatter = true
		}
	}
	if !scatter {
		return false
	}
	for _, a := range tgt {
		if a.Sector == "MIL" || a.Sector == "REB" || isArmedGroup(a) {
			return false
		}
	}
	return true
}

// joinedClause returns the tokens [from, to) of the clause that holds
// token i, taking ", and", ", but" and ";" as bounds: in "youths angered
// by a death set fire to a station, and gendarmes fired tear gas to
// disperse them" the death is not the gendarmes' doing.
func joinedClause(st *sent, i int) (from, to int) {
	bound := func(k int) bool {
		return st.low[k] == ";" || st.low[k] == "," && k+1 < len(st.low) && (st.low[k+1] == "and" || st.low[k+1] == "but")
	}
	from, to = 0, len(st.low)
	for k := i - 1; k >= 0; k-- {
		if bound(k) {
			from = k + 1
			break
		}
	}
	for k := i + 1; k < len(st.low); k++ {
		if bound(k) {
			to = k
			break
		}
	}
	return from, to
}

// scatterWords are the verbs of moving a crowd away, after "to" or as the
// trigger itself: "to disperse", "to break up", "to clear them".
var scatterWords = filtered(wordSet("disperse", "dispersed", "dispersing", "disperses", "scatter", "break", "broke",
	"clear", "drive", "push"))

// harmDoneWords tell force that hurt people, not only moved them.
var harmDoneWords = filtered(wordSet("live", "bullet", "bullets", "rubber", "pellets", "pellet", "shot", "shooting",
	"killed", "killing", "kill", "dead", "died", "death", "deaths", "wounded", "wounding", "injured",
	"injuring", "injuries", "hurt", "beat", "beating", "beaten", "clubbed", "hit", "struck", "hospital",
	"hospitalised", "hospitalized", "bleeding", "lethal"))
