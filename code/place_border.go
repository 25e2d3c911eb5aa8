package code

// Events placed by a border or a country's territory: which side of it
// they happened on.

import "github.com/truce-project/truce"

// borderSide places an event named only by a border in the country on this
// side of it: "soldiers near the Malian border" who are Nigerien were in
// Niger, and "troops sent to its border with Belarus" by Poland stay in
// Poland. The other side is named by a demonym or country before
// "border" or after "border with"; a side named as such ("on the
// Ruritanian side of the border") is where the event was. With no other
// side named, forces deployed to the border stay at home (see
// ownBorder). It returns nil when the clause names no border or no actor
// of another country.
func (c *Coder) borderSide(cd *candidate) *truce.Location {
	st := cd.st
	other, border := "", false
	for k := 1; k < len(st.low); k++ {
		if !borderWord(st.low[k]) || st.clause[k] != st.clause[cd.i] {
			continue
		}
		border = true
		// "a camp on the Ruritanian side of the border" is in Ruritania.
		if k >= 4 && st.low[k-1] == "the" && st.low[k-2] == "of" && st.low[k-3] == "side" {
			if m := st.mentionAt(k - 4); m != nil && m.actor.Country != "" {
				return c.countryLocation("", []truce.Actor{{ID: m.actor.Country, Country: m.actor.Country}})
			}
		}
		if m := st.mentionAt(k - 1); m != nil {
			other = m.actor.Country
		} else if p := st.placeEndingAt(k); p != nil && p.place.Precision == "country" {
			// "near the Ghana border": a country named as a place.
			other = p.place.Country
		} else if k+2 < len(st.low) && st.low[k+1] == "with" {
			if m := st.mentionAt(k + 2); m != nil {
				other = m.actor.Country
			} else if p := st.placeStartingAt(k + 2); p != nil && p.place.Precision == "country" {
				other = p.place.Country
			}
		}
	}
	if other == "" {
		return c.ownBorder(cd, border)
	}
	for _, m := range st.mentions {
		if cc := m.actor.Country; cc != "" && cc != other && m.kind != "sector" {
			return c.countryLocation("", []truce.Actor{{ID: cc, Country: cc}})
		}
	}
	return nil
}

// ownBorder places forces that a state deploys to a border whose other
// side the clause does not name on the state's own side: "Ruritania said
// it had sent 5,000 troops along the frontier" is in Ruritania, whoever
// the sentence blames. It returns nil for other events, with no border,
// or when the clause names a place the gazetteer does not know.
func (c *Coder) ownBorder(cd *candidate, border bool) *truce.Location {
	// "along the border near Badme": the village the gazetteer does not
	// know places them better.
	if !border || c.lex.cameo[cd.e.cameo].plover != truce.Mobilize || cd.st.unresolvedPlace(cd) != "" {
		return nil
	}
	for _, m := range cd.src {
		if isState(m.actor) && m.kind != "sector" {
			if loc := c.countryLocation("", []truce.Actor{m.actor}); loc.Country != "" {
				return loc
			}
		}
	}
	return nil
}

// territoryNouns name a country's ground, air or sea without naming a
// place in it.
var territoryNouns = filtered(map[string]bool{"territory": true, "airspace": true, "waters": true, "soil": true})

// territory places an attack, a deployment or a seizure in the country
// whose territory its clause names after the trigger with a demonym or a
// country's possessive, when no nearer place of the clause comes first:
// "set up posts inside Ruritanian territory", "drones entered Ruritania's
// airspace". It returns nil otherwise.
func (c *Coder) territory(cd *candidate, pick *placeRef) *truce.Location {
	// "vowed to defend Ruritanian territory": what words are about is
	// not where they were said.
	switch c.lex.cameo[cd.e.cameo].plover {
	case truce.Assault, truce.Mobilize, truce.Coerce:
	default:
		return nil
	}
	st := cd.st
	for k := cd.j + 1; k < len(st.low) && st.clause[k] == st.clause[cd.i]; k++ {
		if pick != nil && pick.i > cd.i && pick.i < k && st.clause[pick.i] == st.clause[cd.i] {
			return nil
		}
		if !territoryNouns.has(st.low[k]) {
			continue
		}
		n := k - 1
		if st.isPossessive(n) {
			n--
		}
		m := st.mentionAt(n)
		if m == nil || m.actor.Country == "" || m.kind != "demonym" && m.kind != "country" {
			continue
		}
		loc := c.countryLocation("", []truce.Actor{{ID: m.actor.Country, Country: m.actor.Country}})
		if loc.Country == "" {
			return nil
		}
		loc.Text = st.textOf(m.i, k+1)
		return loc
	}
	return nil
}
