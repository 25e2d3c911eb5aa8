package code

// The grounds of an accusation told as a participle: "the court issued a
// warrant for the general, accusing him of war crimes", "the state filed
// a case against its neighbour, accusing it of arming rebels". The
// participle says what the act just told alleges; it is not an accusation
// of its own. After an act of another kind ("expelled the envoy, accusing
// him of spying") the accusation is its own event, and stays.

import "github.com/truce-project/truce"

// groundParticiples hang the grounds of an act on it after a comma.
var groundParticiples = filtered(wordSet("accusing", "charging", "alleging", "blaming"))

// prec41AccusingGrounds returns the accusation built just before cd that
// the participle cd gives the grounds of: the same doers, the same kind of
// act, cd hung on it by a comma with no other act between.
func prec41AccusingGrounds(st *sent, built []*candidate, cd *candidate) *candidate {
	n := len(built)
	if n == 0 || cd.ev.Type != truce.Accuse || cd.i < 2 || st.low[cd.i-1] != "," || !groundParticiples.has(st.low[cd.i]) {
		return nil
	}
	b := built[n-1]
	if b.ev.Type != truce.Accuse || b.j > cd.i || len(b.ev.Source) == 0 || ids(b.ev.Source) != ids(cd.ev.Source) {
		return nil
	}
	// The same speaker's next sentence-level verb would open a clause of
	// its own: "condemned the raid and said …, accusing": leave it.
	for k := b.j; k < cd.i-1; k++ {
		if st.low[k] == ";" || st.low[k] == "and" && k+1 < len(st.toks) && st.toks[k+1].tag == "VBD" {
			return nil
		}
	}
	return b
}

// prec41TakeTarget gives the act prev, which names no one, the target of
// the participle folded into it ("issued a warrant on Friday, accusing
// the president of …" is aimed at the president), and reports whether it
// did.
func prec41TakeTarget(prev, cd *candidate) bool {
	if len(prev.ev.Target) > 0 || len(cd.ev.Target) == 0 || cd.ev.Type != truce.Accuse || prev.ev.Type != truce.Accuse {
		return false
	}
	prev.ev.Target = append([]truce.Actor{}, cd.ev.Target...)
	return true
}
