package code

// Words said before the news in a perfect relative clause on the object
// of an act: "detained activists who had criticised the border deal",
// "pardoned soldiers who had been accused of plotting". The clause tells
// why the act befell them; its statements, demands and accords are
// backstory.

import "strings"

// perfectRelativeOpeners open a relative clause about the noun before them.
var perfectRelativeOpeners = filtered(wordSet("who", "which", "that"))

// perfectRelativeAux are the auxiliaries of a perfect right after the opener.
var perfectRelativeAux = filtered(wordSet("had", "has", "have"))

// perfectRelativeSay reports whether the trigger cd is a statement,
// appeal, accord, rebuke or threat (CAMEO 01–13) told inside a perfect
// relative clause that hangs on a noun: "politicians who had criticised a
// deal", "a party which has long denied the charge", "students that have
// called for a strike". Deeds (force, protest, seizure) in such a clause
// are left alone: "fired on protesters who had blocked a road" may be news.
func perfectRelativeSay(st *sent, cd *candidate) bool {
	if len(cd.e.cameo) < 2 || cd.e.cameo[:2] > "13" || cd.e.has(flagViolent) {
		return false
	}
	for k := cd.i - 1; k >= 1 && k >= cd.i-10; k-- {
		w := st.low[k]
		if w == "," || w == ";" || w == "and" || w == "but" {
			return false
		}
		if t := st.toks[k].tag; (t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD") && !perfectRelativeAux.has(w) {
			// "Americans who had been held were freed": the trigger
			// belongs to the main clause past the relative one.
			return false
		}
		if !perfectRelativeOpeners.has(w) || k+1 >= cd.i || !perfectRelativeAux.has(st.low[k+1]) {
			continue
		}
		return commonNounObject(st, k)
	}
	return false
}

// commonNounObject reports whether the relative opener at k hangs, with
// no comma, on a common noun that follows a verb of the sentence:
// "detained activists who had", "pardoned the soldiers who had". A
// comma relative on a name ("Addis Ababa, which has accused Cairo") tells
// a stand of that party and is coded as its own act.
func commonNounObject(st *sent, k int) bool {
	t := st.toks[k-1].tag
	if len(t) < 2 || t[:2] != "NN" || t == "NNP" || t == "NNPS" {
		return false
	}
	for n := k - 2; n >= 0 && n >= k-8; n-- {
		if st.low[n] == "," {
			return false
		}
		if strings.HasPrefix(st.toks[n].tag, "VB") {
			return true
		}
	}
	return false
}
