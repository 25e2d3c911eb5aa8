package code

import "strings"

// An object pronoun never stands for the subject phrase of its own verb:
// in "lawmakers loyal to the president voted to strip them of their
// citizenship" neither the lawmakers nor the president are "them", and in
// "the assembly, controlled by the ruling party, voted to expel them"
// neither the assembly nor the party. The phrase is everything in the
// clause from its head to the finite verb the infinitive hangs from, past
// modifiers and participle asides but no other finite verb.

// notObject reports whether mention m cannot be what the object pronoun w
// at k stands for: it stands in the subject phrase of the pronoun's own
// verb, whose head own is, or w is "them" and m a lone state.
func (st *sent) notObject(m *mention, own []*mention, k int, w string) bool {
	return st.inOwnSubject(m, own, k) || w == "them" && st.loneState(m) || st.t63ThingModifier(m, w)
}

// groupObject returns the actors an object "them" at k stands for when
// none before it in its sentence can: the group the sentence before acted
// on (subjectOnlyGroup), else prevObject's.
func (st *sent) groupObject(k int, own []*mention, prev *mention) []mention {
	if refs := st.subjectOnlyGroup(k, own, prev); refs != nil {
		return refs
	}
	return prevObject(st, k, prev, false)
}

// inOwnSubject reports whether mention m stands in the subject phrase
// whose head own opens, of the verb governing the object pronoun at k
// ("voted to strip them", "…, branding them").
func (st *sent) inOwnSubject(m *mention, own []*mention, k int) bool {
	if len(own) == 0 {
		return false
	}
	// The subject's verb: the first after it not a participle of an
	// aside ("the assembly, controlled by the party, voted").
	f := -1
	for n := own[len(own)-1].j; n < k-1; n++ {
		if t := st.toks[n].tag; t == "MD" || strings.HasPrefix(t, "VB") && t != "VBN" {
			f = n
			break
		}
	}
	if f < 0 || m.j > f || st.clause[m.i] != st.clause[f] {
		return false
	}
	// The phrase opens its clause: no finite verb stands before it, as
	// "detained" does in "forces detained three officers, Belgrade said,
	// accusing them".
	for n := m.i - 1; n >= 0 && st.clause[n] == st.clause[f]; n-- {
		if subjectBound(st, n) {
			return false
		}
	}
	for n := m.j; n < f; n++ {
		if subjectBound(st, n) {
			return false
		}
	}
	return true
}

// subjectBound reports whether token n is a finite verb, which bounds a
// subject phrase.
func subjectBound(st *sent, n int) bool {
	t := st.toks[n].tag
	return t == "VBD" || t == "VBZ" || t == "MD" || t == "VBP" && plainAuxiliaries.has(st.low[n])
}

// plainAuxiliaries are the present-tense verbs trusted to end a subject
// phrase; a lexical present plural is often an adjective mistagged
// ("lawmakers loyal to").
var plainAuxiliaries = filtered(wordSet("have", "are", "do", "were"))

// loneState reports whether m is a single country or capital not named
// with others, which "them" does not stand for: in "freed the prisoners
// and flew them to Washington, …, voted to strip them", the prisoners.
func (st *sent) loneState(m *mention) bool {
	// ("three Kosovo police officers" ends in a plural noun: a group.)
	if m.kind != "country" && m.kind != "capital" || st.toks[m.j-1].tag != "NNP" || len(m.peers) > 0 || len(st.coordinated(m)) > 1 {
		return false
	}
	// "three Kosovo police officers": a name qualifying a noun after it
	// says whose they are.
	return m.j >= len(st.toks) || !strings.HasPrefix(st.toks[m.j].tag, "NN")
}

// subjectOnlyGroup returns the group an object "them" stands for when all
// its sentence names before it is its own verb's subject phrase: the
// described group the sentence before acted on. "Nicaragua freed 222
// prisoners. Hours later, lawmakers loyal to the president voted to strip
// them of their citizenship": the prisoners.
func (st *sent) subjectOnlyGroup(k int, own []*mention, prev *mention) []mention {
	if prev == nil || len(own) == 0 {
		return nil
	}

	for n := range st.mentions {
		m := &st.mentions[n]
		if m.i >= k || m.place || m.kind == "pronoun" || sharesMention([]*mention{m}, own) || st.inOwnSubject(m, own, k) {
			continue
		}
		return nil
	}
	for _, o := range prev.others {
		if o.kind != "sector" || !strings.HasSuffix(strings.ToLower(o.actor.Text), "s") {
			continue
		}
		o.peers, o.partner, o.others = nil, nil, nil
		return []mention{o}
	}
	return nil
}
