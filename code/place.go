package code

// Where an event happened: the tiers locate tries in turn and the places
// they prefer.

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/geo"
)

// locate picks an event's place, trying in turn: a place named after the
// trigger in its clause before the next trigger, the nearest one before it
// in the clause, one after the next trigger in the clause, one after it in
// a later clause, one before it in an earlier clause, and any other place
// of the sentence (nearest first); in the first two tiers, places with no
// comma between them and the trigger come first. A country or province so
// picked yields to a town inside it that the clause puts the event in
// (see finer). Places an attack came from or passed
// through count only when no other is named. A place the gazetteer does
// not know that is named nearer the trigger than a country or region wins
// over it ("near the town of Tal Tamr in north-eastern Syria"), and so
// does one an apposition places by a known town ("Zenda, a village near
// Strelsau"). With no
// such place, a deal or statement is placed at the talks the sentence
// names (see venue). It returns nil when the sentence names no place.
// The place keeps its name as written, without a unit noun (see bareName)
// but with a feature noun in its text (see featureNamed);
// a region across borders is on its actors' side (see sharedSide). A
// deportation that names only where people were sent is in the country
// they left (see sentFrom), and an act at the parliament is in the
// capital (see atParliament). A wire dateline's town and a town that only
// names a road count when the sentence names no other place, not even
// one the gazetteer lacks (see datelineDemoted, roadsDemoted); a named
// border crossing outranks a country (see crossingOverCountry), and a
// place the gazetteer lacks in an "as" or "when" clause right after the
// act is where it happened (see unknownInWhenClause).
func (c *Coder) locate(cd *candidate) *truce.Location {
	return c.place38OwnSide(cd, featureNamed(cd, bareName(c.sharedSide(cd, c.atParliament(cd, objectSite(cd, leftFrom(cd, c.sentFrom(cd, c.placeOf(cd)))))))))
}

// placeOf is locate before bareName.
func (c *Coder) placeOf(cd *candidate) *truce.Location {
	st := cd.st
	if cd.e.has(flagVisit) {
		for n := range st.places {
			if p := &st.places[n]; usedAsTarget(cd, p) {
				if q := visitedCity(st, p); q != nil {
					p = q
				}
				loc := p.place.Location
				return &loc
			}
		}
	}
	roles := make([]placeRole, len(st.places))
	for n := range st.places {
		roles[n] = c.placeRole(cd, &st.places[n])
	}
	datelineDemoted(st, roles)
	c.purposeDemoted(cd, roles)
	roadsDemoted(st, roles)
	pick := place48AtScene(cd, roles, c.nearest(cd, roles, roleWhere))
	if pick == nil {
		if loc := c.nationwide(cd); loc != nil {
			return loc
		}
		pick = c.nearest(cd, roles, rolePath)
		if loc := unknownOverDateline(cd, pick); loc != nil {
			return loc
		}
		if loc := c.nearLandmark(cd, pick); loc != nil {
			return loc
		}
		if loc := c.unknownOverSpeaker(cd, pick); loc != nil {
			return loc
		}
		if loc := c.homeOverPath(cd, pick); loc != nil {
			return loc
		}
	}
	pick = actorPlaceFiner(cd, roles, finer(cd, roles, pick))
	if loc := townBesideCity(cd, pick); loc != nil {
		return loc
	}
	if q := apposedTown(st, pick); q != nil {
		pick = q
	}
	if loc := crossingOverCountry(cd, pick); loc != nil {
		return loc
	}
	if q := crowdTown(cd, pick); q != nil {
		pick = q
	}
	if loc := c.territory(cd, pick); loc != nil {
		return loc
	}
	if pick != nil {
		var head *truce.Location
		if pick, head = chainHead(st, pick); head != nil {
			return head
		}
		pick = c.siteInTown(st, pick)
	}
	if q := townThere(cd); q != nil && (pick == nil || coarse(pick.place.Precision)) {
		pick = q
	}
	if loc := qualifiedUnknown(cd, pick); loc != nil {
		return loc
	}
	if loc := apposedBeforeTrigger(cd, pick); loc != nil {
		return loc
	}
	if loc := namedFacility(cd, pick); loc != nil {
		return loc
	}
	if loc := nearbyUnknown(cd, pick); loc != nil {
		return loc
	}
	if loc := c.unknownNearer(cd, pick); loc != nil {
		return loc
	}
	if loc := unknownInWhenClause(cd, pick); loc != nil {
		return loc
	}
	if loc := unknownAfterTrigger(cd, pick); loc != nil {
		return loc
	}
	if pick == nil {
		if q := venue(cd, roles); q != nil {
			loc := q.place.Location
			return &loc
		}
		if loc := c.inCapital(cd); loc != nil {
			return loc
		}
		if loc := c.officeTown(st); loc != nil {
			return loc
		}
		if loc := c.sameTownBefore(cd); loc != nil {
			return loc
		}
		return namedUnknown(cd, c.borderSide(cd))
	}
	// "Authorities in Ruritania's capital imposed a curfew": in Strelsau.
	if pick.place.Precision == "country" && st.isPossessive(pick.j) && pick.j+1 < len(st.low) && capitalWords.has(st.low[pick.j+1]) {
		if loc, ok := c.capitalOf(pick.place.Country); ok {
			loc.Text = st.textOf(pick.i, pick.j+2)
			return &loc
		}
	}
	loc := c.siteTown(pick.place.Location)
	directed(st, pick, &loc)
	return &loc
}

