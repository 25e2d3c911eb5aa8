package code

// "In the capital", told in a sentence that names no place of its own.

// capitalLater places an act that its clause puts "in the capital", in a
// sentence naming no place, at the capital of the country the act was
// placed in (by its actors, the story or a town told before), or of the
// story's country: after "a man shot two teachers near Zenda", "thousands
// of teachers marched in the capital the same day" marched in Strelsau,
// not in Zenda. inCapital does this while events are built when the
// clause's own actors give the country.
func (c *Coder) capitalLater(d *doc) {
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || len(cd.st.places) > 0 || !inTheCapital(cd) || loc != nil && loc.Text == "the capital" {
			continue
		}
		cc := d.focus
		if loc != nil && loc.Country != "" {
			cc = loc.Country
		}
		if cc == "" {
			continue
		}
		if at, ok := c.capitalOf(cc); ok {
			at.Text = "the capital"
			cd.ev.Location = &at
		}
	}
}

// inTheCapital reports whether the trigger's clause puts something "in
// the capital" (or at, into, across it) with no country named after it.
func inTheCapital(cd *candidate) bool {
	st := cd.st
	for k := 2; k < len(st.low); k++ {
		if st.low[k] != "capital" || st.clause[k] != st.clause[cd.i] || st.low[k-1] != "the" || !locPreps.has(st.low[k-2]) {
			continue
		}
		if k+1 < len(st.low) && (st.low[k+1] == "of" || st.low[k+1] == ",") {
			continue
		}
		return true
	}
	return false
}
