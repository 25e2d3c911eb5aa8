package code

// Forces massed by their own side of a border the clause names, where the
// place the coder found lies on the other side.

import (
	"strings"

	"github.com/truce-project/truce"
)

// place38OwnSide moves a deployment or exercise by a state's forces that
// its clause places "near its border with X" (or "the X border") back to
// the state's own side when loc put it in X itself through a place that
// does not name a town there: the wire dateline of a story filed from X
// ("STRELSAU - Borduria's army began drills near its border with
// Ruritania" is in Borduria), or a border feature the gazetteer files
// under both sides ("near the Zenda River border with Ruritania"). A
// town of X named in the clause keeps the event in X.
func (c *Coder) place38OwnSide(cd *candidate, loc *truce.Location) *truce.Location {
	// Drills coded as military cooperation ("exercises with tanks") count.
	if loc == nil || loc.Country == "" || c.lex.cameo[cd.e.cameo].plover != truce.Mobilize && cd.e.cameo != "062" {
		return loc
	}
	st := cd.st
	if place38OtherSide(st, cd) != loc.Country {
		return loc
	}
	dl := place38Dateline(st, loc)
	if !dl && loc.Precision != "admin1" && loc.Precision != "country" {
		return loc
	}
	for _, m := range cd.src {
		if !isState(m.actor) || m.kind == "sector" || m.actor.Country == loc.Country {
			continue
		}
		own := c.countryLocation("", []truce.Actor{{ID: m.actor.Country, Country: m.actor.Country}})
		if own == nil || own.Country == "" {
			return loc
		}
		if dl || loc.Precision == "country" {
			return own
		}
		moved := *loc
		moved.Country = own.Country
		return &moved
	}
	return loc
}

// place38OtherSide returns the country a border named in cd's clause
// faces: "border with Ruritania", "the Ruritanian border", or "".
func place38OtherSide(st *sent, cd *candidate) string {
	for k := 1; k < len(st.low); k++ {
		if !borderWord(st.low[k]) || st.clause[k] != st.clause[cd.i] {
			continue
		}
		if k+2 < len(st.low) && st.low[k+1] == "with" {
			if m := st.mentionAt(k + 2); m != nil && m.actor.Country != "" {
				return m.actor.Country
			}
			if p := st.placeStartingAt(k + 2); p != nil && p.place.Precision == "country" {
				return p.place.Country
			}
			continue
		}
		if m := st.mentionAt(k - 1); m != nil && m.kind == "demonym" && m.actor.Country != "" {
			return m.actor.Country
		}
	}
	return ""
}

// place38Dateline reports whether loc is the town in capitals that opens
// st ("STRELSAU -").
func place38Dateline(st *sent, loc *truce.Location) bool {
	if loc.Precision != "city" || loc.Text == "" || loc.Text != strings.ToUpper(loc.Text) {
		return false
	}
	for n := range st.places {
		if p := &st.places[n]; p.i == 0 && p.place.Name == loc.Name {
			return true
		}
	}
	return false
}

// place38Gear reports whether a mention after "exercises with" names the
// drilling side's own arms or units, of no country of their own ("drills
// with tanks and artillery", "exercises with warplanes"), rather than a
// partner ("drills with the Japanese navy").
func place38Gear(m *mention) bool {
	return m.kind == "sector" && m.actor.Country == ""
}
