package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// stormThenAbductPrec37 reports whether cd, armed men storming or raiding
// a place, is the way in of an abduction the same men go on to in the
// next predicate of the clause, joined by "and": "gunmen stormed a school in Kuriga on
// Thursday and seized 287 pupils", "masked men burst into the studio and
// held staff at gunpoint". The storming is how the kidnapping was done,
// one act, told by the abduction; the abduction takes the place stormed
// as its target when it names none. A storming with a toll of its own
// ("stormed the village, killing five") stays beside it.
func stormThenAbductPrec37(st *sent, cands, built []*candidate, cd *candidate) bool {
	if cd.ev.Type != truce.Assault || cd.ev.Mode == "abduct" || cd.e.pos != 'V' || !stormWordsPrec37.has(st.low[cd.i]) ||
		cd.ev.Fatalities != nil || cd.ev.Injuries != nil || len(cd.ev.Source) == 0 {
		return false
	}
	for _, x := range built {
		if x == cd || x.folded || x.ev.Mode != "abduct" || x.e.pos != 'V' || x.i <= cd.j || x.i-cd.j > 20 || !sameSourcePrec37(x, cd) {
			continue
		}
		if !nextPredicatePrec37(st, cands, cd, x) {
			continue
		}
		if len(x.ev.Target) == 0 {
			x.ev.Target = cd.ev.Target
		}
		return true
	}
	return false
}

// nextPredicatePrec37 reports whether x's verb is the next predicate after
// cd's, joined by "and" just before it: no comma, no ";", no word that
// opens another clause and no other trigger between them. A deed told by a
// comma participle ("raided a village, burning huts and abducting
// herders") is one of several the raid did, and the raid stays.
func nextPredicatePrec37(st *sent, cands []*candidate, cd, x *candidate) bool {
	if st.low[x.i-1] != "and" {
		return false
	}
	for k := cd.j; k < x.i-1; k++ {
		w := st.low[k]
		switch {
		case w == "," || w == "and" || w == ";" || clauseBreaks.has(w) || quoteMark(w):
			return false
		case strings.HasPrefix(st.toks[k].tag, "VB") && st.toks[k].tag != "VBN" && st.toks[k].tag != "VBG":
			return false
		}
	}
	for _, o := range cands {
		if o != cd && o != x && o.i >= cd.j && o.i < x.i {
			return false
		}
	}
	return true
}

// sameSourcePrec37 reports whether a and b share a named doer.
func sameSourcePrec37(a, b *candidate) bool {
	for _, s := range a.ev.Source {
		if s.ID != "" && hasSame(b.ev.Source, s) {
			return true
		}
	}
	return false
}

// stormWordsPrec37 are the verbs of forcing a way into a place.
var stormWordsPrec37 = filtered(wordSet("stormed", "storm", "storms", "storming", "raided", "raid", "raids", "raiding",
	"burst", "bursting", "overran", "overrun", "overrunning", "invaded", "invading"))
