package code

import (
	"sort"
	"strings"
)

// mode40ParticiplePronouns resolves "he", "she" or "it" opening what a
// participle of saying reports to the subject of the finite verb the
// participle hangs from: in "the president met his guest, a day after
// announcing he would lift the sanctions" and "Ottawa recalled its envoy,
// saying it would expel three diplomats" the one who is to act is the
// speaker, the main clause's subject, not the actor named last. "It"
// takes up only a subject named in the singular ("rights groups
// condemned the transfer, saying it would cost lives" speak of the
// transfer), and "they", as often a thing as the speakers, is left to
// the earlier passes.
func (st *sent) mode40ParticiplePronouns() {
	added := false
	for k := 2; k+1 < len(st.low); k++ {
		w := st.low[k]
		if w != "he" && w != "she" && w != "it" || !pronounSubject(st, k) {
			continue
		}
		p := k - 1
		if st.low[p] == "that" {
			p--
		}
		if p < 1 || !mode40SpeechParticiples.has(st.low[p]) {
			continue
		}
		v := -1
		for n := p - 1; n >= 0; n-- {
			if tag := st.toks[n].tag; tag == "VBD" || tag == "VBZ" || tag == "VBP" {
				v = n
				break
			}
		}
		if v < 0 || st.passiveBefore(p) {
			continue
		}
		refs := st.verbSubjectRefs(v, w, w != "it")
		if refs == nil || w == "it" && strings.HasSuffix(st.toks[refs[0].j-1].tag, "S") {
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

// mode40SpeechParticiples report what their subject says or announces.
var mode40SpeechParticiples = filtered(wordSet("saying", "announcing", "confirming", "stating",
	"promising", "pledging", "vowing", "adding", "insisting"))
