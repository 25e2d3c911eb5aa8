package code

// What a denial denies: the use of a weapon or the aim of an attack, told
// as the gerund a denial governs, is the content of that denial, not an
// attack told.

import (
	"strings"

	"github.com/truce-project/truce"
)

// useAimGerunds tell the use of arms or the aim of an attack: "denied
// using chemical weapons", "denied targeting civilians", "denied firing
// any shells".
var useAimGerunds = filtered(wordSet("using", "targeting", "targetting", "firing", "deploying", "employing",
	"dropping", "launching", "possessing"))

// denialFillers stand between a denial and its gerund: "denied ever
// using", "denies having fired".
var denialFillers = filtered(wordSet("ever", "having", "any"))

// deniedContent reports whether the violent trigger cd is what a denial
// denies, the use of arms or the aim of an attack told as a gerund after
// the denial verb: "Khartoum denied ever using barrel bombs", "the army
// denied targeting civilians", "the rebels denied firing rockets at the
// airport". Such a denial answers a charge or an attack told in its own
// words; it is coded as a rejection, and the attack, if the sentence
// tells it ("a strike on the market killed 20; the army denied targeting
// civilians"), from those words. A denial of the attack itself ("denied
// shelling the town") is left to the status rules.
func deniedContent(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Assault {
		return false
	}
	k := cd.i
	if !useAimGerunds.has(st.low[k]) {
		// "using chemical weapons": the noun is the gerund's object.
		for k = cd.i - 1; k >= 0 && k >= cd.i-4 && !useAimGerunds.has(st.low[k]) && (isModifier(st.toks[k]) || st.toks[k].tag == "DT"); k-- {
		}
		if k < 0 || !useAimGerunds.has(st.low[k]) {
			return false
		}
	}
	for k--; k >= 0 && denialFillers.has(st.low[k]); k-- {
	}
	return k >= 0 && denialVerbs.has(st.low[k]) && !strings.HasSuffix(st.low[cd.i], "'s")
}
