package code

// roles_x102: the other side of the article's war is not the attacker of
// a strike that hits its own people. "Three Chinese workers were killed
// when a drone struck their camp in Tajikistan", "blasts at the airport
// killed 60 Afghans and 13 U.S. service members": a sentence that names
// no doer but names people of the dyad's other state among those it tells
// of names them as the struck, not as the strikers.

// x102OwnPeopleNamed reports whether the sentence names people (not a
// place) of country cc.
func (st *sent) x102OwnPeopleNamed(cc string) bool {
	if cc == "" {
		return false
	}
	for n := range st.mentions {
		m := &st.mentions[n]
		if !m.place && m.actor.Country == cc {
			return true
		}
	}
	return false
}
