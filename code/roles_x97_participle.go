package code

// roles_x97: the object pronoun of a participle clause after a comma
// stands for the object of the main clause's verb, not for the last actor
// named before it. "Guyana brought Venezuela before the World Court,
// accusing it of violating the treaty": "it" is Venezuela, not the court
// the case went to; "Kenya expelled two diplomats who had flown in from
// Uganda, accusing them of espionage": the diplomats, not Uganda.

// x97MainVerbTags are the tags of a verb with a tense or a perfect
// participle, which can head the main clause before the comma.
var x97MainVerbTags = filtered(wordSet("VBD", "VBN", "VBZ", "VBP"))

// x97ParticipleObject returns the object of the main verb before a
// ", V-ing PRON" clause whose pronoun is at k, when it is named before
// the comma, is no place and is not the source's own ("recalled its
// envoy from Sudan, accusing it": the envoy is Chad's, and the pronoun
// is left to the usual search), or nil.
func (st *sent) x97ParticipleObject(k int, w string) []mention {
	if k < 3 || st.toks[k-1].tag != "VBG" || st.low[k-2] != "," {
		return nil
	}
	for v := k - 3; v > 0; v-- {
		if st.low[v] == "," || st.low[v] == ";" {
			return nil
		}
		if !x97MainVerbTags.has(st.toks[v].tag) || st.mentionAt(v) != nil {
			continue
		}
		// "activists who opposed the deal": a relative clause's verb is
		// not the main one.
		if p := st.low[v-1]; p == "who" || p == "which" || p == "that" || v > 1 && (st.low[v-2] == "who" || st.low[v-2] == "which" || st.low[v-2] == "that") {
			continue
		}
		obj := st.object(v+1, nil)
		if len(obj) == 0 || obj[0].i >= k-2 || obj[0].place || obj[0].kind == "pronoun" {
			return nil
		}
		if o := obj[0].i - 1; o >= 0 && (st.low[o] == "its" || st.low[o] == "their" || st.low[o] == "his" || st.low[o] == "her" || st.low[o] == "our") {
			return nil
		}
		// "told two envoys to leave, accusing them": an object that is
		// the subject of an infinitive after it is left to the usual
		// search, as the participle's doer is read from that clause.
		if e := obj[len(obj)-1].j; e+1 < len(st.low) && st.low[e] == "to" && st.toks[e+1].tag == "VB" {
			return nil
		}
		// "it" stands for no plural noun, nor "them" for a lone one.
		plural := len(obj) > 1 || st.toks[obj[0].j-1].tag == "NNS" || st.toks[obj[0].j-1].tag == "NNPS"
		if (w == "it") == plural || w == "him" || w == "her" {
			return nil
		}
		out := make([]mention, 0, len(obj))
		for _, m := range obj {
			out = append(out, *m)
		}
		return out
	}
	return nil
}
