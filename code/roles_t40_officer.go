package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// An office-holder acting on another of the same government: "the prime
// minister urged the information minister to resign", "the premier
// suspended the foreign minister", "the president asked the attorney
// general to step down". Both code as the government; the act is still
// aimed at the one named as its object, a different person, and is not
// dropped as the government acting on itself.

// t40OfficerKinds are the kinds of act one office-holder aims at another
// of the same government: asking, demanding, suspending, dismissing,
// accusing.
var t40OfficerKinds = []string{truce.Request, truce.Coerce, truce.Accuse, truce.Sanction}

// t40OwnOfficer reports whether cd's one target is a person or an office
// named as the object right after its trigger (past a title), other than
// the one who is its one source, a person named or a local office: when
// both are of one government, no one is acting on themselves.
func (st *sent) t40OwnOfficer(c *Coder, cd *candidate) bool {
	if len(cd.tgt) != 1 || len(cd.src) != 1 {
		return false
	}
	if !t40KindIn(c.lex.cameo[cd.e.cameo].plover, t40OfficerKinds) {
		return false
	}
	t, s := cd.tgt[0], cd.src[0]
	if t.kind != "person" && t.kind != "sector" || !st.holds(t) || !st.holds(s) || !t40OfficeSectors.has(t.actor.Sector) {
		return false
	}
	if s.kind != "person" && !(s.kind == "sector" && st.t40LocalOffice(s)) || s.i == t.i || strings.EqualFold(s.actor.Text, t.actor.Text) {
		return false
	}
	// The object: right after the trigger, past determiners and the
	// words of a title ("urged Information Minister George Kordahi").
	if t.i < cd.j || t.i > cd.j+4 {
		return false
	}
	for k := cd.j; k < t.i; k++ {
		if !determiners.has(st.low[k]) && !isModifier(st.toks[k]) {
			return false
		}
	}
	return true
}

// t40OfficeSectors are the sectors of an office-holder: a government, a
// court, a legislature, or one not yet placed.
var t40OfficeSectors = filtered(map[string]bool{"GOV": true, "JUD": true, "LEG": true, "": true})

// t40LocalOffices are the offices of a region or a town, which act on the
// state's government as another side: "the governor of Hiiraan appealed
// to the federal government", "the mayor asked the government".
var t40LocalOffices = filtered(wordSet("governor", "governors", "mayor", "mayors", "premier", "premiers",
	"prefect", "prefects", "lieutenant-governor"))

// t40LocalOffice reports whether mention m names a local office by its
// words.
func (st *sent) t40LocalOffice(m *mention) bool {
	for k := m.i; k < m.j && k < len(st.low); k++ {
		if t40LocalOffices.has(st.low[k]) {
			return true
		}
	}
	return false
}

// t40KindIn reports whether kind is one of kinds.
func t40KindIn(kind string, kinds []string) bool {
	for _, k := range kinds {
		if k == kind {
			return true
		}
	}
	return false
}
