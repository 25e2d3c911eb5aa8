package code

import "github.com/truce-project/truce"

// takenWithGuns gives ground an armed group took by force the means of
// the fight its sentence tells: "Boko Haram fighters overran an army base,
// killing about 40 soldiers", "gang gunmen took control of the town after
// a day-long gunfight with the police" are fought with small arms (CAMEO
// 190 names no means). A state's forces taking ground may as well have
// done it from the air or with guns far off, and are left alone, as an
// attack told bare is (see attackerTells); so is ground taken with no
// fighting or killing told.
func takenWithGuns(ev *truce.Event, e *entry, st *sent) {
	if !e.has(flagTerritory) || ev.CAMEO != "190" || ev.Mode != "" || len(ev.Source) == 0 {
		return
	}
	for _, a := range ev.Source {
		if isState(a) && !irregulars.has(a.Sector) || !armedSector.has(a.Sector) && !isArmedGroup(a) {
			return
		}
	}
	if tollWords(st) || st.hasAny(&gunFightWords) {
		ev.Mode = "firearms"
	}
}

// irregulars are the sectors of a country's armed men who are not its
// state: rebels, militias, gangs ("HTICRM").
var irregulars = filtered(wordSet("REB", "MLT", "CRM", "INS"))

// gunFightWords name a fight with small arms.
var gunFightWords = filtered(wordSet("gunfight", "gunfights", "firefight", "firefights", "shootout", "shootouts", "gunbattle", "gunfire"))
