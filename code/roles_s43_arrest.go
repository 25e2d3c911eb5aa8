package code

import "github.com/truce-project/truce"

// s43ArmySpeakerArrest gives an arrest told in the passive with no one
// named to the armed force that reports it: in "The army said 158 people
// had been arrested" the soldiers made the arrests, not the police the
// coder assumes for an arrest with no agent. It only replaces that
// assumed police force, and only with a military or intelligence body
// of the same country that is the speaker of the report.
func (b *building) s43ArmySpeakerArrest() {
	c, d, cd, st := b.c, b.d, b.cd, b.st
	if cd.ev.Mode != "arrest" || len(b.src) != 1 || b.src[0].Text != "" || b.src[0].Sector != "COP" || !st.isPassive(cd.i) {
		return
	}
	m := speaker(st, cd.i)
	if m == nil || m.place || !s43BodyKinds.has(m.kind) || m.j > cd.i || m.actor.Sector != "MIL" && m.actor.Sector != "SPY" || s43Informant(st, m) {
		return
	}
	r := c.resolveGeneric(d, st, []*mention{m}, b.loc, nil)
	if len(r) != 1 || r[0].Sector != m.actor.Sector || r[0].Country != "" && r[0].Country != b.src[0].Country {
		return
	}
	if r[0].Country == "" {
		a, ok := c.actors.Lookup(b.src[0].Country+m.actor.Sector, d.date)
		if !ok {
			return
		}
		a.Text = r[0].Text
		r[0] = a
	}
	b.src = []truce.Actor{r[0]}
	// The force that speaks made the arrests; it is not who was held.
	b.tgt = without(b.tgt, r[0])
}

// s43Informant reports whether m only names where unnamed informants sit:
// "security sources said" is no word of the force itself.
func s43Informant(st *sent, m *mention) bool {
	for k := m.j - 1; k <= m.j && k < len(st.low); k++ {
		if st.low[k] == "sources" || st.low[k] == "source" {
			return true
		}
	}
	return false
}

// s43BodyKinds are the kinds of mention that name a force as a body
// ("the army", "Kenya's army", "the Nigerian army"), not a person.
var s43BodyKinds = filtered(wordSet("sector", "country", "demonym", "group", "org"))