// nearLandmark returns the unknown place that the text names before
// pick, a town it only measures from: "near the village of Zenda, 80 km
// north of Strelsau" was at Zenda, in Strelsau's country. It returns nil
// when pick is no landmark or no such name comes first.
func (c *Coder) nearLandmark(cd *candidate, pick *placeRef) *truce.Location {
	if pick == nil || !landmark(cd.st, pick) {
		return nil
	}
	if loc := apposedLandmarkHead(cd, pick); loc != nil {
		return loc
	}
	text, k := cd.st.unresolvedAt(cd)
	if text == "" || k > pick.i {
		return nil
	}
	if loc, ok := c.places.Resolve(text, geo.Hint{Countries: []string{pick.place.Country}}); ok && loc.Country == pick.place.Country {
		loc.Text = text
		return &loc
	}
	return &truce.Location{Text: text, Name: text, Country: pick.place.Country, Precision: "none"}
}

// namedUnknown returns, for an event whose sentence names no known place
// and that borderSide put in a country, the place the gazetteer lacks
// that a place noun or a part of a town names after the trigger: "border
// guards exchanged fire near the village of Zenda" were at Zenda, in that
// country, and so were troops ambushed "near Zenda, close to the border
// with Borduria"; so was a raid "in Zenda, near Ruritania's border with
// Borduria", the name a "near" placed (see nearAfter). It returns loc otherwise; with no loc, finish places the
// unknown name itself.
func namedUnknown(cd *candidate, loc *truce.Location) *truce.Location {
	if loc == nil || loc.Precision != "country" {
		return loc
	}
	text, k := cd.st.unresolvedAt(cd)
	if text == "" || k < 2 || cd.st.low[k-1] != "of" && cd.st.low[k-1] != "near" && !nearAfter(cd.st, k) {
		return loc
	}
	return &truce.Location{Text: text, Name: text, Country: loc.Country, Precision: "none"}
}

// countryLocation places an event in the country of a state actor in it
// other than a foreign mission (see foreignMission) when the text names
// no place, else in the article's focus country (the
// one most of its places are in). A focus that is an overseas territory
// of the actor's state wins: in a story set in Nouméa, "France declared a
// curfew" was in New Caledonia (see sovereignOf).
func (c *Coder) countryLocation(focus string, sides ...[]truce.Actor) *truce.Location {
	cc := ""
	for _, side := range sides {
		for _, a := range side {
			if cc == "" && isState(a) && !foreignMission(a) {
				cc = a.Country
			}
		}
	}
	if cc == "" || focus != "" && sovereignOf[focus] == cc {
		cc = focus
	}
	if cand, ok := c.places.Country(cc); ok {
		return &truce.Location{Name: cand.Name, Country: cand.Country, Lat: cand.Lat, Lon: cand.Lon,
			GeonamesID: cand.GeonamesID, Precision: "country"}
	}
	return &truce.Location{Precision: "none"}
}

// foreignMission reports whether a is an embassy or consulate, which
// stands in another state's land: "a crowd torched the Iranian consulate"
// was not in Iran.
func foreignMission(a truce.Actor) bool {
	return missionWords.has(strings.ToLower(lastWord(a.Text)))
}

// countryOfEvent returns the country where an event happened, or of its
// first actor with one.
func countryOfEvent(loc *truce.Location, as []truce.Actor) string {
	if loc != nil && loc.Country != "" {
		return loc.Country
	}
	for _, a := range as {
		if a.Country != "" {
			return a.Country
		}
	}
	return ""
}

