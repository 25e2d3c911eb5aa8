package code

// Issue 3, round x105: the state across a border in the words that place
// the subject. In "Troops near the border with Rwanda shelled rebel
// positions" the troops stand at the border; Rwanda, the state on its
// other side, is neither who shelled nor whose troops they are. The
// subject finder reads an actor after a preposition as qualifying the
// noun before it ("soldiers from Rwanda"), which is right for "from" and
// wrong for "border with".
//
// Convention: general English, checked on our own sentences (10 "NOUN
// near|along the border|frontier with STATE VERB" sentences, 6 with the
// state across the border read as the doer, 5 mended). On dev the rule fires in 5
// sentences, each past an earlier clause's "border with X" ("Iran began
// drills near its border with Azerbaijan, moving armoured units …"), and
// in none is X the doer of the later verb (dev: 5 of 5).

// rolesX105BorderPartner reports whether m, left of the trigger at i,
// names the state a border is shared with: "near the border with
// Rwanda", "along its frontier with the DRC".
func (st *sent) rolesX105BorderPartner(m *mention, i int) bool {
	if m.j > i || m.i < 2 {
		return false
	}
	k := m.i - 1
	if determiners.has(st.low[k]) {
		k--
	}
	return k >= 1 && st.low[k] == "with" && t40BorderNouns.has(st.low[k-1])
}
