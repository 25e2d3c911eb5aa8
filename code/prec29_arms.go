package code

import "strings"

// armsInHaul reports whether the weapon noun at i stands in a list of
// things seized, found or made, past the commas heldWeapon stops at:
// "seized a cache of weapons, including rocket launchers, hand grenades
// and armoured vehicles", "found four rifles, a rocket launcher and
// ammunition", "foiled plots to build rockets and drones". The arms were
// taken or kept, not used. A verb of its own in the list ("seized the
// town, firing rockets") or a preposition of aim ("on", "at") ends it.
func armsInHaul(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-24; k-- {
		w := st.low[k]
		if possessionWords.has(w) || armsMakingWords.has(w) {
			return true
		}
		if armsListGlue.has(w) {
			continue
		}
		tag := st.toks[k].tag
		switch {
		case strings.HasPrefix(tag, "NN"), strings.HasPrefix(tag, "JJ"), tag == "CD", tag == "DT", tag == "POS":
			continue
		case tag == "HYPH":
			continue
		}
		return false
	}
	return false
}

// armsListGlue are the words a list of arms is built with.
var armsListGlue = filtered(wordSet(",", "and", "or", "of", "including", "such", "as", "some", "more", "than", "about", "nearly", "over", "-"))

// armsMakingWords take as object arms made or meant to be made, not used:
// "plotted to manufacture rockets".
var armsMakingWords = filtered(wordSet("manufacture", "manufacturing", "manufactured", "assemble", "assembling", "assembled", "stockpiled", "stockpiling"))
