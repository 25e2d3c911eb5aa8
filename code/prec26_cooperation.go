package code

// Cooperation named as a topic: "signed a security cooperation pact" is
// an agreement, not cooperation done.

import "github.com/truce-project/truce"

// cooperationNouns name cooperation as a thing, not as an act.
var cooperationNouns = filtered(wordSet("cooperation", "co-operation"))

// cooperationTopic reports whether the trigger cd is the noun
// "cooperation" while another act of its sentence is the news: "signed a
// defence cooperation agreement", "praised the excellent cooperation
// with Rabat", "ordered a review of all bilateral cooperation", "said the
// move violated the principles of regional cooperation". The cooperation
// is what the agreement, praise, review or charge is about; the act coded
// is that other one. Forces acting together are told by verbs and by
// "joint" ("launched joint patrols"), which stay.
func cooperationTopic(built []*candidate, cd *candidate) bool {
	if cd.ev.Type != truce.Cooperate || cd.j-cd.i != 1 || !cooperationNouns.has(cd.st.low[cd.i]) {
		return false
	}
	for _, o := range built {
		if o != cd && !o.folded && o.ev.Type != truce.Cooperate {
			return true
		}
	}
	return false
}
