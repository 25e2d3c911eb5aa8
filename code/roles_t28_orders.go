package code

import "github.com/truce-project/truce"

// A state that warns or orders that its own forces will act threatens
// those the forces are to act on, not the forces: "the minister warned
// that police would clear any protesters who blocked roads" threatens the
// protesters; "the president said he had ordered troops to fire on
// rioters" the rioters. Bare forces ("police", "security forces") have no
// country yet when roles are found, so their sector tells them.

// ownForcesObject returns, for a threat by a state whose target is its
// own forces standing as the subject of what is threatened ("that police
// would …", "ordered troops to …"), whom those forces are to act on: the
// first other actor after them in their clause; else, when the story
// tells a protest before, its protesters; else nil.
func (c *Coder) ownForcesObject(d *doc, cd *candidate) []*mention {
	st := cd.st
	if c.lex.cameo[cd.e.cameo].plover != truce.Threaten || len(cd.src) == 0 || len(cd.tgt) == 0 {
		return nil
	}
	s := cd.src[0].actor
	f := cd.tgt[0]
	if !stateSectors.has(s.Sector) || s.ID != "" && !isState(s) || !st.holds(f) ||
		!forceSectors.has(f.actor.Sector) || f.actor.Country != "" && f.actor.Country != s.Country {
		return nil
	}
	if !st.forcesToAct(cd, f) {
		return nil
	}
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.i < f.j || m.place || st.clause[m.i] != st.clause[f.i] {
			continue
		}
		if stateSectors.has(m.actor.Sector) && (m.actor.Country == "" || m.actor.Country == s.Country) {
			continue
		}
		return st.coordinated(m)
	}
	a, ok := c.protestersBefore(d, cd, nil, s.Country)
	if !ok {
		return nil
	}
	if a.ID == "" && a.Country != "" {
		a.ID = a.Country + a.Sector
	}
	a.Text = ""
	return []*mention{{i: cd.i, j: cd.j, actor: a, kind: "implied"}}
}

// forcesToAct reports whether the forces f stand after the trigger as the
// subject of what is threatened: "warned that police would", "ordered
// security forces to shoot".
func (st *sent) forcesToAct(cd *candidate, f *mention) bool {
	if f.i < cd.j || f.i > cd.j+4 || f.j >= len(st.low) {
		return false
	}
	next := st.low[f.j]
	if next == "to" {
		return true
	}
	// "that armed police would": modifiers may open the forces' phrase.
	k := f.i - 1
	for k > cd.j && (determiners.has(st.low[k]) || isModifier(st.toks[k])) {
		k--
	}
	return k >= 0 && st.low[k] == "that" && st.toks[f.j].tag == "MD"
}
