package code

// Issue 3, round roles_x80: a person's party. "The headquarters of
// Bazoum's party" and "Kabila's party said" name the party of a leader
// out of office: the opposition of his country (OPP), not the government
// nor the country itself. A leader in office keeps his own reading (his
// party may rule, or sit in a unity government as an opposition).

// personPartiesX80 turns each mention of a person out of office followed
// by "'s party" (or "'s opposition party") into one mention of his
// country's opposition over the whole phrase.
func (st *sent) personPartiesX80() {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.kind != "person" || m.place || m.actor.Country == "" || m.actor.Sector != "" ||
			m.actor.ID != "" && m.actor.ID != m.actor.Country || !st.isPossessive(m.j) {
			continue
		}
		k := m.j + 1
		if k < len(st.low) && st.low[k] == "opposition" {
			k++
		}
		if k >= len(st.low) || st.low[k] != "party" || st.mentionAt(k) != nil {
			continue
		}
		m.j = k + 1
		m.kind = "sector"
		m.actor.Sector, m.actor.ID = "OPP", m.actor.Country+"OPP"
		m.actor.Text = st.textOf(m.i, m.j)
		m.actor.Name = "opposition"
	}
}
