package code

// One event per telling: triggers of a sentence that tell again, or only a
// part of, an event another trigger tells.

import (
	"strings"

	"github.com/truce-project/truce"
)

// verbObject reports whether the noun trigger cd is the object of the verb
// trigger prev right before it, past an article, modifiers or a
// possessor: "lifted the ban", "shot down a Malian drone".
func verbObject(st *sent, prev, cd *candidate) bool {
	noun := cd.e.pos == 'N' || strings.HasPrefix(st.toks[cd.i].tag, "NN")
	if !noun || prev.e.pos != 'V' || prev.folded || isAgreementNoun(cd.e) || cd.e.has(flagViolent) || cd.i-prev.j > 4 || st.clause[prev.i] != st.clause[cd.i] {
		return false
	}
	// "sent reinforcements" is one deployment told by both words, and the
	// noun may hold its roles; "rejected the allegation" answers an
	// accusation that is an event of its own.
	if len(prev.e.cameo) < 2 || strings.HasPrefix(cd.e.cameo, prev.e.cameo[:2]) || strings.HasPrefix(cd.e.cameo, "11") {
		return false
	}
	for k := prev.j; k < cd.i; k++ {
		switch st.low[k] {
		case "the", "a", "an", "its", "their", "his", "her", "this", "that", "'s":
			continue
		}
		if isModifier(st.toks[k]) && st.low[k] != "," || st.mentionAt(k) != nil {
			continue
		}
		return false
	}
	return true
}

// doneIn reports whether the attack noun at n is introduced as what the
// toll verb ending at j was done in: "killed 46 civilians in a raid",
// "wounded three during an assault".
func doneIn(st *sent, j, n int) bool {
	if n-j > 16 {
		return false
	}
	for k := n - 1; k >= j && k >= n-4; k-- {
		if st.low[k] == "in" || st.low[k] == "during" {
			return st.clause[k] == st.clause[n]
		}
	}
	return false
}

// raidWords name an operation rather than a kind of violence.
var raidWords = map[string]bool{"raid": true, "raids": true, "operation": true, "operations": true, "sweep": true, "crackdown": true}

// sameEvent returns an earlier candidate of the sentence that codes the
// same event as cd: same type, actors and place.
func sameEvent(built []*candidate, cd *candidate) *candidate {
	for _, b := range built {
		x, y := &b.ev, &cd.ev
		// ("imposed a curfew and cut internet access": two measures.)
		if x.Type == truce.Coerce && x.Mode != y.Mode && (measureModes[x.Mode] || measureModes[y.Mode]) {
			continue
		}
		if x.Type == y.Type && ids(x.Source) == ids(y.Source) && ids(x.Target) == ids(y.Target) &&
			x.Location != nil && y.Location != nil && x.Location.Name == y.Location.Name && x.Status == y.Status {
			return b
		}
	}
	return nil
}

// armsGivenUp reports whether a weapon noun lists the arms a disarmament
// just before hands over, in the same clause and a few words on.
func armsGivenUp(st *sent, prev, cd *candidate) bool {
	if prev.e.mode != "disarm" || cd.i-prev.j > 8 {
		return false
	}
	for k := prev.j; k < cd.i; k++ {
		if verbAt(st, k) || st.mentionAt(k) != nil {
			return false
		}
	}
	return true
}

// measureModes are measures laid on a whole population: two of them in one
// sentence are two events.
var measureModes = map[string]bool{"curfew": true, "censor": true, "martial-law": true}

// ids joins actors' ids, for comparing sides.
func ids(as []truce.Actor) string {
	var b strings.Builder
	for _, a := range as {
		b.WriteString(a.ID)
		b.WriteByte(',')
	}
	return b.String()
}

// whenBetween reports whether a "when" opens the clause between a toll
// verb ending at j and the attack at n, not far from either.
func whenBetween(st *sent, j, n int) bool {
	if n-j > 12 {
		return false
	}
	for k := j; k < n; k++ {
		if st.low[k] == "when" || st.low[k] == "after" && k+1 < n && st.low[k+1] != "days" {
			return k-j <= 8
		}
	}
	return false
}

// mannerOf reports whether cd, a violent verb in a when- or as-clause
// whose subject is a pronoun, tells how the killing or attack prev was
// done: "security forces killed 60 people when they fired on worshippers".
func mannerOf(st *sent, prev, cd *candidate) bool {
	if prev.folded || !prev.e.has(flagViolent) || !cd.e.has(flagViolent) || cd.e.pos != 'V' || prev.e.pos != 'V' {
		return false
	}
	if cd.i-prev.j > 12 || cd.i < 2 {
		return false
	}
	w := st.low[cd.i-2]
	if w != "when" && w != "as" {
		return false
	}
	switch st.low[cd.i-1] {
	case "they", "he", "she", "it":
		return true
	}
	return false
}

// nounUse reports whether the trigger cd names an act as a noun: one of
// the noun lexicon, or a verb's form after an article ("a clash with
// Azerbaijani troops", "the fighting").
func nounUse(st *sent, cd *candidate) bool {
	if cd.e.pos == 'N' {
		return true
	}
	if cd.i == 0 {
		return false
	}
	switch st.low[cd.i-1] {
	case "a", "an", "the":
		return true
	}
	return false
}
