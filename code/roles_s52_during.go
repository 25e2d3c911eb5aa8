package code

import "github.com/truce-project/truce"

// Issue 3, round s52: harm told without its doer, inside an attack the
// story has just told. "Rebels killed 40 villagers in two raids. At least
// nine women were raped during the attacks", "soldiers executed dozens
// of men …; investigators found that women had been abused during the
// operation": "the attacks", named back with the article, are the ones
// told before, and whoever made them did the harm told during them.

// s52RetoldAttackNouns name back an attack told before: "during the
// raids", "during the assault", "during the operation".
var s52RetoldAttackNouns = filtered(wordSet("attack", "attacks", "raid", "raids", "assault", "assaults",
	"operation", "operations", "offensive", "offensives", "massacre", "massacres", "killings", "incursion",
	"incursions", "siege", "rampage", "onslaught"))

// s52RetoldDeterminers open a phrase that names something told before.
var s52RetoldDeterminers = filtered(wordSet("the", "those", "these", "that", "this"))

// s52DuringDoer gives an attack of st with no doer, whose clause places
// it "during the attacks" or "during the raid", the doers of the last
// attack the story told before it, in this sentence or the two before.
func s52DuringDoer(d *doc, st *sent, built []*candidate) {
	for _, cd := range built {
		if cd.folded || cd.ev.Type != truce.Assault || len(cd.ev.Source) != 0 || !s52DuringRetold(st, cd) {
			continue
		}
		for n := len(d.cands) - 1; n >= 0; n-- {
			p := d.cands[n]
			idx := p.st.s.Index
			if p == cd || p.folded || p.ev.Type != truce.Assault || idx > st.s.Index || idx < st.s.Index-2 || idx == st.s.Index && p.i >= cd.i {
				continue
			}
			// ("19 militants were killed during the operation that
			// followed" the ambush they made: its doers are the victims.)
			if len(p.ev.Source) == 0 || sameSide(p.ev.Source, cd.ev.Target) {
				break
			}
			cd.ev.Source = append([]truce.Actor(nil), p.ev.Source...)
			break
		}
	}
}

// s52DuringRetold reports whether the clause of cd's trigger, in the few
// words after it, sets the act "during" an attack named back with the
// article: "were raped during the attacks".
func s52DuringRetold(st *sent, cd *candidate) bool {
	for k := cd.j; k+2 < len(st.low) && k < cd.j+8 && st.clause[k] == st.clause[cd.i]; k++ {
		if st.low[k] != "during" || !s52RetoldDeterminers.has(st.low[k+1]) {
			continue
		}
		// Past modifiers: "during the five-day operation".
		for n := k + 2; n < len(st.low) && n <= k+5; n++ {
			if s52RetoldAttackNouns.has(st.low[n]) {
				return n+1 >= len(st.low) || st.low[n+1] != "on" && st.low[n+1] != "against"
			}
			if !isModifier(st.toks[n]) || st.mentionAt(n) != nil {
				break
			}
		}
	}
	return false
}

// s52BlameAt reports whether the accusation whose trigger opens at token
// i blames someone for an act: "Israel blamed Hezbollah", or "officials
// said the rebels were behind it".
func s52BlameAt(st *sent, i int) bool {
	if blameNearWords.has(st.low[i]) {
		return true
	}
	switch st.low[i] {
	case "was", "were", "is", "are":
		return i+1 < len(st.low) && st.low[i+1] == "behind"
	}
	return false
}
