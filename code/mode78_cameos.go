package code

import "github.com/truce-project/truce"

// mode78 reads one more finer CAMEO code (issue 3) off events once they are
// final, as mode59 to mode77 do: the trigger rows keep their codes for the
// confidence model, only the event's code (and Goldstein) change.
//
// A demand whose object, named after the trigger in its clause, is that
// people be let go is a demand for a release, CAMEO 1053: "demanded his
// release", "demanded that the neighbours free two detained guards",
// "called on the authorities to drop the charges and free him". mode62
// reads the release words only inside the trigger; gold gives 1053 to the
// demands with the release named after it too (DIP-wire5, DIP-wire29,
// DIP-wire37), as it does to 52 of the 58 demands for a release we code
// 1053 already.
//
// mode78Code returns the finer code of cd's event, or "" to keep its own.
func mode78Code(cd *candidate) string {
	if cd.st == nil || cd.ev.Type != truce.Request || cd.ev.CAMEO != "105" {
		return ""
	}
	if mode78ReleaseAsked(cd.st, cd.i, cd.j) {
		return mode78ReleaseCode
	}
	return ""
}

// mode78ReleaseCode is the code of a demand for a release.
const mode78ReleaseCode = "1053"

// mode78ReleaseReach is the most tokens after the trigger's end the release
// may be named.
const mode78ReleaseReach = 18

// mode78ReleaseAsked reports whether a release of people is named after the
// demand whose trigger is [i, j), in its clause and before another clause
// opens: "release" or "freeing" as such, "free" as a verb (after "to",
// "and" or a modal, or before the ones to be freed).
func mode78ReleaseAsked(st *sent, i, j int) bool {
	low := st.low
	_, to := joinedClause(st, i)
	for k, end := j, objectClauseEnd(low, j, min(to, j+mode78ReleaseReach)); k < end; k++ {
		w := low[k]
		if mode62ReleaseWords.has(w) {
			return true
		}
		if w == "free" && (k > 0 && mode78BeforeFreeVerb.has(low[k-1]) || k+1 < to && mode78FreedOnes.has(low[k+1])) {
			return true
		}
	}
	return false
}

// mode78BeforeFreeVerb are the words after which "free" is the verb: "to
// free", "and free", "must free".
var mode78BeforeFreeVerb = filtered(wordSet("to", "and", "must", "should", "immediately", "promptly", "unconditionally"))

// mode78FreedOnes are the words that open the object of "free" as a verb:
// "free him", "free the hostages", "free two sailors", "free all detainees".
var mode78FreedOnes = filtered(wordSet("him", "her", "them", "the", "all", "his", "their", "its", "two", "three",
	"four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "detained", "jailed", "imprisoned"))
