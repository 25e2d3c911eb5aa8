package code

// Place names as the text writes them, and places a story names only
// after its events.

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/geo"
)

// unitNouns are the lower-case words a text puts after a region's name to
// say what kind of unit it is ("Belgorod region", "Rakhine state"); they
// are no part of the name as written.
var unitNouns = filtered(map[string]bool{
	"region": true, "province": true, "oblast": true, "governorate": true,
	"district": true, "state": true, "county": true, "prefecture": true,
	"department": true, "municipality": true, "territory": true,
})

// bareName drops from loc's text a lower-case unit noun after the name:
// "troops in Belgorod region" were in Belgorod, whatever the gazetteer
// calls the oblast. A capitalised one is part of the name ("Free State").
// It returns loc, changed in a copy.
func bareName(loc *truce.Location) *truce.Location {
	if loc == nil {
		return nil
	}
	k := strings.LastIndexByte(loc.Text, ' ')
	if k <= 0 || !unitNouns.has(loc.Text[k+1:]) {
		return loc
	}
	out := *loc
	out.Text = strings.TrimSpace(loc.Text[:k])
	return &out
}

// happenedWords are the verbs of a sentence that only says where an act
// told before took place: "The ambush took place near Kayes."
var happenedWords = filtered(map[string]bool{
	"happened": true, "occurred": true, "place": true, "unfolded": true,
})

// placesLater places the events of a sentence that named no place of its
// own at the place a next sentence with no event of its own gives:
// "Gunmen killed five officers on Tuesday. The ambush took place near
// Kayes." were near Kayes. An event its own sentence places keeps its
// place; one only put in a country (by its actors or the story's focus)
// takes the town. Then talks and border fighting the story places once
// are placed (see venuesAround, datelineVenue, borderOfDyad), a truce
// where it holds rather than at talks abroad (see truceHeldIn), acts at a town told
// before (see townsAgain) or at a site or a distance told before (see
// placesAgain), at a town, district, camp or lake the clause points back
// at with "the" (see unitsAgain), and towns the gazetteer lacks put in the
// story's country (see unknownInScene); last, a physical act whose
// sentence names no place is at the place of the act just before it (see
// sceneCarried) or at the story's town past other states' reactions (see
// sceneAcross), and so is foreign forces' withdrawal that only their
// own country placed (see withdrawnFrom).
func placesLater(d *doc) {
	coded := make(map[*sent][]*candidate, len(d.sents))
	for _, cd := range d.cands {
		coded[cd.st] = append(coded[cd.st], cd)
	}
	for k := 1; k < len(d.sents); k++ {
		st := d.sents[k]
		prev := coded[d.sents[k-1]]
		if len(coded[st]) > 0 || len(prev) == 0 {
			continue
		}
		p := happenedAt(st)
		if p == nil {
			continue
		}
		for _, cd := range prev {
			loc := cd.ev.Location
			if loc != nil && (loc.Text != "" || loc.Precision != "country") {
				continue
			}
			cd.ev.Location = bareName(&p.place.Location)
		}
	}
	venuesAround(d)
	datelineVenue(d)
	place43DatelineCountry(d)
	place43HostAtHome(d)
	p37DatelineTalks(d)
	datelineTown(d)
	talksVenue(d)
	truceHeldIn(d)
	borderOfDyad(d)
	townsAgain(d)
	placesAgain(d)
	unitsAgain(d)
	unknownInScene(d)
	sceneCarried(d)
	place43QuietScene(d)
	sceneAcross(d)
	withdrawnFrom(d)
	areasAgain(d)
}

// happenedAt returns the place a sentence puts an act told before in
// ("The raid happened in Tessit"), or nil.
func happenedAt(st *sent) *placeRef {
	verb := -1
	for n, w := range st.low {
		if happenedWords.has(w) && (w != "place" || n > 0 && isTook(st.low[n-1])) {
			verb = n
			break
		}
	}
	if verb < 0 {
		return nil
	}
	for n := range st.places {
		p := &st.places[n]
		if p.i > verb && p.place.Precision != "country" && locPreps.has(prepBefore(st, p.i)) {
			return p
		}
	}
	return nil
}

// isTook reports whether w is a form of "take" ("took place").
func isTook(w string) bool {
	return w == "took" || w == "take" || w == "taken" || w == "takes"
}

// capitalApposed reports whether p, a town, is named with an apposition
// that calls it the capital or main town of pick: in "troops fired on
// crowds in Kandahar, the capital of Kandahar province, during the
// march" the march was in Kandahar, whatever clause its trigger is in.
func capitalApposed(st *sent, pick, p *placeRef) bool {
	k := p.j
	if k >= pick.i || k >= len(st.low) || st.low[k] != "," {
		return false
	}
	k++
	if k < len(st.low) && (st.low[k] == "the" || st.low[k] == "a") {
		k++
	}
	if k+1 >= len(st.low) || !appositionHeads.has(st.low[k]) || st.low[k+1] != "of" {
		return false
	}
	// Between "of" and pick only the country's possessive and adjectives.
	return pick.i-(k+2) <= 3 && !commaBetween(st, k+1, pick.i)
}

