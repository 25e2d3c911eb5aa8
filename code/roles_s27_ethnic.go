package code

// A people named within a state: "Bosnian Serb police".

// statePeoples joins a state's demonym and the demonym of a people right
// after it into one actor of that state: "Bosnian Serb police" are the
// police of Bosnia's Serb entity, Bosnian police, not Serbia's; "Bosnian
// Croat leaders" are Bosnian too. The first demonym names the state, the
// second only the community.
func (st *sent) statePeoples() {
	keep := st.mentions[:0]
	for n := 0; n < len(st.mentions); n++ {
		a := st.mentions[n]
		if n+1 < len(st.mentions) && a.kind == "demonym" && a.actor.Sector == "" && !a.place && a.actor.Country != "" {
			b := st.mentions[n+1]
			if b.i == a.j && b.kind == "demonym" && !b.place && b.actor.Country != "" && b.actor.Country != a.actor.Country &&
				(b.actor.ID == b.actor.Country || b.actor.ID == b.actor.Country+b.actor.Sector) {
				b.i = a.i
				b.actor.Country = a.actor.Country
				b.actor.ID = a.actor.Country + b.actor.Sector
				b.actor.Text = st.textOf(b.i, b.j)
				keep = append(keep, b)
				n++
				continue
			}
		}
		keep = append(keep, a)
	}
	st.mentions = keep
}
