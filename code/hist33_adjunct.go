package code

// Acts dropped as history (issue 3, dates): a participle that follows its
// main clause after a comma ("…, accusing Tehran of failing to honour the
// 2015 nuclear deal") shares that clause's time; a year naming a thing
// after it does not date it.

import "strings"

// hist33AdjunctNamesThing reports whether the trigger at cd is a free
// participle after a comma, told before the year spanning tokens k..end,
// and the year opens a noun phrase after a determiner ("the 2015 nuclear
// deal", "a 2019 border accord"): "recalled its envoy, accusing Cairo of
// breaking the 2012 water treaty". The participle's time is its main
// clause's, and the year only says which treaty. A participle that
// describes a noun ("sanctions lifted under the 2015 deal") has no comma
// before it and stays dated by the year, as lex38DatedNounPhrase reads it.
func hist33AdjunctNamesThing(st *sent, cd *candidate, k, end int) bool {
	if cd.e.pos != 'V' || cd.i == 0 || st.low[cd.i-1] != "," || st.toks[cd.i].tag != "VBG" {
		return false
	}
	if k == 0 || end < k || cd.j > k-1 || !namingDeterminers.has(st.low[k-1]) {
		return false
	}
	n := end + 1
	for n < len(st.toks) && n <= end+3 && lex38AdjectiveTag(st.toks[n].tag) {
		n++
	}
	return n < len(st.toks) && strings.HasPrefix(st.toks[n].tag, "NN")
}