// appositionHeads are the nouns of an apposition that names a town by the
// region it heads: "the capital of", "the main town of".
var appositionHeads = filtered(map[string]bool{
	"capital": true, "seat": true, "hub": true,
})

// toldSites are nouns that, after "the", name again a site or town the
// story has just told of: "PKK fighters attacked the outpost" was where
// the outpost was set up; "a gunfight in the city's Old Town" in the city.
var toldSites = filtered(map[string]bool{
	"outpost": true, "base": true, "post": true, "checkpoint": true, "camp": true,
	"village": true, "town": true, "monastery": true, "church": true, "mosque": true,
	"compound": true, "barracks": true, "garrison": true, "market": true,
	"city": true, "city's": true, "town's": true, "village's": true,
})

// sequelWords mark an act as following the one just told, at its place:
// "in the ensuing gunfight", "the subsequent clashes".
var sequelWords = filtered(map[string]bool{"ensuing": true, "subsequent": true, "resulting": true})

// namesSiteAgain reports whether st names again the site of the act told
// before it or marks its act as that act's sequel: "the outpost", "the
// ensuing gunfight". Such an act is at that place whoever its actors
// are; "the town of Zenda" names a new place and does not count.
func namesSiteAgain(st *sent) bool {
	for k, w := range st.low {
		if sequelWords.has(w) {
			return true
		}
		if k > 0 && st.low[k-1] == "the" && toldSites.has(w) && (k+1 == len(st.low) || st.low[k+1] != "of") {
			return true
		}
	}
	return false
}

// sharedSide puts an event at a lake or river that several countries
// share in the one its actors belong to: Nigerian jets that bombed an
// island "on Lake Chad" struck in Nigeria, not in the gazetteer's first
// country of the lake. Land held by one country and claimed by another
// (the Golan Heights) keeps its country whoever acts there. It returns loc
// unchanged when no actor belongs to one of them, or the first already
// holds one.
func (c *Coder) sharedSide(cd *candidate, loc *truce.Location) *truce.Location {
	if loc == nil || loc.Precision == "country" {
		return loc
	}
	var spans []string
	for e := range c.places.Candidates(loc.Name) {
		if e.Name == loc.Name && e.Kind == geo.KindRegion && e.Country == loc.Country && len(e.Countries) > 1 && water(e.Name) {
			spans = e.Countries
			break
		}
	}
	if spans == nil {
		return loc
	}
	ours := actorCountries(cd)
	if ours[spans[0]] {
		return loc
	}
	for _, cc := range spans[1:] {
		if ours[cc] {
			out := *loc
			out.Country = cc
			return &out
		}
	}
	return loc
}

// regionNounsAgain name, after "in the", a region the story has named before:
// "declared a state of emergency in the republic".
var regionNounsAgain = filtered(map[string]bool{
	"region": true, "province": true, "republic": true, "state": true,
	"oblast": true, "governorate": true, "district": true,
})

// regionAgain returns, for a sentence that puts its act "in the region"
// (or across, throughout it) without naming it, the region the story
// named last in the two sentences before, as its own unit (a plain word
// may qualify it: "in the mountainous province"): after
// "Protesters in Nukus, the capital of Uzbekistan's Karakalpakstan
// republic, ...", a curfew "in the republic" is in Karakalpakstan, not in
// Nukus. It returns nil when no such words or region are found.
func (d *doc) regionAgain(st *sent) *truce.Location {
	said := false
	for k := 2; k < len(st.low) && !said; k++ {
		switch st.low[k-2] {
		case "in", "across", "throughout":
		default:
			continue
		}
		if st.low[k-1] != "the" {
			continue
		}
		// "in the northwestern region": one plain word may qualify it.
		n := k
		if n+1 < len(st.low) && !regionNounsAgain.has(st.low[n]) && !capitalised(st.toks[n].text) && regionNounsAgain.has(st.low[n+1]) {
			n++
		}
		said = regionNounsAgain.has(st.low[n]) && (n+1 == len(st.low) || st.low[n+1] != "of" && !capitalised(st.toks[n+1].text))
	}
	if !said {
		return nil
	}
	idx := slices.Index(d.sents, st)
	for n := idx - 1; n >= 0 && n >= idx-2; n-- {
		ps := d.sents[n].places
		for k := len(ps) - 1; k >= 0; k-- {
			if ps[k].place.Precision == "admin1" {
				loc := bareName(&ps[k].place.Location)
				cp := *loc
				return &cp
			}
		}
	}
	return nil
}

// waterWords name inland water several countries share, whose shores
// and islands each belong to one of them. A sea or gulf keeps the
// gazetteer's country, as open water has no shore to go by.
var waterWords = filtered(map[string]bool{"lake": true, "river": true})

// water reports whether a place's name says it is a lake or river.
func water(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if waterWords.has(w) {
			return true
		}
	}
	return false
}
