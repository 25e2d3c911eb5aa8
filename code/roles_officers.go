package code

// Bare "officers" read by the force the article has been telling of.

// officerWords are the bare nouns that name members of whichever force the
// story is about: police officers in a story about the police, army
// officers in one about the army.
var officerWords = filtered(map[string]bool{"officers": true, "officer": true})

// officersRecall is how many sentences back a force named before still
// tells whose the bare officers are.
const officersRecall = 3

// officersAfterPolice reads a bare "officers" as police when the force the
// article named last, a few sentences before, is the police: "Riot police
// cleared the square. Officers beat protesters with batons." A force of the
// army named between, or in the sentence itself ("soldiers and officers"),
// keeps them military; the police in the same sentence are policeOfficers'.
func (d *doc) officersAfterPolice(st *sent) {
	var bare []*mention
	police := false
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.actor.Sector == "MIL" && m.j-m.i == 1 && officerWords.has(st.low[m.i]) {
			bare = append(bare, m)
			continue
		}
		if m.actor.Sector == "MIL" {
			return
		}
		police = police || m.actor.Sector == "COP"
	}
	if len(bare) == 0 {
		return
	}
	if police {
		x75PoliceOfficers(bare)
		return
	}
	at := -1
	for k, s := range d.sents {
		if s == st {
			at = k
		}
	}
	for k := at - 1; k >= 0 && k >= at-officersRecall; k-- {
		if sec := lastForce(d.sents[k]); sec == "MIL" {
			return
		} else if sec == "COP" {
			for _, m := range bare {
				m.actor.Sector = "COP"
				if m.actor.Country != "" {
					m.actor.ID = m.actor.Country + "COP"
				}
			}
			return
		}
	}
}

// lastForce returns the sector, MIL or COP, of the last armed force of a
// state a sentence names, or "" when it names none.
func lastForce(st *sent) string {
	sec := ""
	for _, m := range st.mentions {
		if m.actor.Sector == "MIL" || m.actor.Sector == "COP" {
			sec = m.actor.Sector
		}
	}
	return sec
}
