package code

// ACLED labels of an attack on protesters by people who are no crowd
// (issue 3): acled33Label is the last of acledReaders; it also reads the
// decrees of a coup (acled33_coup.go).

import (
	"strings"

	"github.com/truce-project/truce"
)

// acled33Label recodes the labels the per-sentence rules confuse.
func acled33Label(cd *candidate) acledRecoding {
	if acled33AssailantsOfProtesters(cd) {
		return recordedAs(acledCivilians, subAttack)
	}
	if acled33CoupDecree(cd) {
		return recordedAs(acledStrategic, subOther)
	}
	return keepACLED
}

// acled33AssailantsOfProtesters: protesters beaten, stabbed or shot by
// civilians who are not themselves a crowd or the protest ("a man shot
// dead two marchers at the roadblock", "men in plain clothes beat the
// demonstrators with batons", "the activists were beaten by youths of the
// ruling party") suffer an attack on civilians. The per-sentence rules
// read any civilian doer against a protest as a crowd turning on it, a
// violent demonstration; the gold keeps that label for a mob, a crowd or
// rioters, and for a party's or a movement's supporters who attack a
// rally ("supporters of the banned party attacked the rally"): only
// doers coded as plain civilians (sector CVL) are recoded, and not a
// people's many ("angry residents attacked the protesters").
func acled33AssailantsOfProtesters(cd *candidate) bool {
	ev := &cd.ev
	if ev.Type != truce.Assault || ev.Mode == "sexual" || ev.ACLEDType != acledRiots || ev.ACLEDSubtype != subViolentDem ||
		!hasSector(ev.Target, "PRO") || len(ev.Source) == 0 {
		return false
	}
	for _, a := range ev.Source {
		if a.Sector != "CVL" || acled33CrowdHeads.has(strings.ToLower(lastWord(a.Text))) {
			return false
		}
	}
	st := cd.st
	if st.hasAny(&rioterWords) || st.hasAny(&mobWords) {
		return false
	}
	for k := cd.i; k >= 0 && k < cd.j && k < len(st.low); k++ {
		if strings.HasPrefix(st.low[k], "clash") {
			return false
		}
	}
	return true
}

// acled33CrowdHeads are the heads of doers that are many people acting
// together: a crowd, a population, a side's supporters.
var acled33CrowdHeads = filtered(wordSet("crowd", "crowds", "mob", "mobs", "throng", "throngs", "rioters", "looters",
	"vigilantes", "residents", "villagers", "locals", "inhabitants", "townspeople", "townsfolk", "neighbours",
	"neighbors", "supporters", "loyalists", "partisans", "counter-protesters", "counter-demonstrators",
	"counterprotesters", "counterdemonstrators"))
