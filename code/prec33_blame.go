package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// blameNamesPrec33 reports whether cd, a blame told in a clause that
// restricts a noun ("a string of kidnappings blamed on bandits", "attacks
// that it blamed on gangs", "a device the army blamed on the group", "a
// poisoning that he blames on the president"), only says which act or
// thing the sentence means. The clause is bound to its noun with no comma
// and the verb has no object of its own (the noun is its object), so it
// identifies rather than reports: the news is what the main clause says
// of the noun. A blame set off by a comma (", which the police blamed on
// insurgents") adds a statement of its own and is left alone, and so is
// a main clause ("police blamed the group for the plot"), a clause on
// the one blamed ("a group it blames for the fires", which says who the
// group is), and one that alone names the doer of an attack told beside
// it.
func blameNamesPrec33(st *sent, _, built []*candidate, cd *candidate) bool {
	if cd.ev.Type != truce.Accuse || cd.i < 2 || !strings.HasPrefix(st.low[cd.i], "blam") {
		return false
	}
	// The blame may be all that names the doer of an attack the sentence
	// tells ("in an attack the army blamed on the front"): keep it.
	for _, o := range built {
		if o != cd && !o.folded && o.ev.Type == truce.Assault && len(o.ev.Source) == 0 {
			return false
		}
	}
	n := cd.j
	// "blamed on X": the noun is the deed. With "blamed for" the noun is
	// the one blamed, an actor described (see blameDescribed).
	if n+1 >= len(st.low) || st.low[n] != "on" || weekdaysAndMonths.has(st.low[n+1]) {
		return false
	}
	prev := cd.i - 1
	// Reduced: "kidnappings blamed on bandits".
	if st.low[cd.i] == "blamed" && (st.toks[prev].tag == "NNS" || st.toks[prev].tag == "NN") && prev >= 1 && blameNounBeforePrec33(st, prev-1) {
		return true
	}
	// The subject of the relative clause: a pronoun, "the army", "the
	// gang's leader", a bare plural ("authorities").
	k := prev
	switch {
	case st.toks[k].tag == "PRP":
		k--
	case k >= 3 && st.low[k-3] == "the" && st.toks[k-1].tag == "POS":
		k -= 4
	case k >= 1 && st.low[k-1] == "the":
		k -= 2
	case st.toks[k].tag == "NNS" || st.toks[k].tag == "NNP":
		k--
	default:
		return false
	}
	for k >= 1 && (st.low[k] == "has" || st.low[k] == "have" || st.low[k] == "had") {
		k--
	}
	if k < 1 {
		return false
	}
	switch st.low[k] {
	case "that", "which", "whom":
		k--
		if st.low[k] == "," {
			return false
		}
	}
	t := st.toks[k].tag
	return t == "NN" || t == "NNS"
}

// blameNounBeforePrec33 reports whether the word at k ends a noun phrase
// the reduced clause after it can hang on ("a string of mass
// kidnappings"), not a clause start.
func blameNounBeforePrec33(st *sent, k int) bool {
	switch st.toks[k].tag {
	case "JJ", "NN", "NNS", "CD", "IN", "VBG":
		return st.low[k] != "," && st.low[k] != "that"
	}
	return false
}
