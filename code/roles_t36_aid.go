package code

// Aid carried to a place: "a convoy carrying wheat set off for
// Afghanistan", "a convoy of lorries carrying grain crossed into Darfur". The
// aid goes to the country of the place it heads for, though the place be a
// region, not a state (see aidDestination for a state after "into").

// headingWords tell that what carries aid sets out for a place named after
// "for": "set off for", "bound for", "headed for".
var headingWords = filtered(wordSet("off", "bound", "headed", "heading", "destined", "left", "sailed", "departed"))

// aidHeading returns, for aid whose clause names no recipient but its
// giver, the country
// of the place it is carried into ("into Darfur") or heads for ("set off
// for Afghanistan") as a mention at cd's trigger; nil when no such place
// follows in the clause, or it lies in the giver's own country.
func (c *Coder) aidHeading(d *doc, cd *candidate) []*mention {
	st := cd.st
	// ("carrying Indian wheat": the giver's own goods name no recipient.)
	if cd.tgt != nil && !sharesMention(cd.tgt, cd.src) {
		return nil
	}
	for k := cd.j; k+1 < len(st.low) && k < cd.j+15; k++ {
		if clauseBreaks.has(st.low[k]) {
			return nil
		}
		if st.low[k] != "into" && !(st.low[k] == "for" && k > 0 && headingWords.has(st.low[k-1])) {
			continue
		}
		n := k + 1
		if (st.low[n] == "the" || compassWords.has(st.low[n])) && n+1 < len(st.low) {
			n++
		}
		cc := ""
		for _, p := range st.places {
			if p.i == n {
				cc = p.place.Country
			}
		}
		if x := st.mentionAt(n); cc == "" && x != nil && x.i == n && (x.kind == "country" || x.kind == "capital") {
			cc = x.actor.Country
		}
		if cc == "" {
			continue
		}
		for _, m := range cd.src {
			if m.actor.Country == cc {
				return nil
			}
		}
		return c.impliedAt(d, cd, cc)
	}
	return nil
}
