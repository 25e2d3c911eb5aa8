package code

// ACLED rules for the edge of what ACLED records: acts that carry a
// strategic label by their verb but are done by people who are no side
// of a conflict.

import (
	"strings"

	"github.com/truce-project/truce"
)

// unarmedChange: a defection, a surrender or a disbanding changes an armed
// group ("200 militiamen surrendered to the army"); a lawmaker crossing
// the floor or a suspect giving himself up to the police changes none
// ("the senator defected to the opposition", "the fugitive surrendered to
// police").
func unarmedChange(x *acx) bool {
	if !x.is(acledStrategic, subChange) || x.e.mode != "disarm" {
		return false
	}
	if hasArmed(x.ev.Source) || hasArmedGroup(x.ev.Source) || x.clauseHas(&combatantWords) || x.clauseHas(&armsWords) {
		return false
	}
	if len(x.ev.Source) == 0 && !x.clauseHas(&civilianDoers) && !x.clauseHas(&policeWords) {
		return false
	}
	return x.set("", "")
}

// combatantWords name the people of an armed side.
var combatantWords = filtered(wordSet("fighters", "fighter", "militants", "militant", "rebels", "rebel", "commander", "commanders",
	"soldiers", "soldier", "troops", "militiamen", "militia", "militias", "insurgents", "insurgent", "jihadists", "jihadist",
	"gunmen", "combatants", "guerrillas", "guerrilla", "army", "forces", "unit", "units", "battalion", "brigade", "garrison"))

// civilianDoers name people who are no side in a conflict.
var civilianDoers = filtered(wordSet("businessman", "businesswoman", "fugitive", "suspect", "lawmaker", "lawmakers", "senator",
	"senators", "deputy", "deputies", "councillor", "councillors", "mayor", "politician", "politicians", "candidate"))

// policeWords name the police one surrenders to.
var policeWords = filtered(wordSet("police", "policemen", "authorities"))

// criminalsHeld: people held as offenders of ordinary crime are police
// work ACLED does not record: "arrested three smugglers", "detained two
// men carrying cocaine". Arms or explosives seized with them make the
// arrest part of a conflict and keep the label.
func criminalsHeld(x *acx) bool {
	if !x.is(acledStrategic, subArrests) || hasAnySector(x.ev.Target, fighterSector.m) || hasAnySector(x.ev.Target, figureSector.m) {
		return false
	}
	if x.clauseHas(&armsWords) || x.clauseHas(&combatantWords) {
		return false
	}
	if x.clauseHas(&offenderWords) || x.clauseHas(&contrabandWords) {
		return x.set("", "")
	}
	return false
}

// fighterSector are the armed sectors other than crime: the arrest of
// soldiers, police or rebels is political whatever they carried.
var fighterSector = filtered(wordSet("MIL", "COP", "REB", "MLT", "SPY"))

// offenderWords name people by an ordinary crime.
var offenderWords = filtered(wordSet("smugglers", "smuggler", "traffickers", "trafficker", "robbers", "robber", "thieves", "thief",
	"burglars", "burglar", "poachers", "poacher", "fraudsters", "fraudster", "pickpockets", "carjackers", "dealers", "dealer",
	"counterfeiters", "bootleggers"))

// contrabandWords name goods whose possession is ordinary crime.
var contrabandWords = filtered(wordSet("heroin", "cocaine", "cannabis", "marijuana", "methamphetamine", "meth", "narcotics",
	"contraband", "counterfeit", "ivory", "opium", "hashish", "fentanyl"))

// politicalBan: a state that bans or dissolves an armed group changes who
// may act in the conflict, which ACLED records as another strategic
// development ("the government outlawed the militia"); a ban on a party,
// a newspaper, goods or habits is no such act.
func politicalBan(x *acx) bool {
	if x.ev.ACLEDType != "" || x.ev.Mode != "ban" {
		return false
	}
	// "dissolve~" matches "dissolved" but is not found again word for
	// word: look for the verb by its stem.
	at := x.i
	for k := 0; at < 0 && k < len(x.st.low); k++ {
		for _, p := range banStems {
			if strings.HasPrefix(x.st.low[k], p) {
				at = k
			}
		}
	}
	// "threatened to ban the party", "would dissolve it": not done.
	if at < 0 || at > 0 && x.st.low[at-1] == "to" {
		return false
	}
	switch statusNear(x.st, at) {
	case truce.StatusNegated, truce.StatusHypothetical, truce.StatusPlanned:
		return false
	}
	if !hasAnySector(x.ev.Target, bannedSector.m) {
		return false
	}
	return x.set(acledStrategic, subOther)
}

// bannedSector are the sectors whose ban shifts a conflict: militias
// (outlawing a rebel group already at war is a designation, not a
// change). A ban on a party, a newspaper or gatherings gets no label
// (code/testdata/snippets/README.md, "Category and mode").
var bannedSector = filtered(wordSet("MLT"))

// banStems begin the verbs of a ban.
var banStems = []string{"ban", "dissolv", "outlaw", "proscrib"}

// protestBanned: a ban on rallies is no rally ("authorities banned all
// demonstrations in the capital", "a ban on protests"); the ban itself
// carries no protest label.
func protestBanned(x *acx) bool {
	if !x.is(acledProtests, subPeaceful) || x.i < 0 {
		return false
	}
	for k := x.i - 1; k >= 0 && k >= x.i-3 && x.st.clause[k] == x.st.clause[x.i]; k-- {
		w := x.st.low[k]
		for _, p := range protestBanStems {
			if strings.HasPrefix(w, p) {
				return x.set("", "")
			}
		}
	}
	return false
}

// protestBanStems begin the words of a ban on gatherings.
var protestBanStems = []string{"ban", "prohibit", "outlaw", "forbid", "forbad"}
