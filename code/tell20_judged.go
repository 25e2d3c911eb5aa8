package code

// Whom words of judgment in a "what" clause are aimed at when the act
// they judge codes no event of its own.

import "github.com/truce-project/truce"

// judgedSubject returns the doer of the main clause that words in "in
// what X denounced as a coup" judge, when that clause's act codes no
// event: in "Soldiers and armoured cars massed outside the palace, in
// what the president denounced as a coup attempt" the soldiers. The doer
// is the sentence's first actor, named before the "what" and not one of
// the speakers.
func (c *Coder) judgedSubject(d *doc, st *sent, cd *candidate, src []truce.Actor, loc *truce.Location) (truce.Actor, bool) {
	f := st.firstActor()
	if f == nil || f.place || f.j > cd.i-2 {
		return truce.Actor{}, false
	}
	r := c.resolveGeneric(d, st, []*mention{f}, loc, nil)
	if len(r) != 1 || r[0].ID == "" || hasSame(src, r[0]) {
		return truce.Actor{}, false
	}
	return r[0], true
}
