package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// forReasonPrec31 reports whether cd, a noun or gerund for a deed, is the
// object of "for": the reason or purpose of another word of the sentence,
// not an act told as news. "Three men wanted for kidnappings in the
// south", "detained for throwing stones", "the arsenal was meant for
// attacks on police posts", "blamed the rebels for attacking the convoy",
// "there is no justification for targeting civilians", "sent jets for the
// drills". What the "for" names is told elsewhere, or was never done.
// Talks ("flew to Doha for talks"), releases ("in exchange for the release
// of") and deals are what a visit or a swap is for, and are coded with it
// as their own events, so they are left alone; so is a claim of or a
// blame for an attack ("responsibility for the attack", "blamed the
// rebels for the bombing").
func forReasonPrec31(st *sent, _, _ []*candidate, cd *candidate) bool {
	if !forReasonKindsPrec31.has(cd.ev.Type) {
		return false
	}
	// ("gathered in the square for a rally": the rally is what the
	// gathering was, so a protest noun stays.)
	if t := st.toks[cd.i].tag; !strings.HasPrefix(t, "NN") && t != "VBG" || cd.ev.Type == truce.Protest && t != "VBG" {
		return false
	}
	for k := cd.i - 1; k >= 1 && k >= cd.i-3; k-- {
		w := st.low[k]
		if w == "for" {
			return !claimedForPrec31(st, k)
		}
		// (A quote closes a name with "for" in it: "the 'Justice for
		// Ana' gathering".)
		if !determiners.has(w) && !isModifier(st.toks[k]) || w == "," || w == "'" || w == "\"" || st.mentionAt(k) != nil {
			return false
		}
	}
	return false
}

// forReasonKindsPrec31 are the categories of deeds a "for" only gives as a
// reason or purpose.
var forReasonKindsPrec31 = filtered(map[string]bool{
	truce.Assault: true, truce.Coerce: true, truce.Protest: true, truce.Reject: true,
	truce.Mobilize: true, truce.Cooperate: true,
})

// claimedForPrec31 reports whether the "for" at k says who did the deed:
// "claimed responsibility for the attack", "blamed the rebels for a car
// bomb that damaged a police station". A blame or a claim tells the
// attack, with its doer, as the other passes code it.
func claimedForPrec31(st *sent, k int) bool {
	for n := k - 1; n >= 0 && n >= k-8; n-- {
		if claimWordsPrec31.has(st.low[n]) {
			return true
		}
	}
	return false
}

// claimWordsPrec31 name who did a deed named after "for".
var claimWordsPrec31 = filtered(wordSet("responsibility", "credit", "blamed", "blames", "blame", "blaming",
	"responsible", "claimed", "claims", "claiming"))
