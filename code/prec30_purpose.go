package code

import "github.com/truce-project/truce"

// protestPurposePrec30 returns the protest told earlier in the sentence
// whose purpose the demand cd states, or nil: "held a sit-in in Tema, in
// the port district, on Monday to demand back pay", "marched through
// Tamale, Ho and Kumasi on Friday to demand higher pay", "began a hunger
// strike, now in its second week, to demand a retrial". protestPurpose (event_merge.go) folds the
// plain case and stops at a comma; a place list or an aside set off by
// commas still leaves the infinitive hanging on the protest verb, as
// long as no other verb or clause comes between.
func protestPurposePrec30(st *sent, earlier []*candidate, cd *candidate) *candidate {
	if cd.ev.Type != truce.Request || cd.i < 2 || st.low[cd.i-1] != "to" || !verbAt(st, cd.i) {
		return nil
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		prev := earlier[n]
		if prev.folded || prev.ev.Type != truce.Protest {
			continue
		}
		if prev.j > cd.i-1 || cd.i-prev.j > 25 {
			return nil
		}
		for k := prev.j; k < cd.i-1; k++ {
			if clauseBreaks.has(st.low[k]) || verbAt(st, k) && st.mentionAt(k) == nil && !inDate(st, k) {
				return nil
			}
		}
		return prev
	}
	return nil
}
