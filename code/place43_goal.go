package code

// Where people were trying to get to is not where they were stopped:
// "coastguards intercepted 200 migrants trying to reach Ruritania" and
// "soldiers detained migrants heading for Ruritania" did not happen in
// Ruritania.

// place43TryWords say that someone set out to do something they may not
// have done.
var place43TryWords = filtered(wordSet(
	"trying", "tried", "try", "tries", "attempting", "attempted", "attempt", "seeking", "sought",
	"hoping", "hoped", "wanting", "planning", "intending",
))

// place43GoVerbs move someone towards a place named after "into", "to" or
// "towards"; place43ReachVerbs take the place as their object.
var (
	place43GoVerbs = filtered(wordSet(
		"cross", "sail", "flee", "escape", "return", "get", "travel", "go", "swim", "walk", "move", "migrate", "smuggle", "slip",
	))
	place43ReachVerbs = filtered(wordSet("reach", "enter", "cross"))
	place43HeadWords  = filtered(wordSet("heading", "headed", "destined"))
	// place43FleeWords take the doers or their victims away after the
	// act: "before fleeing towards the border", "fled into Borduria".
	place43FleeWords = filtered(wordSet(
		"fleeing", "fled", "escaping", "escaped", "retreating", "retreated", "withdrawing", "withdrew",
	))
)

// place43Goal reports whether p, named after the trigger, is only where
// the people the act befell were trying or heading to get, or where the
// doers fled to after it: "migrants trying to cross into Ruritania",
// "trying to reach Ruritania", "a convoy heading for Ruritania", "before
// fleeing towards the Zenda forest in Ruritania". A country, or a place in a country other than
// the doers' own, is no place of the act; a goal in the doers' country
// (police stopping marchers trying to reach the capital) may be where the
// act was, and is left alone.
func place43Goal(cd *candidate, p *placeRef) bool {
	st := cd.st
	if p.i <= cd.j {
		return false
	}
	k := place43BeforeName(st, p.i-1, cd.j)
	if k <= cd.j+1 || !place43GoalBefore(st, k, cd.j) {
		return false
	}
	if p.place.Precision == "country" {
		return true
	}
	for _, m := range cd.src {
		if m.actor.Country != "" && m.actor.Country != p.place.Country {
			return true
		}
	}
	return false
}

// place43GoalBefore reports whether the words ending at token k (the
// word right before the place) say that someone tried or headed to get
// there, looking no further back than token from.
func place43GoalBefore(st *sent, k, from int) bool {
	w := st.low[k]
	switch {
	case place43ReachVerbs.has(w):
		// "trying to reach", "attempting to enter"
		return k-2 > from && st.low[k-1] == "to" && place43TryWords.has(st.low[k-2])
	case w == "in" || w == "inside":
		// "fleeing towards the Zenda forest in Borduria": the country
		// of a goal named before it.
		n := k - 1
		for n > from && k-n <= 5 && st.toks[n].tag == "NNP" {
			n--
		}
		return n < k-1 && n > from && place43GoalBefore(st, n, from) && place43GoalPrep(st.low[n])
	case place43GoalPrep(w):
		v := st.low[k-1]
		if borderWord(v) && k-4 > from && st.low[k-2] == "the" && (st.low[k-3] == "across" || st.low[k-3] == "over") {
			// "fled across the border into Borduria"
			v = st.low[k-4]
		}
		if place43HeadWords.has(v) && w != "into" {
			// "heading for", "headed to", "destined for"
			return true
		}
		if place43FleeWords.has(v) && w != "for" {
			// "before fleeing towards", "fled into"
			return true
		}
		// "trying to cross into", "attempting to sail to"
		return w != "for" && k-3 > from && place43GoVerbs.has(v) && st.low[k-2] == "to" && place43TryWords.has(st.low[k-3])
	}
	return false
}

// place43BeforeName returns the last token at or before k, and after
// from, that is not "the", a direction or a possessive place qualifying
// the name: in "trying to enter Ruritania's Zenda enclave" the word before
// Zenda is "enter".
func place43BeforeName(st *sent, k, from int) int {
	for k > from {
		switch {
		case st.low[k] == "the" || directions.has(st.low[k]):
			k--
		case st.isPossessive(k) && st.placeEndingAt(k) != nil:
			k = st.placeEndingAt(k).i - 1
		default:
			return k
		}
	}
	return k
}

// place43GoalPrep reports whether w leads to where someone is going.
func place43GoalPrep(w string) bool {
	return w == "into" || w == "to" || w == "towards" || w == "toward" || w == "for" || w == "across"
}
