package code

// ACLED rules for burnings whose doer the sentence names only as a crowd,
// or not at all.

// arsonByCrowd: property burned by a crowd the sentence names as the doer
// ("a mob burned the market stalls", "looters torched the warehouses") is
// mob violence, whatever else the sentence tells ("… after a settler was
// stabbed"). A crowd of settlers is an organised group ("a mob of settlers
// burned cars"), left to the rules for those.
func arsonByCrowd(x *acx) bool {
	if x.e.mode != "destroy" || !(x.is(acledRiots, subMob) || x.is(acledStrategic, subLooting)) || !x.crowdDoes() {
		return false
	}
	for k := x.i - 1; k >= 0 && x.st.clause[k] == x.st.clause[x.i]; k-- {
		if organisedCivilians.has(x.st.low[k]) {
			return false
		}
	}
	return x.set(acledRiots, subMob)
}

// arsonUnnamed: a burning told without a doer and with no crowd or protest
// in the sentence ("several shops near the mosque had been torched", "a
// clinic was set on fire overnight") is property destruction, not a mob's
// violence: nothing tells of a crowd.
func arsonUnnamed(x *acx) bool {
	if !x.is(acledRiots, subMob) || x.e.mode != "destroy" || len(x.ev.Source) > 0 {
		return false
	}
	if x.st.hasAny(&mobWords) || x.st.hasAny(&marchWords) || x.st.hasAny(&riotWords) {
		return false
	}
	return x.set(acledStrategic, subLooting)
}

// riotWords tell of a riot or unrest, where a burning may be a crowd's.
var riotWords = filtered(wordSet("riot", "riots", "rioting", "rioters", "unrest", "protesting", "youths"))
