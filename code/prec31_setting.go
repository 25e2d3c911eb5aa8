package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// fightSettingPrec31 reports whether cd, a noun for two sides fighting,
// only tells when or amid what another act of the sentence was done:
// "sent troops to the border after weeks of fighting", "the rebels pulled
// out after a brief exchange of fire", "two shells landed in a field as
// fighting raged across the river". The act is the news; the fight, with
// no one named as its sides, is its setting, told as news elsewhere or not
// at all. A fight whose sides are named ("after clashes between herders
// and farmers", "fighting with the rebels") or with a toll of its own
// ("after clashes that killed five") is news in its own right and stays,
// unless "during" makes it the time of another deed ("raped women during
// the fighting between the gangs").
func fightSettingPrec31(st *sent, _, built []*candidate, cd *candidate) bool {
	if cd.ev.Type != truce.Assault || !cd.e.has(flagSym) || !cd.e.has(flagViolent) ||
		!strings.HasPrefix(st.toks[cd.i].tag, "NN") && cd.e.pos != 'N' ||
		cd.ev.Fatalities != nil || cd.ev.Injuries != nil {
		return false
	}
	k := settingPrepPrec31(st, cd.i)
	if k < 0 || st.low[k] != "during" && (cd.j < len(st.low) && st.low[cd.j] == "between" || st.withSide(cd.j)) {
		return false
	}
	for _, o := range built {
		if o == cd || o.folded || o.i >= k && o.i <= cd.j {
			continue
		}
		return true
	}
	return false
}

// settingPrepPrec31 returns the word that opens a phrase of time headed by
// the noun at i, or -1: "after [a week of] heavy", "during the", "amid
// renewed", "as". Between them only articles, modifiers, figures and a
// span of time ("two days of") may stand.
func settingPrepPrec31(st *sent, i int) int {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := st.low[k]
		if settingPrepsPrec31.has(w) {
			return k
		}
		switch {
		case determiners.has(w) || w == "of" || spanWordsPrec31.has(w):
		case st.mentionAt(k) != nil:
			return -1
		case isModifier(st.toks[k]) && w != "," && !verbAt(st, k) || st.toks[k].tag == "CD":
		default:
			return -1
		}
	}
	return -1
}

// settingPrepsPrec31 open a phrase telling when or amid what an act was
// done.
var settingPrepsPrec31 = filtered(map[string]bool{
	"after": true, "following": true, "during": true, "amid": true, "amidst": true, "as": true,
})

// spanWordsPrec31 measure how long a fight went on: "after two days of",
// "a week of", "months of".
var spanWordsPrec31 = filtered(map[string]bool{
	"hour": true, "hours": true, "day": true, "days": true, "night": true, "nights": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true,
	"brief": true, "short": true, "several": true, "renewed": true,
})

// timeAnchorPrec31 reports whether cd, a noun for talks, a pact or a
// truce, only dates another act of the sentence as coming before it:
// "hours before a holiday truce was due to start", "ahead of planned peace
// talks", "will not free the prisoners before direct talks", "suspended
// the works until consultations with residents". The talks or truce lie
// ahead; what is told is the act they date.
func timeAnchorPrec31(st *sent, _, _ []*candidate, cd *candidate) bool {
	switch cd.ev.Type {
	case truce.Agree, truce.Consult, truce.Retreat, truce.Concede:
	default:
		return false
	}
	if !strings.HasPrefix(st.toks[cd.i].tag, "NN") {
		return false
	}
	k := cd.i - 1
	for ; k >= 1 && k >= cd.i-4; k-- {
		w := st.low[k]
		if w == "before" || w == "until" || w == "pending" || (w == "of" || w == "to") && (st.low[k-1] == "ahead" || st.low[k-1] == "prior") {
			break
		}
		if !determiners.has(w) && !isModifier(st.toks[k]) || w == "," || w == "after" {
			return false
		}
	}
	if k < 1 || k < cd.i-4 {
		return false
	}
	// "until a truce was agreed on Friday" tells the truce as done,
	// unless the clause it dates is itself ahead ("would suspend the works
	// until consultations were held").
	for n := 0; n < k; n++ {
		if st.toks[n].tag == "MD" {
			return true
		}
	}
	return !toldDonePrec31(st, cd.j)
}

// fledFromPrec31 reports whether cd, a noun for attacks or fighting, is
// what people fled or were displaced by, in a sentence that tells another
// act done for or about them: "handed out food to 20,000 people who fled
// rebel raids", "sent troops to the border after hundreds of villagers
// fled fighting between rival gangs", "aid for families displaced by
// militia attacks". The flight explains who the people are; the attacks
// are told as news elsewhere, or not at all.
func fledFromPrec31(st *sent, _, built []*candidate, cd *candidate) bool {
	if cd.ev.Type != truce.Assault || !strings.HasPrefix(st.toks[cd.i].tag, "NN") || cd.ev.Fatalities != nil {
		return false
	}
	k := cd.i - 1
	for ; k >= 0 && k >= cd.i-4; k-- {
		w := st.low[k]
		if fleeWordsPrec31.has(w) || w == "by" && k > 0 && displacedWordsPrec31.has(st.low[k-1]) {
			break
		}
		if !determiners.has(w) && !isModifier(st.toks[k]) && st.mentionAt(k) == nil || w == "," {
			return false
		}
	}
	if k < 0 || k < cd.i-4 {
		return false
	}
	for _, o := range built {
		if o != cd && !o.folded && (o.j <= k || o.i > cd.j) {
			return true
		}
	}
	return false
}

// fleeWordsPrec31 take what was fled as their object.
var fleeWordsPrec31 = filtered(wordSet("fled", "flee", "flees", "fleeing", "escaped", "escaping", "escape"))

// displacedWordsPrec31 take what drove people out after "by".
var displacedWordsPrec31 = filtered(wordSet("displaced", "uprooted", "driven", "forced"))

// toldDonePrec31 reports whether the words at j tell the talks or truce
// before them as done, which is news however it is dated: "until a truce
// was agreed on Friday", "before the ceasefire took effect".
func toldDonePrec31(st *sent, j int) bool {
	// Past the noun's own phrase ("a truce between the army and the
	// rebels") to its verb.
	for ; j+1 < len(st.low) && j < len(st.low); j++ {
		if verbAt(st, j) || st.toks[j].tag == "MD" {
			break
		}
		if st.low[j] == "," || clauseBreaks.has(st.low[j]) {
			return false
		}
	}
	if j+1 >= len(st.low) {
		return false
	}
	switch st.low[j] {
	case "was", "were", "had":
		return st.toks[j+1].tag == "VBN"
	case "took", "came", "began", "started", "ended", "collapsed", "broke":
		return true
	}
	return false
}
