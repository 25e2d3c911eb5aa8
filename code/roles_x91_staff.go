package code

// Staff named with no nationality before "of" are their employer's: in
// "expelled two employees of the French embassy" or "employees of Russia's
// embassy were killed" the side is the embassy's state, not a company of
// the story's country. With a nationality ("a Japanese employee of a
// drugmaker") the staff noun stays the side, as their state's people.

// rolesX91StaffWords are the staff nouns the sector dictionary reads as a
// company's people.
var rolesX91StaffWords = filtered(wordSet("employee", "employees", "executives"))

// rolesX91StaffOf drops a bare staff mention that an "of" phrase follows,
// so that the owner named there stands for it.
func (st *sent) rolesX91StaffOf() {
	keep := st.mentions[:0] // in place: each pass keeps at most the mention it reads
	for n := 0; n < len(st.mentions); n++ {
		m := st.mentions[n]
		if m.kind == "sector" && m.actor.ID == "" && m.actor.Country == "" && m.j == m.i+1 &&
			rolesX91StaffWords.has(st.low[m.i]) && m.j+1 < len(st.low) && st.low[m.j] == "of" {
			continue
		}
		keep = append(keep, m)
	}
	st.mentions = keep
}
