package code

import "github.com/truce-project/truce"

// lex39AttackFreeing returns the attack just told whose deed a release
// trigger carries on: "gunmen stormed the prison, freeing 500 inmates",
// "gangs overran the town and freed the prisoners held there". Captives set
// free by those who attacked their jail are part of the attack, not a
// captor giving way (RETREAT release). The release must follow the attack
// with only a comma or "and" (and adverbs or a place phrase) between: a new
// subject ("…, with Baku freeing 32 servicemen") tells a release of its own.
// A raid by state forces that frees captives is a rescue, left to
// rescueRaid.
func lex39AttackFreeing(st *sent, built []*candidate, cd *candidate) *candidate {
	n := len(built)
	if n == 0 || cd.ev.Mode != "release" || cd.e.pos != 'V' || cd.i < 1 {
		return nil
	}
	b := built[n-1]
	if b.ev.Type != truce.Assault && !(b.ev.Type == truce.Coerce && b.ev.Mode == "seize") || b.e.pos != 'V' || b.j > cd.i || cd.i-b.j > 30 {
		return nil
	}
	if b.ev.Status == truce.StatusNegated || b.ev.Status == truce.StatusHypothetical {
		return nil
	}
	// State forces freeing captives in a raid are a rescue, which
	// rescueRaid folds with its own care for doers and target.
	for _, a := range b.ev.Source {
		if rescueForces.has(a.Sector) {
			return nil
		}
	}
	// the word before the release: a comma or "and" ("…, freeing",
	// "… and freed"), with adverbs between allowed ("and then freed").
	k := cd.i - 1
	for k > b.j && st.toks[k].tag == "RB" {
		k--
	}
	if w := st.low[k]; w != "," && w != "and" {
		return nil
	}
	for m := k; m > b.j; m-- {
		if st.low[m] == "with" || st.low[m] == "while" || st.low[m] == "as" {
			return nil
		}
	}
	return b
}
