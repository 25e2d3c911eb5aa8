package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// A parliament a crowd goes to is a place, not the protest's addressee.
// "Farmers marched to the parliament building", "nurses rallied outside
// Congress": the crowd stands at the legislature's building and protests
// against the government, as it does at any other public building; the
// object finder reads the building as the legislature itself. Only a
// building reached by a place preposition counts: "stormed parliament" or
// "forced their way into parliament" act on the legislature.

// parliamentPlacePreps put a crowd at, near or on its way to a building.
// "into" and "inside" are left out: a crowd that breaks in acts on the
// legislature.
var parliamentPlacePreps = filtered(wordSet("to", "outside", "near", "at", "toward", "towards", "around",
	"opposite", "front", "past", "before"))

// legislatureAsPlace reports whether a legislature target is only the
// building a crowd went to: its name in st follows a place preposition,
// past determiners and modifiers ("outside the old parliament").
func legislatureAsPlace(st *sent, a truce.Actor) bool {
	if a.Sector != "LEG" || !isState(a) || a.Text == "" {
		return false
	}
	return legislatureLedBy(st, a, func(p int) bool {
		return parliamentPlacePreps.has(st.low[p]) && !t45ArsonTo(st, p)
	})
}

// legislatureLedBy reports whether lead holds for the word before a
// naming of a, a legislature, in st, past determiners and modifiers.
func legislatureLedBy(st *sent, a truce.Actor, lead func(p int) bool) bool {
	for k := range st.low {
		n := parliamentAt(st, k)
		if n == 0 || !sameWords(st, k, n, a.Text) {
			continue
		}
		p := k - 1
		for p >= 0 && (determiners.has(st.low[p]) || isModifier(st.toks[p]) && st.mentionAt(p) == nil) {
			p--
		}
		if p >= 0 && lead(p) {
			return true
		}
	}
	return false
}

// sameWords reports whether the n tokens of st from k spell text, the
// words an actor was named by, case aside.
func sameWords(st *sent, k, n int, text string) bool {
	w := ""
	for i := k; i < k+n; i++ {
		if i > k {
			w += " "
		}
		w += st.low[i]
	}
	return w == strings.ToLower(text)
}
