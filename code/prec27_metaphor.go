package code

// Violence done to a thing no one can attack: "firefighters battled the
// blaze", "the party is fighting a losing battle against arithmetic",
// "holding the economy hostage".
// What the violent word is aimed at is a fire, a market or a number, so
// the words are a metaphor, whoever the doer is.

import (
	"strings"

	"github.com/truce-project/truce"
)

// unassailable are things a violent word can only be aimed at in a
// figure of speech: a blaze and the weather, the economy and prices,
// sums and sickness. "Fire" (set fire to, opened fire) and "market" (a
// market is a place where people are) are not among them.
var unassailable = filtered(wordSet(
	"blaze", "blazes", "flames", "wildfire", "wildfires", "inferno", "bushfire", "bushfires",
	"floodwaters", "drought", "locusts",
	"inflation", "deflation", "recession", "unemployment", "deficit", "deficits", "debt", "prices",
	"economy", "currency", "arithmetic", "odds", "gravity", "bureaucracy",
	"pandemic", "virus", "disease", "cancer", "malaria", "obesity", "poverty", "hunger", "illiteracy"))

// figureLeadWords may stand between a violent word and what it is aimed at:
// "a battle against inflation", "his fight with cancer", "fighting a
// losing battle against the odds".
var figureLeadWords = filtered(wordSet("against", "with", "on", "into", "at", "the", "a", "an", "its", "their", "his",
	"her", "this", "that", "battle", "war", "fight", "struggle", "losing", "long", "new", "rising", "runaway", "stubborn", "raging", "spreading"))

// figurativeViolence reports whether the attack cd is aimed at a thing
// no one can attack: the first noun after its trigger, past the words
// of figureLeadWords, is one of unassailable ("battled the blaze", "a battle
// against inflation"), or the trigger itself
// holds one ("holding the economy hostage"). An attack with a victim of
// its own is left alone.
func figurativeViolence(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Assault || cd.ev.Fatalities != nil || cd.ev.Injuries != nil && len(cd.ev.Target) > 0 {
		return false
	}
	for k := cd.i; k < cd.j; k++ {
		if unassailable.has(st.low[k]) {
			return true
		}
	}
	for k := cd.j; k < len(st.low) && k < cd.j+7; k++ {
		w := st.low[k]
		if unassailable.has(w) {
			// "the market town", "fire brigades": the noun must end
			// its phrase.
			return k+1 >= len(st.low) || !strings.HasPrefix(st.toks[k+1].tag, "NN")
		}
		if !figureLeadWords.has(w) && !strings.HasPrefix(st.toks[k].tag, "JJ") {
			return false
		}
	}
	return false
}
