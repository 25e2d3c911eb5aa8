package code

// A ruling body named before a force noun only says whose force it is:
// "government troops", "junta soldiers", "regime forces" are the state's
// army (or police), not its government.

// rulerModifiers are the words for a state's rulers that, used as a noun
// modifier, make the force noun after them the state's own.
var rulerModifiers = filtered(wordSet("government", "junta", "regime"))

// rulersForces folds a ruler word into the force noun right after it:
// "fighting between government troops and the rebels" has the army, not
// the government, on one side, as "Government troops attacked" already
// does; "junta soldiers torched homes" are the army's.
func (st *sent) rulersForces() {
	keep := st.mentions[:0]
	for n := 0; n < len(st.mentions); n++ {
		m := st.mentions[n]
		if n+1 < len(st.mentions) && m.kind == "sector" && m.actor.ID == "" && m.actor.Sector == "GOV" &&
			m.j-m.i == 1 && rulerModifiers.has(st.low[m.i]) {
			next := st.mentions[n+1]
			if next.i == m.j && next.kind == "sector" && next.actor.ID == "" && forceSectors.has(next.actor.Sector) {
				next.i = m.i
				next.actor.Text = st.textOf(next.i, next.j)
				keep = append(keep, next)
				n++
				continue
			}
		}
		// "Government shelling of the town killed two", "regime air
		// strikes": what a state's rulers fire, their army fires.
		// "Syrian government shelling" too.
		if m.actor.Sector == "GOV" && rulerModifiers.has(st.low[m.j-1]) && m.j < len(st.low) && militaryActNouns.has(st.low[m.j]) {
			switch {
			case m.actor.ID == "":
				m.actor.Sector = "MIL"
			case m.actor.Country != "" && m.actor.ID == m.actor.Country+"GOV":
				m.actor.Sector, m.actor.ID = "MIL", m.actor.Country+"MIL"
			}
		}
		keep = append(keep, m)
	}
	st.mentions = keep
}

// militaryActNouns name what an army fires or flies: "government
// shelling", "junta air strikes", "regime artillery".
var militaryActNouns = filtered(wordSet("shelling", "shellfire", "bombardment", "bombardments", "bombing", "bombings",
	"airstrike", "airstrikes", "artillery", "mortars", "rockets", "missiles", "gunfire", "warplanes", "jets",
	"aircraft", "helicopters", "helicopter", "drones", "drone", "tanks", "offensive", "air"))

// insurgentForces turns forces that a word sets against the state into
// rebels: "resistance forces seized the town", "anti-junta forces" and
// "anti-government troops" are no state army.
func (st *sent) insurgentForces() {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.kind != "sector" || m.actor.ID != "" || m.actor.Sector != "MIL" || m.i == 0 || !forceHeads.has(st.low[m.j-1]) {
			continue
		}
		w := st.low[m.i]
		if m.j-m.i == 1 {
			w = st.low[m.i-1]
		}
		if !againstState(w) {
			continue
		}
		if m.j-m.i == 1 {
			m.i--
		}
		m.actor.Sector = "REB"
		m.actor.Text = st.textOf(m.i, m.j)
	}
	st.x94ListedWeaponOwners()
	st.x94DropBackers()
}

// forceHeads are the nouns of a body of armed men whose side the words
// before them give.
var forceHeads = filtered(wordSet("forces", "troops", "units"))

// againstState reports whether a modifier sets forces against their
// state: "resistance", "anti-junta", "anti-government".
func againstState(w string) bool {
	switch w {
	case "resistance", "anti-junta", "anti-government", "anti-regime", "anti-coup":
		return true
	}
	return false
}