// nationwide places an event that the clause spreads "across the country"
// (or "throughout the country", "nationwide") in the country of its state
// source: "the government will deploy militias across the country" is at
// home even when the sentence names a rival's capital as the source of a
// threat. It returns nil otherwise.
func (c *Coder) nationwide(cd *candidate) *truce.Location {
	st := cd.st
	found := false
	for k := cd.j; k < len(st.low) && st.clause[k] == st.clause[cd.i]; k++ {
		if st.low[k] == "nationwide" || k+2 < len(st.low) && (st.low[k] == "across" || st.low[k] == "throughout") &&
			st.low[k+1] == "the" && (st.low[k+2] == "country" || st.low[k+2] == "nation") {
			found = true
			break
		}
	}
	if !found {
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

// finer returns a place of the trigger's clause that lies inside pick, a
// country or province, and that a place preposition introduces: in
// "Soldiers in Ruritania fired on a rally in Strelsau" the shooting was in
// Strelsau. It returns pick otherwise.
func finer(cd *candidate, roles []placeRole, pick *placeRef) *placeRef {
	if pick == nil || !coarse(pick.place.Precision) {
		return pick
	}
	st := cd.st
	best, dist := pick, len(st.toks)+1
	for n := range st.places {
		p := &st.places[n]
		if roles[n] != roleWhere || coarse(p.place.Precision) || p.place.Precision == "none" || p.place.Country != pick.place.Country {
			continue
		}
		if !listedIn(st, pick, p) && !apposedIn(st, pick, p) && !townOfRegion(st, pick, p) && !capitalApposed(st, pick, p) && (st.clause[p.i] != st.clause[cd.i] || !locPreps.has(prepBefore(st, p.i)) && !namedTown(st, p) && !spreadOver(st, p)) {
			continue
		}
		if pick.place.Precision != "country" && p.place.Admin1 != pick.place.Name && !strings.HasSuffix(p.place.Admin1, " "+pick.place.Name) {
			continue
		}
		if d := distance(cd, p); d < dist {
			best, dist = p, d
		}
	}
	return best
}

// listedIn reports whether p is one of the places an "including" list
// names right after pick: "shelled towns inside Ruritania, including
// Zenda and Hentzau".
func listedIn(st *sent, pick, p *placeRef) bool {
	if p.i <= pick.j || p.i > pick.j+12 {
		return false
	}
	inc := slices.Index(st.low[pick.j:p.i], "including")
	if inc < 0 || inc > 2 {
		return false
	}
	for k := pick.j + inc + 1; k < p.i; k++ {
		if w := st.low[k]; w != "," && w != "and" && w != "the" && w != "towns" && w != "cities" && !st.isPlace(k) {
			return false
		}
	}
	return true
}

// townOfRegion reports whether pick is named as the region a town lies in
// ("the last big city in Ruritania") and p, a town, is named before it:
// in "Residents of Zenda said troops fought for the largest town in the
// north" the fighting was for Zenda.
func townOfRegion(st *sent, pick, p *placeRef) bool {
	if p.j > pick.i || pick.i < 3 || st.low[pick.i-1] != "in" {
		return false
	}
	switch st.low[pick.i-2] {
	case "city", "town", "village", "port":
		return st.low[pick.i-3] == "the" || st.toks[pick.i-3].tag == "JJS" || strings.HasPrefix(st.toks[pick.i-3].tag, "JJ")
	}
	return false
}

// namedTown reports whether a place is named after a place noun and "of":
// "the town of Zenda in the Ruritanian hills".
func namedTown(st *sent, p *placeRef) bool {
	return p.i >= 2 && st.low[p.i-1] == "of" && placeNouns.has(st.low[p.i-2])
}

// nearest returns the place of the given role that the tiers of locate
// pick first, or nil.
func (c *Coder) nearest(cd *candidate, roles []placeRole, want placeRole) *placeRef {
	st := cd.st
	cl, next := st.clause[cd.i], place46NextAct(cd)
	// "filled the streets of Belgrade in protests, demanding justice for a
	// collapse in Novi Sad": a place past a comma belongs to what the
	// comma adds, so places with no comma between them and the trigger
	// come first.
	tiers := []func(p *placeRef) bool{
		func(p *placeRef) bool {
			return p.i > cd.i && p.i < next && st.clause[p.i] == cl && !commaBetween(st, cd.j, p.i)
		},
		func(p *placeRef) bool {
			return p.j <= cd.i && p.i >= cd.prev && st.clause[p.i] == cl && !commaBetween(st, p.j, cd.i)
		},
		func(p *placeRef) bool { return p.i > cd.i && p.i < next && st.clause[p.i] == cl },
		func(p *placeRef) bool { return p.j <= cd.i && p.i >= cd.prev && st.clause[p.i] == cl },
		func(p *placeRef) bool { return p.i > cd.i && st.clause[p.i] == cl },
		func(p *placeRef) bool { return p.i > cd.i && p.i < next },
		func(p *placeRef) bool { return p.j <= cd.i && p.i >= cd.prev },
	}
	for t, ok := range tiers {
		var pick *placeRef
		for n := range st.places {
			p := &st.places[n]
			if roles[n] != want || !ok(p) {
				continue
			}
			if p.i > cd.i && pick == nil {
				pick = p
			}
			if p.j <= cd.i && (t == 1 || t == 3 || t == 6) {
				pick = p // the last one before the trigger is the nearest
			}
		}
		if pick != nil {
			return pick
		}
	}
	// Any other place of the sentence, nearest first, if it lies in a
	// country of the actors: "Troops fired into the air … as crowds pushed
	// towards his residence in Colombo". A bombing that prompted "airstrikes
	// … in Kabul" by its victims' state did not happen in Kabul.
	var pick *placeRef
	best := len(st.toks) + 1
	countries := actorCountries(cd)
	// "gunmen burst into a studio in Strelsau … before police stormed
	// the building and arrested 13 of them": when no actor has a country,
	// the sentence's place is theirs if all its places lie in one country.
	if len(countries) == 0 {
		countries = oneCountry(st)
	}
	// A place noun names a site as surely as a preposition: "seized
	// weapons left behind by gunmen who stormed the village of Zenda".
	for n := range st.places {
		p := &st.places[n]
		if roles[n] != want || !countries[p.place.Country] || !locPreps.has(prepBefore(st, p.i)) && !cityAdjective(st, p) && !locatedBy(cd, p) && !namedTown(st, p) {
			continue
		}
		if d := distance(cd, p); d < best {
			pick, best = p, d
		}
	}
	return pick
}

// oneCountry returns the country all the places of a sentence lie in, as
// a set, or an empty set when they lie in several or there are none.
func oneCountry(st *sent) map[string]bool {
	cc := ""
	for _, p := range st.places {
		if p.place.Country == "" || cc != "" && p.place.Country != cc {
			return map[string]bool{}
		}
		cc = p.place.Country
	}
	if cc == "" {
		return map[string]bool{}
	}
	return map[string]bool{cc: true}
}

// commaBetween reports whether a comma lies among tokens i to j-1. The
// commas of a list of names closed by "and" do not count: in "attacked the
// embassies of Ruritania, Borduria and Syldavia in Zenda" Zenda is as near
// the attack as if the list had one name.
func commaBetween(st *sent, i, j int) bool {
	i, j = min(i, j), max(i, j)
	for k := i; k < j; k++ {
		if st.low[k] == "," && !listComma(st, k, j) {
			return true
		}
	}
	return false
}

// listComma reports whether the comma at k separates two names of a list
// that an "and" or "or" before token j closes.
func listComma(st *sent, k, j int) bool {
	if k == 0 || k+1 >= len(st.low) || !st.named(k-1) {
		return false
	}
	n := k + 1
	if st.low[n] == "the" && n+1 < len(st.low) {
		n++
	}
	if !st.named(n) {
		return false
	}
	for m := n; m < j; m++ {
		switch st.low[m] {
		case "and", "or":
			return st.named(m+1) || m+2 < len(st.low) && st.low[m+1] == "the" && st.named(m+2)
		case ",":
		default:
			if !st.named(m) && st.low[m] != "the" {
				return false
			}
		}
	}
	return false
}

// named reports whether token k is part of an actor's name or a place's.
func (st *sent) named(k int) bool {
	return k < len(st.low) && (st.mentionAt(k) != nil || st.isPlace(k))
}

// actorCountries returns the countries of the event's actors, or of every
// actor of the sentence when the event's have none.
func actorCountries(cd *candidate) map[string]bool {
	out := map[string]bool{}
	for _, ms := range [][]*mention{cd.src, cd.tgt} {
		for _, m := range ms {
			if m.actor.Country != "" {
				out[m.actor.Country] = true
			}
		}
	}
	if len(out) == 0 {
		for _, m := range cd.st.mentions {
			if m.actor.Country != "" {
				out[m.actor.Country] = true
			}
		}
	}
	return out
}

// distance counts the tokens between a trigger and a place.
func distance(cd *candidate, p *placeRef) int {
	if p.i >= cd.j {
		return p.i - cd.j
	}
	return cd.i - p.j
}

// coarse reports whether a precision is wider than a town.
func coarse(precision string) bool {
	return precision == "country" || precision == "admin1" || precision == "region"
}

// directed keeps a direction word before a country or region in the text
// that named it: "southern Lebanon" is where the event was, not all of
// Lebanon. A province keeps its bare name ("fighting in northern Hentz
// province" was in Hentz): gold names a province without the direction
// (place49; dev: 19 of 19 province events with a direction written
// accept the bare name, 2 also the directed one), and the gazetteer's
// name ("Plateau State") is not always the one written ("Plateau").
func directed(st *sent, p *placeRef, loc *truce.Location) {
	if p.i < 1 || !coarse(loc.Precision) || loc.Precision == "admin1" {
		return
	}
	w := st.low[p.i-1]
	if !strings.HasSuffix(w, "ern") && w != "central" {
		return
	}
	loc.Text = st.textOf(p.i-1, p.j)
}

// visitedCity returns a town of the visited country p that a place
// preposition puts the visitor in ("landed in Strelsau … the first visit
// to Ruritania"), or nil when p is not a country or the sentence names no
// such town.
func visitedCity(st *sent, p *placeRef) *placeRef {
	if p.place.Precision != "country" {
		return nil
	}
	for n := range st.places {
		q := &st.places[n]
		if q.place.Country == p.place.Country && !coarse(q.place.Precision) && q.place.Precision != "none" && locPreps.has(prepBefore(st, q.i)) {
			return q
		}
	}
	return nil
}

// usedAsTarget reports whether a place's words are the visited side of a
// visit ("visited Washington"); the visitor's own country ("Kenya's foreign
// minister") is not where the visit happens.
func usedAsTarget(cd *candidate, p *placeRef) bool {
	for _, m := range cd.tgt {
		if m.i < p.j && p.i < m.j {
			return true
		}
	}
	return false
}

// qualifyPlaces re-resolves a place named right after a country's
// possessive in that country: "Haiti's Delmas" is not South Africa's.
// A town's name that begins a district's is the district (see
// districtNames); one named as "the city's" is the town's (see
// quartersOfTown); one that ends a longer name is not a place of its own
// (see longerNames); a town with a namesake in the actors' country is
// that one (see actorsTown); one named with "island" after it is the
// island (see islandNames); a region three or more countries share is in
// the one another place of the sentence is in (see regionsBySentence).
func (c *Coder) qualifyPlaces(st *sent) {
	longerNames(st)
	districtNames(st)
	c.quartersOfTown(st)
	c.actorsTown(st)
	c.islandNames(st)
	c.regionsBySentence(st)
	c.demonymCapitals(st)
	for n := range st.places {
		p := &st.places[n]
		if p.i < 2 || !st.isPossessive(p.i-1) {
			continue
		}
		m := st.mentionAt(p.i - 2)
		if m == nil || m.actor.Country == "" || m.actor.Country == p.place.Country || !isState(m.actor) {
			continue
		}
		loc, ok := c.places.Resolve(p.place.Text, geo.Hint{Countries: []string{m.actor.Country}})
		if !ok || loc.Country != m.actor.Country {
			// Better a place we cannot draw than one in the wrong country.
			loc = truce.Location{Name: p.place.Text, Country: m.actor.Country, Precision: "none"}
		}
		loc.Text = p.place.Text
		p.place.Location = loc
	}
}

// apposedIn reports whether p is named with an apposition that places it
// in pick: "Zenda, a garrison town in southern Ruritania".
func apposedIn(st *sent, pick, p *placeRef) bool {
	if p.j >= pick.i || pick.i-p.j > 8 || st.low[p.j] != "," || p.j+1 >= len(st.low) {
		return false
	}
	if w := st.low[p.j+1]; w != "a" && w != "an" && w != "the" {
		return false
	}
	return !commaBetween(st, p.j+1, pick.i) && prepBefore(st, pick.i) == "in"
}
