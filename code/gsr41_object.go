package code

// gsr41: a participle's date after a coordinated object. "will return
// rifles and ammunition seized last year", "freed students and teachers
// abducted in March": the object the participle describes may join two
// nouns with "and" or "or", and the seizing is still as old as the date
// while the returning is the news. hist34 and hist35 walked back over a
// plain noun phrase only, so the "and" stopped them.

import "strings"

// gsr41ObjectWord reports whether the token at n can stand in the object
// noun phrase that the participle at p describes: a word of a plain noun
// phrase (hist34NounPhraseTag), or "and" or "or" joining two nouns
// ("weapons and military equipment seized") when the phrase is the
// plain object of a verb. Across a coordinator only a true participle
// (VBN) describes the nouns: in "Kenya and Uganda said on Monday" the
// past tense is their own verb.
func gsr41ObjectWord(st *sent, n, p int) bool {
	if hist34NounPhraseTag(st.toks[n].tag) {
		return true
	}
	if st.low[n] != "and" && st.low[n] != "or" || st.toks[p].tag != "VBN" {
		return false
	}
	if n < 1 || n+1 >= len(st.toks) || !strings.HasPrefix(st.toks[n-1].tag, "NN") {
		return false
	}
	t := st.toks[n+1].tag
	if !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") && t != "DT" && t != "CD" && t != "PRP$" {
		return false
	}
	// The coordinated phrase must be the plain object of a verb (or its
	// particle): "return rifles and ammunition seized", "handed back cars
	// and phones seized". After a preposition ("with artillery and drones
	// overnight") or a list ("carrying sorghum, pulses and oil crossed")
	// the "participle" is more often a mistagged word or the nouns' own
	// verb.
	k := n - 1
	for k > 0 && hist34NounPhraseTag(st.toks[k].tag) {
		k--
	}
	v := st.toks[k].tag
	return (v == "RP" || strings.HasPrefix(v, "VB") && v != "VBN") && !auxiliaries.has(st.low[k])
}
