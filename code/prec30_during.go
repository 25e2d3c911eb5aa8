package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// protestDuringPrec30 reports whether the protest noun cd only names when
// another act of the sentence was done: "during those protests, security
// forces dispersed hundreds", "rioters set fire to metro stations during
// protests that began over fares". The act is the news; the protest is
// its setting, told as news elsewhere or not at all.
func protestDuringPrec30(st *sent, built []*candidate, cd *candidate) bool {
	if cd.ev.Type != truce.Protest || cd.e.pos != 'N' || !strings.HasPrefix(st.toks[cd.i].tag, "NN") {
		return false
	}
	k := cd.i - 1
	for k >= 0 && cd.i-k <= 3 && st.low[k] != "during" {
		switch w := st.low[k]; {
		case w == "the" || w == "those" || w == "these" || w == "a" || w == "an":
		case isModifier(st.toks[k]) && !verbAt(st, k) && st.mentionAt(k) == nil:
		default:
			return false
		}
		k--
	}
	if k < 0 || st.low[k] != "during" {
		return false
	}
	for _, o := range built {
		if o != cd && !o.folded && (o.ev.Type == truce.Assault || o.ev.Type == truce.Coerce || o.ev.Type == truce.Protest) {
			return true
		}
	}
	return false
}
