package code

import "github.com/truce-project/truce"

// mode80StateTakenWithGuns gives ground a state's forces took the small
// arms of the fight the taking came in, when the clause names that fight
// as one with guns: "troops overran the rebel camp on Saturday after a
// five-hour firefight", "soldiers retook the post following a gun battle".
// takenWithGuns leaves a state's takings alone, since its forces may have
// fought from the air or from far off; a firefight, a gunfight or a
// shootout told as what the ground was taken in says they did not. A
// battle or fighting told bare names no means and gives none.
// Gold lists firearms for a fire exchange wherever it gives a mode (dev:
// 35 of 36 events told with one); of the 4 dev takings this reads, the
// one whose gold gives a mode gives firearms, the others leave it open.
func mode80StateTakenWithGuns(ev *truce.Event, e *entry, cd *candidate) {
	if !e.has(flagTerritory) || ev.CAMEO != "190" || ev.Mode != "" || len(ev.Source) == 0 {
		return
	}
	for _, a := range ev.Source {
		if !isState(a) || irregulars.has(a.Sector) {
			return // the others are takenWithGuns's
		}
	}
	st := cd.st
	// As far on as fightTakenIn looks for the fight a taking came in.
	for k := cd.j; k < len(st.low) && k-cd.j <= 20; k++ {
		if st.low[k] == ";" || st.low[k] == ":" {
			return
		}
		if !gunFightWords.has(st.low[k]) && !(st.low[k] == "gun" && k+1 < len(st.low) && mode80Battles.has(st.low[k+1])) {
			continue
		}
		// The fight is what the taking came in: "after [a five-hour]
		// firefight", not a firefight told of something else.
		for n := k - 1; n >= cd.j && n >= k-6; n-- {
			if fightPreps.has(st.low[n]) {
				ev.Mode = "firearms"
				return
			}
		}
	}
}

// mode80Battles are the nouns of "gun battle".
var mode80Battles = filtered(wordSet("battle", "battles"))
