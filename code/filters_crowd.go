package code

// Gatherings told as background: a crowd another act befell, protests
// given as the cause of a measure, a rally told in its own right.

import "strings"

// crowdBackground reports whether a crowd's gathering (a trigger flagged
// "crowd") only describes the people another act befell: "police fired
// on worshippers who had gathered outside the mosque", "a bomb struck
// crowds gathered at the gate". The gathering is then background to
// that act, told in a relative clause or a bare participle, and no
// rally of its own.
func crowdBackground(st *sent, cd *candidate) bool {
	if !cd.e.has(flagCrowd) || cd.i == 0 {
		return false
	}
	k := cd.i - 1
	for k > 0 && (st.low[k] == "had" || st.low[k] == "have" || st.low[k] == "has" || st.toks[k].tag == "RB") {
		k--
	}
	if relativeWords.has(st.low[k]) {
		return true
	}
	// "crowds gathered at the gate" as the object of an earlier verb:
	// a participle right after a noun that follows a finite verb.
	if k != cd.i-1 || st.toks[cd.i].tag != "VBN" || !strings.HasPrefix(st.toks[k].tag, "NN") {
		return false
	}
	for n := k - 1; n >= 0 && st.clause[n] == st.clause[cd.i]; n-- {
		if t := st.toks[n].tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "VB" {
			return true
		}
	}
	return false
}

// protestsAsCause reports whether a protest noun, summed up by the span it
// lasted, is told as what led to an act told before it: "resigned on
// Friday, bowing to two weeks of protests", "withdrew the bill after
// months of demonstrations". The protests are the cause of that act, with
// no date of their own, and no event of the sentence.
func protestsAsCause(st *sent, cd *candidate, kept []*candidate) bool {
	if cd.e.pos != 'N' || !strings.HasPrefix(cd.e.cameo, "14") || len(kept) == 0 || kept[len(kept)-1].j > cd.i {
		return false
	}
	k := cd.i - 1
	for k > 0 && st.low[k] != "of" && isModifier(st.toks[k]) && st.mentionAt(k) == nil {
		k--
	}
	if k < 2 || st.low[k] != "of" || !spanWords.has(st.low[k-1]) {
		return false
	}
	k -= 2
	for k > 0 && (st.toks[k].tag == "CD" || st.toks[k].tag == "RB" || st.toks[k].tag == "DT" || strings.HasPrefix(st.toks[k].tag, "JJ")) {
		k--
	}
	cause := false
	switch st.low[k] {
	case "after", "following":
		cause = true
	case "to":
		cause = k > 0 && (st.low[k-1] == "bowing" || st.low[k-1] == "yielding")
	case "of":
		cause = k > 1 && st.low[k-1] == "face" && st.low[k-2] == "the"
	}
	return cause && !toldInOwnRight(st, cd.j)
}

// toldInOwnRight reports whether the words after a noun of acts, up to the
// next comma, tell those acts in their own right, with a clause or a toll:
// "after two nights of protests in which police used tear gas", "after
// days of rioting left four people dead".
func toldInOwnRight(st *sent, j int) bool {
	for k := j; k < len(st.low) && st.low[k] != "," && st.low[k] != ";"; k++ {
		switch st.low[k] {
		case "which", "where", "that", "left", "killing", "leaving":
			return true
		}
	}
	return false
}

// spanWords measure how long a run of acts lasted: "weeks of protests".
var spanWords = filtered(map[string]bool{
	"days": true, "weeks": true, "months": true, "years": true, "nights": true,
	"day": true, "week": true, "month": true,
})

// relativeWords open a relative clause about the noun before them.
var relativeWords = filtered(map[string]bool{"who": true, "that": true, "which": true, "whom": true})
