package code

import "strings"

// avertedActPrec37 reports whether cd, a noun for an act, is what another
// verb of the sentence kept from happening: "withdrew to avoid retaliatory
// air strikes", "pulled out to spare residents from air strikes", "seized
// the explosives, averting an attack on a patrol", "talks that prevented
// a new offensive". The act avoided, averted or prevented has not
// happened; the withdrawal or seizure that kept it off is the news. An
// act with a toll of its own was done, whatever was meant to stop it.
func avertedActPrec37(st *sent, _, _ []*candidate, cd *candidate) bool {
	if cd.e.pos != 'N' && !strings.HasPrefix(st.toks[cd.i].tag, "NN") || cd.ev.Fatalities != nil || cd.ev.Injuries != nil {
		return false
	}
	for k := cd.i - 1; k >= 0 && k >= cd.i-8; k-- {
		w := st.low[k]
		if preventWordsPrec37.has(w) {
			return true
		}
		switch {
		case w == "," || w == ";" || quoteMark(w):
			return false
		case determiners.has(w) || averterLinksPrec37.has(w) || st.mentionAt(k) != nil:
		case isModifier(st.toks[k]):
		default:
			return false
		}
	}
	return false
}

// preventWordsPrec37 keep what they take as object from happening.
var preventWordsPrec37 = filtered(wordSet("avoid", "avoids", "avoided", "avoiding", "avert", "averts", "averted", "averting",
	"prevent", "prevents", "prevented", "preventing", "forestall", "forestalls", "forestalled", "forestalling",
	"spare", "spares", "spared", "sparing", "preempt", "preempted", "preempting", "pre-empt", "pre-empted", "pre-empting"))

// averterLinksPrec37 may stand between a verb of prevention and the act it
// keeps off: "spare residents from air strikes", "stave off any further
// attack".
var averterLinksPrec37 = filtered(wordSet("from", "off", "any", "further", "more", "another", "possible", "a", "an", "the", "of"))
