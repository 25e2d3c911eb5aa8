package code

import (
	"sort"
	"strings"
)

// clausePronouns resolves a subject pronoun that opens a "when", "once",
// "before" or "until" clause to the subject of the clause it hangs from:
// in "the minister is expected to raise the issue when he visits Hanoi"
// and "the rebels said they would disarm once they reach the camps" the
// visitor is the minister and those who reach the camps the rebels. When
// the main clause names someone else the pronoun could stand for ("shot
// the attacker before he reached the gate"), it is left alone.
func (st *sent) clausePronouns() {
	added := false
	for k := 1; k+1 < len(st.low); k++ {
		w := st.low[k]
		person, ok := subjectPronouns.get(w)
		if !ok || w == "it" || !pronounOpeners.has(st.low[k-1]) || st.mentionAt(k) != nil || !pronounSubject(st, k) {
			continue
		}
		v := -1
		for n := k - 2; n >= 0; n-- {
			if tag := st.toks[n].tag; tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" {
				v = n
				break
			}
		}
		if v < 0 {
			continue
		}
		// ("soldiers were killed when they stepped on a mine": the
		// subject of a passive suffered the act, and what the pronoun's
		// clause tells is how, not a deed of theirs.)
		if st.passiveBefore(k) {
			continue
		}
		refs := st.verbSubjectRefs(v, w, person)
		if refs == nil || st.otherReferent(v, k-1, person) {
			continue
		}
		st.addPronoun(k, k+1, refs)
		added = true
	}
	if added {
		sort.Slice(st.mentions, func(a, b int) bool { return st.mentions[a].i < st.mentions[b].i })
	}
}

// verbSubjectRefs returns what the subject pronoun w, a person's for
// "he" and "she" (person), stands for when it takes up the subject of the
// verb at v: that subject, when it is an actor that agrees with w, and
// for "they" the actors coordinated with it; else nil.
func (st *sent) verbSubjectRefs(v int, w string, person bool) []mention {
	sub := st.subject(v)
	if len(sub) == 0 || sub[0].place || sub[0].kind == "description" {
		return nil
	}
	ref := sub[0]
	isPerson := ref.kind == "person" || personHead(st, ref)
	if ref.kind == "pronoun" {
		isPerson = subjectPronouns.has(st.low[ref.i])
	}
	if isPerson != person {
		return nil
	}
	refs := []mention{*ref}
	if w == "they" {
		for _, x := range sub[1:] {
			refs = append(refs, *x)
		}
	}
	return refs
}

// pronounOpeners open a clause whose subject pronoun most often stands
// for the subject of the clause it hangs from.
var pronounOpeners = filtered(wordSet("when", "once", "before", "until"))

// otherReferent reports whether an actor named between tokens v and e,
// after the main verb, could be what the pronoun stands for: a person for
// "he" or "she", a group for "they".
func (st *sent) otherReferent(v, e int, person bool) bool {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.i <= v || m.i >= e || m.place {
			continue
		}
		if isPerson := m.kind == "person" || personHead(st, m); isPerson == person || !person && strings.HasSuffix(st.toks[m.j-1].tag, "S") {
			return true
		}
	}
	return false
}

// passiveBefore reports whether a verb before token k is passive.
func (st *sent) passiveBefore(k int) bool {
	for n := k - 1; n >= 0; n-- {
		// ("is expected to raise": a plan, not a passive act.)
		if st.isPassive(n) && !futureTo.has(st.low[n]) {
			return true
		}
	}
	return false
}
