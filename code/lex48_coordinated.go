package code

import "strings"

// lex48CoordinatedPast returns the verb reading of a one-word trigger the
// tagger took for an adjective after "and", when it is a past verb
// joined to a verb told before it and an object follows: "chased and
// beat Israeli fans", "suspended mobile internet and deployed thousands of
// troops", "would be formed and urged protesters to go home". The -ed
// forms after a noun are read where triggers are matched (see
// coordinatedVerb); this reading covers a first verb tagged as a
// participle and the irregular pasts ("beat", "shot", "struck"). It
// returns nil otherwise.
func lex48CoordinatedPast(st *sent, es []*entry, i, n int) *entry {
	if n != 1 || i < 2 || i+1 >= len(st.toks) || st.toks[i].tag != "JJ" || st.low[i-1] != "and" {
		return nil
	}
	w := st.low[i]
	if !strings.HasSuffix(w, "ed") && !irregularPast.has(w) {
		return nil
	}
	switch next := st.toks[i+1].tag; {
	case next == "DT" || next == "CD" || next == "PRP" || next == "PRP$" || next == "NNS" || next == "NN" || next == "NNP":
	case next == "JJ" && i+2 < len(st.toks) && strings.HasPrefix(st.toks[i+2].tag, "NN"):
	default:
		return nil
	}
	if !lex48PastBefore(st, i-1) {
		return nil
	}
	// "killed 17 people and injured 16": a toll verb after a killing is
	// its toll, read with it.
	if e := pickEntry(es, "VBD", "CC"); e != nil && e.cameo != "18" {
		return e
	}
	return nil
}

// lex48PastBefore reports whether an active verb of action stands before
// token k in its clause: "[chased] and", "[suspended] mobile internet
// and". A form of "be", and a passive after one ("was disappointed and
// accused", "would be formed and urged"), join a state to the verb, whose
// reading the rows of its own words give.
func lex48PastBefore(st *sent, k int) bool {
	for m := k - 1; m >= 0 && m >= k-8; m-- {
		if clauseBreaks.has(st.low[m]) || lex48Be.has(st.low[m]) {
			return false
		}
		switch st.toks[m].tag {
		case "VBD", "VBN", "VBZ", "VBP":
			return m == 0 || !lex48Be.has(st.low[m-1])
		}
	}
	return false
}

// lex48Be are the forms of "be".
var lex48Be = filtered(wordSet("be", "is", "are", "was", "were", "been", "being", "am"))

// lex48InstituteVerbs are the verbs by which an authority sets a measure
// going: "ordered a curfew", "announced a curfew", "opened an inquiry",
// "launched an investigation".
var lex48InstituteVerbs = filtered(wordSet("ordered", "orders", "order", "ordering", "announced", "announces", "announce",
	"announcing", "declared", "declares", "declare", "declaring", "opened", "opens", "open", "opening", "launched",
	"launches", "launch", "launching", "instituted", "initiated"))

// lex48InstitutedNoun returns the reading of a one-word trigger noun that
// a verb of ordering sets going, with an indefinite article between:
// "President Tinubu ordered an investigation", "the general ordered a
// curfew from 10 p.m.". The lexicon reads these nouns as the verb's (the
// one who orders is the source), and a noun after a determiner is
// otherwise not taken for a verb (see pickEntry). It returns nil
// otherwise.
func lex48InstitutedNoun(st *sent, es []*entry, i, n int) *entry {
	if n != 1 || i < 2 || st.toks[i].tag != "NN" || st.low[i-1] != "a" && st.low[i-1] != "an" || !lex48InstituteVerbs.has(st.low[i-2]) {
		return nil
	}
	return pickEntry(es, "VB", "")
}
