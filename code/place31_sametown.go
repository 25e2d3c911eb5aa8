package code

// An act that names no place of its own, in a sentence whose earlier act
// a town places.

import "github.com/truce-project/truce"

// townActs are the kinds of act that sameTownBefore places at the town
// of an earlier act of their sentence: what a crowd, police or gunmen do
// on the spot.
var townActs = filtered(map[string]bool{truce.Assault: true, truce.Protest: true, truce.Coerce: true})

// sameTownBefore returns, for a violent, coercive or protest act that
// names no place of its own, the one town its sentence names before the
// trigger as the site ("in", "at", "near") of an earlier act, when no
// other town is named and no actor of the act or of its clause is from
// another country: in "Rioters burned the Ruritanian consulate in Zenda
// and looted its offices, hours after police shot dead a marcher", the
// shooting was in Zenda, not somewhere in the country. It returns nil
// otherwise.
func (c *Coder) sameTownBefore(cd *candidate) *truce.Location {
	st := cd.st
	plover := cd.e.plover
	if plover == "" {
		plover = c.lex.cameo[cd.e.cameo].plover
	}
	if !townActs.has(plover) {
		return nil
	}
	if text, _ := st.unresolvedAt(cd); text != "" {
		return nil
	}
	var town *placeRef
	for n := range st.places {
		p := &st.places[n]
		switch p.place.Precision {
		case "city", "point":
		default:
			continue
		}
		// The town places an earlier act: a trigger stands between it
		// and this one.
		if town != nil && town.place.Name != p.place.Name || p.j > cd.prev {
			return nil
		}
		if !locPreps.has(prepBefore(st, p.i)) {
			return nil
		}
		town = p
	}
	if town == nil {
		return nil
	}
	// A named side of the act, or any actor its own clause names, from
	// another country puts the act elsewhere: "men of a Ruritanian gang
	// looted houses" is not placed at a Brooklyn the gazetteer sets in
	// another country.
	for _, m := range append(append([]*mention{}, cd.src...), cd.tgt...) {
		if m.actor.Country != "" && m.actor.Country != town.place.Country {
			return nil
		}
	}
	for n := range st.mentions {
		m := &st.mentions[n]
		if st.clause[m.i] == st.clause[cd.i] && m.actor.Country != "" && m.actor.Country != town.place.Country {
			return nil
		}
	}
	loc := town.place.Location
	return &loc
}

// apposedTown returns the town that pick, a country or region, only
// places in an apposition right after it: in "Police in Zenda, in
// northern Ruritania, fired tear gas to disperse students who marched on
// the governor's office", every act of the sentence is at Zenda, the
// march as well. It returns nil when pick is no such apposition.
func apposedTown(st *sent, pick *placeRef) *placeRef {
	if pick == nil || !coarse(pick.place.Precision) {
		return nil
	}
	m := pick.i
	for n := 0; n < 2 && m > 0 && (st.low[m-1] == "the" || directions.has(st.low[m-1])); n++ {
		m--
	}
	if m < 3 || st.low[m-1] != "in" || st.low[m-2] != "," {
		return nil
	}
	q := st.placeEndingAt(m - 2)
	if q == nil || q.place.Country != pick.place.Country || q.place.Precision != "city" && q.place.Precision != "point" {
		return nil
	}
	return q
}
