package code

// Issue 3, round x105: an unnamed armed group placed by the words right
// after it. In "Militias in Iraq fired rockets at a US base in Syria" the
// militias are Iraq's, though the strike is in Syria: the place the
// subject's own phrase names is where the group is from, and the event's
// place is where it struck.
//
// Convention: general English, checked on our own sentences (10 "GROUP in
// COUNTRY VERB … in|at OTHER" sentences, 5 with the group given the
// struck country, all 5 mended). On dev the rule fires in 45 sentences ("Police in
// Tbilisi used water cannon …", "Riot police in Minsk …", "Security
// forces in Kampala fired …") and agrees with gold in all of them: there
// the group's place and the event's are in one country, so no dev field
// changes (dev: 45 of 45).

// rolesX105GroupIn returns the country of the place an unnamed armed
// group's noun is followed by, "in" and the place, when a verb follows
// that place at once (the group is the verb's subject): "Rebels in Sudan
// attacked a camp in Chad". "" otherwise.
func rolesX105GroupIn(st *sent, m *mention) string {
	if !armedSector.has(m.actor.Sector) || m.j+1 >= len(st.low) || st.low[m.j] != "in" {
		return ""
	}
	k := m.j + 1
	if st.low[k] == "the" {
		k++
	}
	p := st.placeStarting(k)
	if p == nil || p.place.Country == "" || p.j >= len(st.toks) || !verbAt(st, p.j) {
		return ""
	}
	return p.place.Country
}
