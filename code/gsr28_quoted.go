package code

import "sort"

// gsr28: a speaker told in the passive of quoting. In "King Kaspar of
// Ruritania was quoted today as saying he would host the talks" and "the
// rebel commander was cited by local radio as stating they would lay
// down arms" the one who is to act is the subject of "was quoted", the
// one quoted; mode40ParticiplePronouns reads "saying he" after an active
// verb only, since after another passive ("the deal was signed, saying
// it …") the subject is no speaker.

// gsr28QuotedPronouns resolves "he", "she", "it" or "they" opening what
// "as saying" (or "as stating", "as promising" …) reports after a passive
// verb of quoting to that verb's subject.
func (st *sent) gsr28QuotedPronouns() {
	added := false
	for k := 4; k+1 < len(st.low); k++ {
		w := st.low[k]
		if _, ok := subjectPronouns.get(w); !ok || !pronounSubject(st, k) {
			continue
		}
		p := k - 1
		if st.low[p] == "that" {
			p--
		}
		if p < 2 || st.low[p-1] != "as" || !mode40SpeechParticiples.has(st.low[p]) {
			continue
		}
		v := gsr28QuotingVerb(st, p-1)
		if v < 0 {
			continue
		}
		refs := st.gsr28QuotedRefs(v, w)
		if refs == nil {
			continue
		}
		st.dropMentions(k, k+1)
		st.addPronoun(k, k+1, refs)
		added = true
	}
	if added {
		sort.Slice(st.mentions, func(a, b int) bool { return st.mentions[a].i < st.mentions[b].i })
	}
}

// gsr28QuotingVerb returns the auxiliary of the passive participle of
// quoting ("was quoted", "were cited") that the "as" at a completes, with only a date or a short
// phrase naming the medium between ("was quoted today as", "was quoted by
// the state news agency on Monday as"), or -1.
func gsr28QuotingVerb(st *sent, a int) int {
	for n := a - 1; n >= 1 && n >= a-9; n-- {
		w := st.low[n]
		if w == "," || w == ";" || quoteMark(w) {
			return -1
		}
		if !gsr28QuotingWords.has(w) {
			continue
		}
		aux := n - 1
		if st.toks[aux].tag == "RB" && aux > 0 {
			aux--
		}
		if !gsr28BeForms.has(st.low[aux]) {
			return -1
		}
		return aux
	}
	return -1
}

// gsr28QuotingWords are the participles of a passive that names whose
// words follow "as saying".
var gsr28QuotingWords = filtered(wordSet("quoted", "cited", "reported", "paraphrased"))

// gsr28BeForms carry the passive of quoting.
var gsr28BeForms = filtered(wordSet("was", "were", "is", "are", "been", "be"))

// gsr28QuotedRefs returns what the pronoun w stands for when the subject
// of the quoting passive whose auxiliary is at v is the one quoted: the
// subject whole, whatever its head ("King Kaspar of Ruritania", "the
// junta chief", "the Ruritanian foreign ministry"), so long as its number
// fits the pronoun: "he", "she" and "it" a subject that ends in a
// singular noun, "they" a plural one or several actors.
func (st *sent) gsr28QuotedRefs(v int, w string) []mention {
	sub := st.subject(v)
	if len(sub) == 0 || sub[0].place || sub[0].kind == "description" {
		return nil
	}
	t := st.toks[v-1].tag
	plural := len(sub) > 1 || t == "NNS" || t == "NNPS"
	if plural != (w == "they") {
		return nil
	}
	refs := make([]mention, 0, len(sub))
	for _, m := range sub {
		refs = append(refs, *m)
	}
	return refs
}
