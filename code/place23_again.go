package code

// Places a sentence points back at with "the" and a unit noun: "imposed
// a curfew on the district", "schools inside the camp".

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
)

// backNouns are the nouns that, after "the" and with no name of their
// own, point back at a place the story has named, with the kind of place
// each points at.
var backNouns = map[string]string{
	"town": "town", "village": "town", "city": "town", "hamlet": "town",
	"district": "unit", "province": "unit", "region": "unit", "county": "unit",
	"governorate": "unit", "department": "unit",
	"camp": "camp", "lake": "lake",
}

// unitsAgain places an act whose sentence names no place of its own (its
// place is the story's country, or a place lent by the sentence before)
// at the place its clause points back at with "the" and a unit noun:
// after "Rioters burned shops in Hentzau province on Monday.", "the
// authorities imposed a curfew on the province" was in Hentzau, and
// after "Troops retook Zenda, a town near Strelsau.", "graves found in and
// around the town" were in Zenda. The place must be of the noun's kind (a
// town for "the village", a province or district for "the district", a
// lake, or a camp an earlier act was placed at) and named in this
// sentence or the two before; a town named only as a landmark ("near
// Strelsau") or as a government ("a deal with Strelsau") is not pointed
// at, and one introduced with its noun ("the town of Zenda", "residents
// of Zenda") is pointed at before any other (see nounedTown).
func unitsAgain(d *doc) {
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || loc == nil || !lentPlace(cd.st, loc) {
			continue
		}
		kind, at := backNoun(cd)
		if kind == "" {
			continue
		}
		idx := slices.Index(d.sents, cd.st)
		for n := idx; n >= 0 && n >= idx-2; n-- {
			end := len(d.sents[n].low)
			if n == idx {
				end = at
			}
			t := placeOfKind(d, d.sents[n], end, kind)
			if kind == "town" {
				if nt := nounedTown(d.sents[n], end, loc.Country); nt != nil {
					t = nt
				}
			}
			if t != nil {
				if t.Country == loc.Country || loc.Precision == "country" && loc.Text == "" {
					cd.ev.Location = t
				}
				break
			}
		}
	}
}

// lentPlace reports whether loc is not named by st itself: the story's
// country, or a place lent by an earlier sentence.
func lentPlace(st *sent, loc *truce.Location) bool {
	return loc.Text == "" || !strings.Contains(st.s.Text, loc.Text)
}

// backNoun returns the kind of place the trigger's clause points back at
// with "the" and a unit noun that no name follows, and the noun's index;
// "" when there is none.
func backNoun(cd *candidate) (string, int) {
	st := cd.st
	for k := 1; k < len(st.low); k++ {
		if st.clause[k] != st.clause[cd.i] || st.low[k-1] != "the" {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(st.low[k], "'s"), "’s")
		kind := backNouns[w]
		if kind == "" || k+1 < len(st.low) && (st.low[k+1] == "of" || capitalised(st.toks[k+1].text) || st.isPlace(k+1)) {
			continue
		}
		return kind, k
	}
	return "", -1
}

// placeOfKind returns the last place of the kind st names before token
// end: a town the gazetteer knows or one an earlier event was placed at
// ("the Zenda camp"), a province or district, or a lake. It returns nil
// when st names none.
func placeOfKind(d *doc, st *sent, end int, kind string) *truce.Location {
	var out *truce.Location
	at := -1
	for n := range st.places {
		p := &st.places[n]
		if p.i >= end || p.i <= at || p.i > 0 && (st.low[p.i-1] == "near" || st.low[p.i-1] == "outside") || actorTown(st, p) {
			continue
		}
		pr := p.place.Precision
		ok := false
		switch kind {
		case "town":
			ok = pr == "city" || pr == "point"
		case "unit":
			ok = pr == "admin1" && !strings.HasPrefix(p.place.Name, "Lake ")
		case "lake":
			ok = strings.HasPrefix(p.place.Name, "Lake ")
		}
		if ok {
			loc := p.place.Location
			out, at = &loc, p.i
		}
	}
	if out != nil || kind != "camp" && kind != "town" {
		return bareName(out)
	}
	// A camp or town the gazetteer lacks that an earlier act was placed
	// at: "fighting in the Zenda refugee camp" and then "inside the camp".
	for _, x := range d.cands {
		l := x.ev.Location
		if x.st != st || x.folded || l == nil || l.Precision != "none" || l.Text == "" {
			continue
		}
		if kind == "town" || strings.Contains(st.s.Text, l.Text+" camp") || strings.Contains(st.s.Text, l.Text+" refugee camp") {
			cp := *l
			return &cp
		}
	}
	return nil
}
