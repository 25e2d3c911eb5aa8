package code

// Issue 3, round s47: a state organ named again by its bare title. "Caracas
// said it was closing its embassy in Oslo. The foreign ministry said it
// would also shut its embassy in Canberra", "Soldiers shot dead 16
// attackers, the army said. The military said the attack had been
// directed from Afghanistan": a definite "the foreign ministry", "the
// military" opening its sentence is the organ of the state whose organ of
// that kind acted in the story just before, not of the place its own
// sentence names.

// s47OrganSectors are the sectors of the state organs a bare title names
// again.
var s47OrganSectors = filtered(wordSet("GOV", "MIL"))

// organBeforeS47 returns the country of the state organ a bare definite
// title opening its sentence names again: that of the source, of the same
// sector, of the latest event told in the two sentences before; "" when
// m is no such title or no such event was told.
func (d *doc) organBeforeS47(st *sent, m *mention) string {
	if m.actor.ID != "" || m.actor.Country != "" || !s47OrganSectors.has(m.actor.Sector) || m.place || !st.holds(m) {
		return ""
	}
	// "The foreign ministry said it would …": the pronoun stands for the
	// title.
	if f := &st.mentions[0]; m.kind == "pronoun" && f != m && f.j <= m.i && f.actor.Sector == m.actor.Sector {
		m = f
	}
	if m.kind != "sector" || m.i < 1 || m.i > 2 || st.low[m.i-1] != "the" || &st.mentions[0] != m {
		return ""
	}
	// "The government in Port Sudan", "the military of Niger": the title's
	// own words say whose it is.
	if m.j < len(st.low) && (st.low[m.j] == "in" || st.low[m.j] == "of" || st.low[m.j] == "at") {
		return ""
	}
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		idx := p.st.s.Index
		if idx >= st.s.Index {
			continue
		}
		if idx < st.s.Index-2 {
			break
		}
		if p.folded {
			continue
		}
		for _, a := range p.ev.Source {
			if a.Sector == m.actor.Sector && a.Country != "" && isState(a) {
				return a.Country
			}
		}
	}
	return ""
}
