package code

import "github.com/truce-project/truce"

// attackNotDone reports whether the attack trigger cd names an attack that
// was only plotted or planned ahead, or the kind of attack a force is
// there to stop: "foiled a plot to attack police stations", "accused of
// plotting attacks", "met to plan further raids", "a base to counter
// incursions". (A plan told as news, "the men had planned to ambush a
// convoy", is left to the status rules.)
func attackNotDone(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Assault {
		return false
	}
	k := cd.i - 1
	for k >= 0 && k >= cd.i-3 {
		switch st.low[k] {
		case "a", "an", "the", "further", "more", "new", "fresh", "its", "their":
			k--
			continue
		}
		if st.mentionAt(k) == nil && isModifier(st.toks[k]) && st.toks[k].tag != "VBN" {
			k--
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	w := st.low[k]
	switch {
	case stoppedAttackWords.has(w) || w == "plotting":
		return true
	case (w == "plan" || w == "plot") && k > 0 && st.low[k-1] == "to":
		return true
	case w == "to" && k == cd.i-1 && k > 0 && plotNouns.has(st.low[k-1]):
		return true
	case k >= 2 && st.low[k-1] == "to" && plotNouns.has(st.low[k-2]) && strikeVerbs.has(w):
		// "a plot to attack targets": what the plot was to strike.
		return true
	}
	return false
}

// stoppedAttackWords take as object attacks a force is there to stop, in
// general: "to counter incursions", "to deter raids". (An attack foiled
// or averted was under way, and is coded, with its toll.)
var stoppedAttackWords = filtered(wordSet("counter", "countering", "deter", "deterring"))

// plotNouns name a plot whose aim "to" tells.
var plotNouns = filtered(wordSet("plot", "plots"))

// strikeVerbs take as object what a plotted attack was to hit.
var strikeVerbs = filtered(wordSet("attack", "strike", "hit", "bomb", "target"))
