package code

// The town a wire story is filed from, named again as "the state
// capital" or "the border city".

import "github.com/truce-project/truce"

// seatModifiers make "capital" a province's seat, not the nation's: "the
// state capital", "the provincial capital".
var seatModifiers = filtered(wordSet("state", "provincial", "regional", "province's", "state's", "region's"))

// townModifiers make "city" or "town" a description of the story's own
// town: "the border city", "the port town".
var townModifiers = filtered(wordSet("border", "port", "frontier", "coastal", "garrison"))

// townHeads are the nouns such a description ends with.
var townHeads = filtered(wordSet("city", "town", "capital"))

// datelineTown places an act that its sentence puts in "the state
// capital", "the Hentz capital" (a province of the dateline's country)
// or "the border city" at the town the story is filed from, when the
// sentence and those before it name no other town: "ZENDA, Ruritania -
// Gunmen fought running battles in several neighbourhoods of the state
// capital" were in Zenda. Only an act placed in the dateline's country
// or a province of it (or nowhere) moves.
func datelineTown(d *doc) {
	at := storyDateline(d)
	if at == nil {
		return
	}
	for _, cd := range d.cands {
		loc := cd.ev.Location
		if cd.folded || loc != nil && (!coarse(loc.Precision) || loc.Country != "" && loc.Country != at.Country) {
			continue
		}
		if !townDescribed(cd.st, at) || otherTownBefore(d, cd.st) {
			continue
		}
		cp := *at
		cd.ev.Location = &cp
	}
}

// townDescribed reports whether st puts something "in", "at" or "of" a
// town it describes without naming it: "the state capital", "the West
// Java capital" (a province of at's country), "the border city".
func townDescribed(st *sent, at *truce.Location) bool {
	for k := 2; k < len(st.low); k++ {
		if !townHeads.has(st.low[k]) {
			continue
		}
		t := k - 1
		for t > 0 && t >= k-4 && st.low[t] != "the" {
			t--
		}
		if st.low[t] != "the" || t == k-1 || t == 0 || !locPreps.has(st.low[t-1]) && st.low[t-1] != "of" {
			continue
		}
		if t+2 == k && (st.low[k] != "capital" && townModifiers.has(st.low[t+1]) || st.low[k] == "capital" && seatModifiers.has(st.low[t+1])) {
			return true
		}
		// "the West Java capital": a province of the dateline's country
		// fills the words between.
		if st.low[k] == "capital" {
			for n := range st.places {
				p := &st.places[n]
				if p.i == t+1 && p.j == k && p.place.Precision == "admin1" && p.place.Country == at.Country {
					return true
				}
			}
		}
	}
	return false
}

// otherTownBefore reports whether the story names a town, a site or a
// place the gazetteer lacks in st or a sentence before it, other than in
// the dateline: "the border city" may then be that town.
func otherTownBefore(d *doc, st *sent) bool {
	for _, s := range d.sents {
		end := datelineEnd(s)
		for n := range s.places {
			p := &s.places[n]
			if end > 0 && p.j <= end {
				continue
			}
			if !coarse(p.place.Precision) && p.place.Precision != "border" {
				return true
			}
		}
		if s == st {
			break
		}
	}
	return false
}
