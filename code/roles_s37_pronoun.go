package code

import (
	"sort"
	"strings"
)

// A subject pronoun that opens a clause after a semicolon, past a short
// phrase of time ("Paris said the decision was unjustified; on Tuesday it
// expelled twelve diplomats"), stands for the subject of the clause before
// the semicolon.

// semicolonPronouns adds a mention for each such pronoun whose referent
// agrees with it: a person for "he" and "she", no person for "it" and
// "they".
func (st *sent) semicolonPronouns() {
	added := false
	for k := 1; k+1 < len(st.low); k++ {
		w := st.low[k]
		person, ok := subjectPronouns.get(w)
		if !ok || st.mentionAt(k) != nil || !pronounSubject(st, k) {
			continue
		}
		s := afterSemicolon(st, k)
		if s < 0 {
			continue
		}
		v := -1
		for n := s - 1; n >= 0; n-- {
			if st.low[n] == ";" {
				break
			}
			if finiteAt(st, n) && st.toks[n].tag != "MD" {
				v = n
			}
		}
		if v < 0 {
			continue
		}
		refs := st.verbSubjectRefs(v, w, person)
		if refs == nil {
			continue
		}
		st.addPronoun(k, k+1, refs)
		added = true
	}
	if added {
		sort.Slice(st.mentions, func(a, b int) bool { return st.mentions[a].i < st.mentions[b].i })
	}
}

// afterSemicolon returns the index of the semicolon the pronoun at k opens
// a clause after, past up to four words of a phrase of time ("on
// Tuesday", "hours later", "later"), or -1.
func afterSemicolon(st *sent, k int) int {
	for n := k - 1; n >= 0 && n >= k-5; n-- {
		if st.low[n] == ";" {
			return n
		}
		if st.mentionAt(n) != nil {
			return -1
		}
		switch t := st.toks[n].tag; t {
		case "IN", "NNP", "CD", "RB", "DT", "NN", "NNS", "JJ", ",":
		default:
			return -1
		}
	}
	return -1
}

// describedStateAfter adds a mention for a description of a kind of state
// that opens a subordinate clause ("Taiwan cut ties with Solomon Islands,
// hours after the Pacific nation's cabinet voted to switch recognition"):
// the state of that kind named last before it in the sentence other than
// the sentence's subject, which would be "its" own.
func (st *sent) describedStateAfter() {
	added := false
	for k := 1; k+2 < len(st.low); k++ {
		if st.low[k] != "the" || !clauseOpenersAfterGoods.has(st.low[k-1]) || st.mentionAt(k) != nil {
			continue
		}
		e, fits := st.stateKindAt(k)
		if e < 0 || !st.isPossessive(e) && !pronounSubject(st, e-1) {
			continue
		}
		f := st.firstActor()
		var ref *mention
		for n := len(st.mentions) - 1; n >= 0; n-- {
			m := &st.mentions[n]
			if m.j > k || m.place || m.kind == "person" || m.actor.Country == "" || !isState(m.actor) || fits != nil && !fits[m.actor.Country] {
				continue
			}
			if f != nil && m.actor.Country == f.actor.Country {
				continue
			}
			ref = m
			break
		}
		if ref == nil {
			continue
		}
		r := *ref
		r.peers, r.partner, r.others = nil, nil, nil
		st.dropMentions(k, e)
		st.addPronoun(k, e, []mention{r})
		added = true
	}
	if added {
		sort.Slice(st.mentions, func(a, b int) bool { return st.mentions[a].i < st.mentions[b].i })
	}
}

// stateKindAt returns the end of a description of a kind of state that
// starts with "the" at k ("the Pacific nation", "the Gulf state") and the
// states it fits, or -1.
func (st *sent) stateKindAt(k int) (int, map[string]bool) {
	for e := k + 2; e <= k+4 && e < len(st.low); e++ {
		if m := st.mentionAt(e - 1); m != nil && !m.place && m.kind != "demonym" {
			return -1, nil
		}
		for w := 2; w >= 1; w-- {
			if e-w <= k {
				continue
			}
			kind, ok := stateKinds[strings.Join(st.low[e-w:e], " ")]
			if !ok {
				continue
			}
			for q := k + 1; q < e-w; q++ {
				if !isModifier(st.toks[q]) {
					return -1, nil
				}
			}
			return e, kind
		}
		if !isModifier(st.toks[e-1]) {
			return -1, nil
		}
	}
	return -1, nil
}
