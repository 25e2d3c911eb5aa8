package code

import "github.com/truce-project/truce"

// ACLED's recorded-or-not for deals (issue 3): a deal with an armed group
// settles or pauses a conflict, whether the group is named ("the M23
// rebels") or only told as a country's rebels or militia ("more than 40
// rebel groups", coded "TCDREB"), which carry the country's code but are
// no state.

// acled30ArmedParty reports whether some actor is a non-state armed
// group, named or coded by its country: sector REB or MLT.
func acled30ArmedParty(as []truce.Actor) bool {
	return hasAnySector(as, anaphorSides.m)
}

// acled30Label is acled30's recoding reader (see acledReaders).
func acled30Label(cd *candidate) acledRecoding {
	return acled30ArmedRestriction(cd)
}

// acled30ArmedRestriction: a non-state armed group that imposes a
// restriction on a place — an "armed strike" that shuts the towns, roads
// blockaded, traffic forbidden — acts as a power over the ground there, a
// strategic development ACLED records as Other; a state's border closure
// or ban has no label (code/testdata/snippets/README.md).
func acled30ArmedRestriction(cd *candidate) acledRecoding {
	ev := &cd.ev
	if ev.Type != truce.Coerce || ev.Mode != "restrict" || ev.ACLEDType != "" || ev.Status != truce.StatusReported {
		return keepACLED
	}
	if !hasAnySector(ev.Source, x63ArmedGroupSectors.m) || cd.st.hasAny(&marchWords) || acled30Throng(cd) {
		return keepACLED
	}
	return recordedAs(acledStrategic, subOther)
}

// acled30Throng reports whether the doer is a crowd counted in the
// hundreds or thousands ("thousands of separatists blocked the airport"):
// a crowd's blockade is a protest, not a group's hold on the ground.
func acled30Throng(cd *candidate) bool {
	low := cd.st.low
	for _, m := range cd.src {
		// "thousands of separatists", "thousands of Catalan separatists"
		for k := m.i - 1; k >= 1 && k >= m.i-3; k-- {
			if low[k] == "of" && acled30CrowdCounts.has(low[k-1]) {
				return true
			}
		}
	}
	return false
}

// acled30CrowdCounts count a crowd.
var acled30CrowdCounts = filtered(wordSet("hundreds", "thousands", "tens", "dozens", "scores"))
