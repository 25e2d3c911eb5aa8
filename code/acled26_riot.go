package code

// ACLED rules for crowds that riot where no demonstration is told.

// lootingCrowd: a crowd or looters that plunder shops or homes where the
// sentence tells of no protest, march or rioters are a mob, not a
// demonstration turned violent: "crowds looted and burned shops in the
// port after the police walked off the job", "looters ransacked stores
// across the city". A crowd told as protesting stays a violent
// demonstration ("crowds looted shops as protesters clashed with police").
func lootingCrowd(x *acx) bool {
	if !x.is(acledRiots, subViolentDem) || x.i < 0 || !x.crowdDoes() || !x.st.hasAny(&lootWords) {
		return false
	}
	if x.st.hasAny(&marchWords) || x.st.hasAny(&rioterWords) || x.st.hasPrefix("protest") || x.st.hasPrefix("demonstrat") {
		return false
	}
	return x.set(acledRiots, subMob)
}

// lootWords tell of property plundered.
var lootWords = filtered(wordSet("looted", "looting", "loot", "loots", "ransacked", "ransacking", "plundered", "plundering",
	"pillaged", "pillaging"))
