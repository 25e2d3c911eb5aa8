package code

// Captives set free, told from their side: "the journalists walked free
// on Monday", "the opposition leader walked out of prison under an
// amnesty". The lexicon reads the subject as the one freed (its passive
// flag); as with "the herders were released", no jailer is named, and the
// one who frees is the state whose prison it was: statePowerPassives gives
// it the government of the land.

// tell38FreedSubject reports whether cd is a release whose subject is the
// one freed, with no agent told: a lexicon row flagged passive ("walked
// free").
func tell38FreedSubject(cd *candidate) bool {
	return cd.e.mode == "release" && cd.e.has(flagPassive)
}
