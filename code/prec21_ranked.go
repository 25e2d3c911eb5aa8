package code

// A participle that says which of a ranked kind someone is: "the first
// former head of state extradited to the United States", "the most
// prominent critic detained since the coup", "the third reporter killed
// this year". The phrase ranks a person among others; the act it names is
// told elsewhere or long done.

// rankingWords open a noun phrase that ranks its head among others.
var rankingWords = filtered(wordSet("first", "second", "third", "fourth", "fifth", "latest", "only", "last",
	"highest-ranking", "most", "biggest", "youngest", "oldest"))

// rankedParticiple reports whether the verb trigger cd is a bare
// participle after a noun phrase opened by "the" and a word of rank: "the
// most senior official ever sanctioned by Washington". "The first convoy
// was attacked" has an auxiliary and stays.
func rankedParticiple(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || st.toks[cd.i].tag != "VBN" || cd.i < 3 {
		return false
	}
	for k := cd.i - 1; k >= 1 && k >= cd.i-7; k-- {
		w := st.low[k]
		if rankingWords.has(w) {
			return st.low[k-1] == "the"
		}
		t := st.toks[k].tag
		if w == "ever" || w == "of" || w == "state" || nounPhraseTag(t) && t != "DT" {
			continue
		}
		return false
	}
	return false
}
