package code

// Places (issue 3): "the town" pointing back at a town the story named as
// "the town of X" when the gazetteer does not know X: "fighters captured
// the town of Zenda … aircraft struck positions around the town".

import "github.com/truce-project/truce"

// prec46UnknownTownBefore returns the place the gazetteer lacks that the
// story last named with the noun at token k of st and "of" ("the town of
// Zenda", "the village of Hentz"), when no known town or village is named
// between that name and the noun; nil otherwise. Its country is the
// country of loc, the place the act had so far, else none.
func prec46UnknownTownBefore(d *doc, st *sent, k int, loc *truce.Location) *truce.Location {
	noun := st.low[k]
	at := -1
	for n, s := range d.sents {
		if s == st {
			at = n
		}
	}
	for n := at; n >= 0 && n >= at-4; n-- {
		s, lim := d.sents[n], k-1
		if n != at {
			lim = len(s.low)
		}
		for t := lim - 1; t >= 1; t-- {
			if s.low[t] == "of" && s.low[t-1] == noun && t >= 2 && s.low[t-2] == "the" {
				text, i := s.unknownAfter(t)
				if text == "" || i != t+1 {
					continue
				}
				country := ""
				if loc != nil {
					country = loc.Country
				}
				return &truce.Location{Text: text, Name: text, Country: country, Precision: "none"}
			}
			if prec46KnownTownEnds(s, t) {
				return nil
			}
		}
	}
	return nil
}

// prec46KnownTownEnds reports whether a place the gazetteer knows, a
// city or a point, ends at token t of s (outside the dateline).
func prec46KnownTownEnds(s *sent, t int) bool {
	for n := range s.places {
		p := &s.places[n]
		if p.j-1 == t && (p.place.Precision == "city" || p.place.Precision == "point") && !inDateline(s, p) {
			return true
		}
	}
	return false
}
