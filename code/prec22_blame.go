package code

// An actor described by what it is blamed for: the attack named there
// identifies the actor and was told when it happened.

import (
	"strings"

	"github.com/truce-project/truce"
)

// blameDescribed reports whether the violent noun cd is what an actor is
// blamed for in words that describe that actor, a reduced relative or a
// relative clause: "the rebels blamed for a bombing near the border",
// "the militia, which Kampala blames for a string of suicide bombings,
// denied …". The act is told to say who the actor is; it is not news.
// A blame that is the sentence's own act ("police blamed the rebels for
// the bombing", "the group has been blamed for the attack") keeps it.
func blameDescribed(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Assault || cd.e.pos != 'N' {
		return false
	}
	f := -1
	for k := cd.i - 1; k >= 1 && k >= cd.i-6; k-- {
		w := st.low[k]
		if w == "for" {
			f = k
			break
		}
		if !isModifier(st.toks[k]) && st.toks[k].tag != "DT" && w != "of" {
			return false
		}
	}
	if f < 1 || !blameWords.has(st.low[f-1]) {
		return false
	}
	b := f - 1
	// "the rebels blamed for": a participle right after the actor.
	if st.low[b] == "blamed" && b > 0 && (strings.HasPrefix(st.toks[b-1].tag, "NN") || st.mentionAt(b-1) != nil) && !auxiliaryWords.has(st.low[b-1]) {
		return true
	}
	// "which Kampala blames for", "whom the army blamed for": a relative
	// clause whose subject stands between the pronoun and the blame.
	for k := b - 1; k >= 0 && k >= b-5; k-- {
		w := st.low[k]
		if w == "which" || w == "whom" || w == "that" && k > 0 && st.mentionAt(k-1) != nil {
			return k < b-1
		}
		if strings.HasPrefix(st.toks[k].tag, "VB") || w == "," {
			return false
		}
	}
	return false
}
