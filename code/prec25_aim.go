package code

// The aim a side claims for an attack already told: "the army said it had
// targeted a militant hideout" after the strike on the village is that
// strike retold from the attacker's side, not a second attack.

import "github.com/truce-project/truce"

// aimWords tell what an attack was aimed at.
var aimWords = filtered(wordSet("targeted", "targetted"))

// claimedAim reports whether the trigger cd is "had targeted" (or "had
// been targeted") in words a speaker reports after the article's first
// sentence, when an attack was coded in an earlier sentence: "The
// Israeli military said it had targeted a Hezbollah operative", "the
// group claimed the attack, saying it had targeted an army unit", "the
// minister said only militants had been targeted". The speaker gives the
// aim of that attack; it is the same attack, told again.
func claimedAim(d *doc, st *sent, cd *candidate) bool {
	if st.s.Index == 0 || cd.e.pos != 'V' || !aimWords.has(st.low[cd.i]) {
		return false
	}
	k := cd.i - 1
	if k >= 0 && st.low[k] == "been" {
		k--
	}
	if k < 1 || st.low[k] != "had" {
		return false
	}
	reported := false
	for n := k - 1; n >= 0; n-- {
		if reportVerbs.has(st.low[n]) || st.low[n] == "saying" || st.low[n] == "claiming" {
			reported = true
			break
		}
	}
	if !reported {
		return false
	}
	for _, p := range d.cands {
		if p.st != st && !p.folded && p.ev.Type == truce.Assault {
			return true
		}
	}
	return false
}
