package code

// ACLED labels of force met by protesters (issue 3), second pass: which
// side of the line between a violent demonstration and excessive force
// against protesters a shooting falls. acled35Label is the last of
// acledReaders; a document pass reads looting crowds (acled35_loot.go).

import "github.com/truce-project/truce"

// acled35Label recodes the labels the per-sentence rules confuse.
func acled35Label(cd *candidate) acledRecoding {
	if acled35FiredOnProtesters(cd) {
		return recordedAs(acledProtests, subExcessive)
	}
	if acled35ForceAfterRiot(cd) {
		return recordedAs(acledRiots, subViolentDem)
	}
	return keepACLED
}

// acled35FiredOnProtesters: shooting aimed at protesters ("guards opened
// fire on the crowd outside the party office", "police fired on people
// protesting against the water cuts") is excessive force against them,
// whatever the crowd is told to have done around it. The per-sentence
// rules make force told before the crowd's violence ("opened fire on
// protesters who forced their way into the assembly") part of the riot;
// for the firing triggers (CAMEO 193, small arms aimed at people) the gold
// gives excessive force in 52 of the 57 dev events against protesters,
// and in 4 of the 5 the riot rules label a violent demonstration (the
// fifth has no label).
func acled35FiredOnProtesters(cd *candidate) bool {
	ev := &cd.ev
	if cd.e == nil || cd.e.cameo != "193" || ev.Type != truce.Assault || ev.ACLEDType != acledRiots ||
		ev.ACLEDSubtype != subViolentDem {
		return false
	}
	return hasSector(ev.Target, "PRO")
}

// acled35ForceAfterRiot: police or soldiers who kill or hurt protesters
// after the sentence has told the crowd's violence ("protesters stormed
// the assembly and set it ablaze, and police responded with live fire
// that killed five") act in that riot, a violent demonstration, as ACLED
// codes the state's answer to one. The per-sentence rules read force told
// after the rioting as the state's excess; in the dev events where state
// forces use force on protesters, the rioting is told before the force
// and none after it, the gold gives a violent demonstration in 9 of 10
// (the tenth has no label). A trigger just after "after" ("hours after
// security forces shot dead a demonstrator") tells force that came before
// the riot in time and is left alone, as is firing aimed at protesters
// (acled35FiredOnProtesters).
func acled35ForceAfterRiot(cd *candidate) bool {
	ev := &cd.ev
	if cd.i <= 0 || cd.e == nil || cd.e.cameo == "193" || ev.Type != truce.Assault || ev.ACLEDType != acledProtests ||
		ev.ACLEDSubtype != subExcessive || !hasSector(ev.Target, "PRO") || !mode59StateForces(ev.Source) {
		return false
	}
	st := cd.st
	for k := cd.i - 1; k >= 0 && k >= cd.i-4; k-- {
		if st.low[k] == "after" {
			return false
		}
	}
	return riotingIn(st, 0, cd.i) && !riotingFrom(st, cd.j)
}
