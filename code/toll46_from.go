package code

import "github.com/truce-project/truce"

// "The toll from Saturday's bombing rose to 27", "the death toll from
// blasts outside a school rose to 68": an attack named by the toll that
// opens an article, dated by a day's possessive or bare, is told here for
// the first time, as "the toll from the bombing" is (freshToll).

// toll46TollFrom reports whether the attack noun at token i follows "toll
// from", "toll of" or "toll in" past a day's possessive ("Saturday's",
// "last week's") or bare modifiers, no attack was told before in the
// article, and a toll is read after the noun.
func toll46TollFrom(d *doc, st *sent, i int) bool {
	for _, cd := range d.cands {
		if cd.ev.Type == truce.Assault {
			return false
		}
	}
	k := i - 1
	for ; k >= 1 && k >= i-6; k-- {
		w := st.low[k]
		if tollOf.has(w) {
			break
		}
		if w == "the" || w == "a" || w == "an" || possessives.has(w) || !isModifier(st.toks[k]) && !weekdays.has(w) {
			// "the toll from the bombing" is freshToll's; a verb or
			// another word ends the phrase
			return false
		}
	}
	if k < 1 || !tollOf.has(st.low[k]) || st.low[k-1] != "toll" && st.low[k-1] != "tolls" {
		return false
	}
	for _, t := range readTolls(st) {
		if t.count.Max > 0 && t.i > i {
			return true
		}
	}
	return false
}
