package code

// Police arrest at home: an arrest by an unnamed police force, or by no
// one the dictionary knows ("detectives", a passive), in a sentence that
// names no place is the work of the police of the country the story is
// set in, whoever the detainees are.

// arrestingPolice gives an arrest whose sentence names no place of the
// event the police of the story's country: in a story set in Quito, "six
// Colombian men had been arrested" are held by Ecuador's police, not
// Colombia's; in one set in Dhaka, "plainclothes detectives picked up the
// photographer" are Bangladesh's, whatever foreign channel he spoke to;
// in one set in Tegucigalpa, officers who "arrested members of the MS-13
// gang" are Honduras's, not the gang's home's. A sentence that
// names where ("were arrested in Cúcuta") leaves the place to say whose;
// one that names a state's police or government ("President Lasso said
// six Colombian men had been arrested") gives that state's.
func (c *Coder) arrestingPolice(d *doc, cd *candidate) {
	st := cd.st
	if cd.e.mode != "arrest" || st.namesEventPlace() {
		return
	}
	cc := st.namedAuthority()
	if cc == "" {
		cc = d.story
	}
	a, ok := c.actors.Lookup(cc+"COP", d.date)
	if cc == "" || !ok {
		return
	}
	switch {
	case len(cd.src) == 1 && cd.src[0].actor.Sector == "COP" && cd.src[0].actor.ID == "" && cd.src[0].actor.Country == "" && cd.src[0].kind == "sector":
		// The force is the sentence's own mention: whatever else the
		// sentence tells of it is told of the same force.
		a.Text = cd.src[0].actor.Text
		cd.src[0].actor = a
	case cd.src == nil && len(cd.tgt) > 0:
		a.Text = ""
		cd.src = []*mention{{i: cd.i, j: cd.i, kind: "sector", actor: a}}
	}
}

// eventPlacePreps put a place as where an event happens: "arrested in
// Quito", "a raid near Kandahar".
var eventPlacePreps = filtered(wordSet("in", "at", "near", "outside", "inside", "across", "around"))

// namesEventPlace reports whether the sentence names a place as where
// something happens, after "in", "at", "near" and the like, or as the
// owner of what follows ("Quito's police").
func (st *sent) namesEventPlace() bool {
	for _, p := range st.places {
		if p.i > 0 && eventPlacePreps.has(st.low[p.i-1]) || p.j < len(st.low) && st.low[p.j] == "'s" {
			return true
		}
	}
	return false
}

// namedAuthority returns the country of the first state's police,
// security service or government the sentence names, or "": "Iraqi
// police said about 20 people had been detained", "President Lasso said
// six Colombian men had been arrested" tell their own state's arrests.
func (st *sent) namedAuthority() string {
	for _, m := range st.mentions {
		switch m.actor.Sector {
		case "COP", "SPY", "GOV":
			if m.actor.Country != "" && !m.place {
				return m.actor.Country
			}
		}
	}
	return ""
}
