package code

import "strings"

// lex57AdverbPast reads as a verb a past form the tagger took for an
// adjective after an adverb that stands between it and its auxiliary or
// subject: "police have so far arrested 12 people", "troops have thus far
// detained 30", "the army quietly deployed two battalions". An adverb
// after an article ("the recently arrested leader") modifies a
// participle that describes a noun, and stays one. It returns nil
// otherwise.
func lex57AdverbPast(st *sent, es []*entry, i, n int) *entry {
	if n != 1 || i < 2 || i+1 >= len(st.toks) || st.toks[i].tag != "JJ" {
		return nil
	}
	w := st.low[i]
	if !strings.HasSuffix(w, "ed") && !irregularPast.has(w) {
		return nil
	}
	k := i - 1
	for k >= 0 && k > i-4 && st.toks[k].tag == "RB" {
		k--
	}
	if k == i-1 || k < 0 {
		return nil
	}
	switch tag := st.toks[k].tag; {
	case st.low[k] == "have" || st.low[k] == "has" || st.low[k] == "had":
	case tag == "NNS" || tag == "NNP" || tag == "NNPS" || tag == "PRP" || tag == "NN":
	default:
		return nil
	}
	switch next := st.toks[i+1].tag; {
	case next == "DT" || next == "CD" || next == "PRP$" || next == "NNS" || next == "NN" || next == "NNP":
	case next == "JJ" && i+2 < len(st.toks) && strings.HasPrefix(st.toks[i+2].tag, "NN"):
	default:
		return nil
	}
	return pickEntry(es, "VBD", "RB")
}
