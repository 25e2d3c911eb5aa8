package code

import "strings"

// A sector noun that only qualifies the thing after it names no one a
// people pronoun can stand for: in "a crowd pulled five gang members from
// a police vehicle, beat them and burned them", "them" are the gang
// members, not the police whose vehicle it was ("an army truck", "out of
// police custody", "near a police station").

// t63ThingModifier reports whether mention m is a bare sector noun used
// as a modifier of the singular common noun right after it, a thing and
// not a person by office ("police chief" may still be "him"), so that the
// people pronoun w after it does not stand for it.
func (st *sent) t63ThingModifier(m *mention, w string) bool {
	if w != "them" && w != "him" && w != "her" {
		return false
	}
	if m.kind != "sector" || m.j >= len(st.toks) {
		return false
	}
	t := st.toks[m.j]
	if t.tag != "NN" || t.text != t.low || personHeads.has(t.low) || st.mentionAt(m.j) != nil {
		return false
	}
	return true
}

// t63PrepThingModifier reports whether mention m is a bare sector noun
// qualifying a thing inside a prepositional phrase ("out of a police
// station", "from an army truck"), which is not the subject of a verb
// after it: in "a crowd dragged two men out of a police station, beat
// them" the crowd beat them.
func (st *sent) t63PrepThingModifier(m *mention) bool {
	if !st.t63ThingModifier(m, "them") {
		return false
	}
	b := m.i - 1
	for b >= 0 && (determiners.has(st.low[b]) || strings.HasPrefix(st.toks[b].tag, "JJ")) {
		b--
	}
	return b >= 0 && st.toks[b].tag == "IN"
}
