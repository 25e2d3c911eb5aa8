package code

// A deal or a meeting is placed where the talks were held, not in the
// land they were about.

// venuePreps34 put talks at the place they introduce.
var venuePreps34 = filtered(wordSet("in", "at", "on"))

// talksVenue places an agreement or a meeting that its sentence puts
// only in a country or a region (a party's, or the one the talks were
// about) at the town, island or third country where the sentence says
// the talks or meeting that produced it were held: "the two presidents
// agreed not to use force over the disputed Hentz region, after talks on
// the island of Zenda" was at Zenda, and "Ruritania and Borduria agreed
// to restore relations following a meeting of their delegations at the
// League's secretariat in Strelsau" at Strelsau. A truce the sentence
// puts "in" a place still holds there (truceHeldIn runs after).
func talksVenue(d *doc) {
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || !venueTypes.has(cd.ev.Type) || loc != nil && !coarse(loc.Precision) {
			continue
		}
		p := talksPlace(cd)
		if p == nil || loc != nil && loc.Name == p.place.Name {
			continue
		}
		at := p.place.Location
		at.Text = cd.st.textOf(p.i, p.j)
		cd.ev.Location = bareName(&at)
	}
}

// talksPlace returns the place that a talks noun of the sentence ("talks",
// "a meeting of their presidents") puts the talks in, within a few words
// and no comma, or nil. A country counts only when it is no party's: talks
// "in Ruritania" between Ruritania and Borduria place nothing new.
func talksPlace(cd *candidate) *placeRef {
	st := cd.st
	for v := range st.low {
		if !venueNouns.has(st.low[v]) {
			continue
		}
		for n := range st.places {
			p := &st.places[n]
			if p.i <= v || p.i > v+12 || commaBetween(st, v, p.i) || p.place.Country == "" || p.place.Precision == "border" {
				continue
			}
			if topicBetween(st, v, p.i) || !venuePreps34.has(prepBefore(st, p.i)) && !venuePreps34.has(nounPrep(st, p.i)) {
				continue
			}
			if p.place.Precision == "country" && (hasCountry(cd.ev.Source, p.place.Country) || hasCountry(cd.ev.Target, p.place.Country)) {
				continue
			}
			return p
		}
	}
	return nil
}

// nounPrep returns the preposition before the place noun that introduces
// the place starting at i ("on the Caribbean island of Zenda"), looking
// back at most four words past the noun, or "".
func nounPrep(st *sent, i int) string {
	if i < 3 || st.low[i-1] != "of" || !placeNouns.has(st.low[i-2]) {
		return ""
	}
	for k := i - 3; k >= 0 && k >= i-6; k-- {
		if venuePreps34.has(st.low[k]) {
			return st.low[k]
		}
	}
	return ""
}

// topicBetween reports whether a noun of what talks are about stands
// between tokens i and j ("talks on ending the war in Zenda": Zenda is
// the topic, not the venue), or a relative clause or another clause
// begins there ("a summit that officials in Zenda fear").
func topicBetween(st *sent, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if topicNouns.has(st.low[k]) || truceNouns.has(st.low[k]) || clauseOpeners34.has(st.low[k]) {
			return true
		}
	}
	return false
}

// relativeWords open a relative clause.
var clauseOpeners34 = filtered(wordSet("that", "which", "who", "whom", "whose", "where"))

// agreedAt reports whether the agreement's place is the one its verb
// puts it in, right after it: "the ministers agreed in Zenda to a
// ceasefire in eastern Ruritania" agreed in Zenda, whatever the truce
// covers.
func agreedAt(cd *candidate) bool {
	loc, st := cd.ev.Location, cd.st
	if loc == nil {
		return false
	}
	for n := range st.places {
		p := &st.places[n]
		if p.place.Name != loc.Name || p.i < 2 || st.low[p.i-1] != "in" && st.low[p.i-1] != "at" {
			continue
		}
		if v := p.i - 2; agreeVerbs34.has(st.low[v]) {
			return true
		}
	}
	return false
}

// agreeVerbs34 are the verbs of agreeing that a place may follow.
var agreeVerbs34 = filtered(wordSet("agreed", "agree", "agrees", "signed", "sign", "signs"))
