package code

import (
	"sort"
	"strings"
)

// Pronouns that stand for an actor. A subject pronoun after a verb of
// saying is the speaker ("Hamas said it remained committed", "the rebels
// announced they would hand back weapons"); one that opens a sentence is
// the actor that opened the sentence before ("He said …", "It accused …").

// subjectPronouns are the pronouns resolved, with whether each stands for
// a person.
var subjectPronouns = map[string]bool{"he": true, "she": true, "it": false, "they": false}

// actorObjectPronouns are the object pronouns resolved, after a verb.
var actorObjectPronouns = map[string]bool{"them": true, "him": true, "her": true, "it": true}

// pronouns adds a mention for each subject pronoun whose referent is clear:
// the speaker of a verb of saying just before it in the sentence, or, at
// the start of the sentence, prev, the first actor of the sentence before.
func (st *sent) pronouns(prev *mention) {
	added := false
	for k, w := range st.low {
		person, ok := subjectPronouns[w]
		if !ok || st.mentionAt(k) != nil || k+1 >= len(st.low) || !pronounSubject(st, k) {
			continue
		}
		var ref *mention
		if v := speechBefore(st, k); v >= 0 {
			// "rejected a Senegalese plan, and said they …": a verb joined
			// by "and" shares the sentence's subject.
			if v > 0 && st.low[v-1] == "and" {
				ref = st.firstActor()
			} else if sub := st.subject(v); len(sub) > 0 {
				ref = sub[0]
			}
		} else if k == 0 && prev != nil {
			ref = prev
		}
		if ref == nil || ref.place || (ref.kind == "person") != person && !(person && ref.actor.Sector != "" && ref.kind == "sector") {
			continue
		}
		m := *ref
		m.i, m.j = k, k+1
		m.kind = "pronoun"
		m.actor.Text = st.toks[k].text
		st.mentions = append(st.mentions, m)
		added = true
	}
	for k, w := range st.low {
		if !actorObjectPronouns[w] || k == 0 || st.mentionAt(k) != nil || !strings.HasPrefix(st.toks[k-1].tag, "VB") {
			continue
		}
		// "expelled seven UN officials, accusing them of meddling": the
		// actor named last before it, other than the sentence's subject.
		first := st.firstActor()
		for n := len(st.mentions) - 1; n >= 0; n-- {
			m := st.mentions[n]
			if m.j > k || m.place || m.kind == "pronoun" || first != nil && m.i == first.i {
				continue
			}
			if (w == "him" || w == "her") != (m.kind == "person") {
				break
			}
			m.i, m.j = k, k+1
			m.kind = "pronoun"
			m.actor.Text = st.toks[k].text
			st.mentions = append(st.mentions, m)
			added = true
			break
		}
	}
	if added {
		sort.Slice(st.mentions, func(a, b int) bool { return st.mentions[a].i < st.mentions[b].i })
	}
}

// pronounSubject reports whether the pronoun at k is a subject followed by
// a verb ("it had carried out", "they would boycott"), not an expletive
// ("it is unclear whether") or an object.
func pronounSubject(st *sent, k int) bool {
	next := st.toks[k+1]
	if st.low[k] == "it" && (next.low == "is" || next.low == "was" || next.low == "'s") {
		return k+2 < len(st.toks) && (st.toks[k+2].tag == "VBG" || st.toks[k+2].tag == "VBN")
	}
	return next.tag == "MD" || strings.HasPrefix(next.tag, "VB") || next.tag == "RB" && k+2 < len(st.toks) && strings.HasPrefix(st.toks[k+2].tag, "VB")
}

// speechBefore returns the verb of saying whose complement the pronoun at
// k opens ("said on Friday that they would"), or -1. Only a date, "that"
// and short prepositional phrases may come between.
func speechBefore(st *sent, k int) int {
	for v := k - 1; v >= 0 && v >= k-5; v-- {
		w := st.low[v]
		if speechVerbs[w] || reportVerbs[w] {
			return v
		}
		if st.mentionAt(v) != nil || strings.HasPrefix(st.toks[v].tag, "VB") || w == "," {
			return -1
		}
	}
	return -1
}
