package code

// A demand is often told as an obligation in someone's mouth: "the
// ministry said Kabul must hand over the militants", "the bloc insisted
// that the junta should hold elections". The speaker makes a demand
// (CAMEO 10) of whoever must act; what must be done sets the mode through
// the request complements. The same words with no speaker are the
// writer's opinion ("Pakistan must confront its legacy") and code nothing.

// obligationWords are the modals that put an obligation on their subject.
var obligationWords = filtered(map[string]bool{"must": true, "should": true})

// speechVerbs tell who voiced the obligation. Reporting verbs that also
// code events of their own (warned, demanded) are left to the lexicon.
var speechVerbs = filtered(map[string]bool{
	"said": true, "says": true, "say": true, "declared": true, "declares": true,
	"insisted": true, "insists": true, "reiterated": true, "reiterates": true,
	"stressed": true, "stresses": true, "concluded": true, "announced": true,
	"argued": true, "argues": true, "told": true, "added": true, "maintained": true,
	"maintains": true, "stated": true, "states": true, "repeated": true,
	"wrote": true, "writes": true, "reminded": true, "reminds": true,
})

// obligationEntry codes a reported obligation; it has no lexicon line.
var obligationEntry = &entry{words: []string{"must"}, pos: 'V', cameo: "100", mode: "-"}

// reportedDemands finds obligations a named speaker lays on a named
// actor, as trigger candidates with both roles filled.
func (c *Coder) reportedDemands(st *sent) []*candidate {
	var out []*candidate
	for k, w := range st.low {
		if !obligationWords.has(w) || k+1 >= len(st.toks) {
			continue
		}
		tgt := st.subject(k)
		if len(tgt) == 0 || gsr21SubjectFar(tgt, k) {
			continue
		}
		src := st.speakerOf(tgt[0].i, k)
		if len(src) == 0 || sameMentions(src, tgt) {
			continue
		}
		out = append(out, &candidate{e: obligationEntry, st: st, i: k, j: k + 1, src: src, tgt: tgt})
	}
	return out
}

// speakerOf finds who voices a clause whose subject starts at token s and
// whose modal is at k: "X said (that) Y must" or "Y must …, X said".
func (st *sent) speakerOf(s, k int) []*mention {
	if src := st.gsr28NoticeSpeaker(s); src != nil {
		return src
	}
	for v := s - 1; v >= 0 && v >= s-8; v-- {
		if st.low[v] == "that" {
			continue
		}
		if speechVerbs.has(st.low[v]) {
			return st.subject(v)
		}
		if src := st.gsr31GerundSpeaker(v); src != nil {
			return src
		}
	}
	for v := k + 1; v < len(st.low); v++ {
		if (speechVerbs.has(st.low[v]) || gsr31TrailingDemand.has(st.low[v])) && st.low[v-1] != "that" && (st.low[v-1] == "," || st.mentionAt(v-1) != nil) {
			if sub := st.subject(v); len(sub) > 0 && sub[0].i > k {
				return sub
			}
			for n := v + 1; n < len(st.low) && n < v+4; n++ {
				if m := st.mentionAt(n); m != nil && !m.place {
					return []*mention{m}
				}
			}
		}
	}
	return nil
}

// sameMentions reports whether two role lists name the same actors.
func sameMentions(a, b []*mention) bool {
	for _, x := range a {
		for _, y := range b {
			if x.actor.ID != "" && x.actor.ID == y.actor.ID {
				return true
			}
		}
	}
	return false
}
