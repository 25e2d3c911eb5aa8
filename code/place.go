package code

import (
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/actor"
	"github.com/truce-project/truce/geo"
)

// unresolvedPlace returns capitalised words after a place preposition that
// are neither an actor nor a resolved place: a place the gazetteer does not
// know. Words after the trigger in its clause come first, else the nearest
// before it and after the previous trigger ("Militiamen in South Sudan's
// Upper Dengolo region looted …").
func (st *sent) unresolvedPlace(cd *candidate) string {
	if text, _ := st.unresolvedAt(cd); text != "" {
		return text
	}
	// Words before the previous trigger are its place, not this one's.
	text := ""
	for k := max(cd.prev, 1); k < cd.i; k++ {
		if t, n := st.unknownAfter(k); t != "" && n < cd.i {
			text = t
		}
	}
	return text
}

// placeNouns are nouns that name a kind of place before "of" and its name:
// "the town of Alamata", "the port of Bosaso".
var placeNouns = map[string]bool{
	"town": true, "village": true, "city": true, "district": true, "region": true, "province": true,
	"port": true, "area": true, "camp": true, "county": true, "neighbourhood": true, "neighborhood": true,
	"suburb": true, "state": true, "governorate": true, "municipality": true, "island": true, "valley": true,
}

// unresolvedAt returns the words of a place the gazetteer does not know,
// named after the trigger in its clause, and the token they start at (-1
// when there is none).
func (st *sent) unresolvedAt(cd *candidate) (string, int) {
	for k := cd.i + 1; k < len(st.low)-1; k++ {
		if st.clause[k] != st.clause[cd.i] {
			break
		}
		if text, n := st.unknownAfter(k); text != "" {
			return text, n
		}
	}
	return "", -1
}

// unknownAfter returns the words of an unknown place introduced by token k
// and the token they start at, or "" and -1. The words follow a place
// preposition ("near Shyrokyne"), a place noun and "of" ("the town of Tal
// Tamr"), or a known place's possessive ("in South Sudan's Western
// Equatoria").
func (st *sent) unknownAfter(k int) (string, int) {
	switch {
	case st.low[k] == "in" || st.low[k] == "near" || st.low[k] == "at" || st.low[k] == "outside":
	case st.low[k] == "of" && k > 0 && placeNouns[st.low[k-1]]:
	case st.appositivePlace(k):
		// "seized Bunagana, a trading town on Congo's border": the name
		// an apposition calls a town.
		return st.textOf(k, k+1), k
	default:
		return "", -1
	}
	n := k + 1
	if n < len(st.low) && st.low[n] == "the" {
		n++
	}
	// "in northern Dengolo", but not the "South" of "South Sudan's".
	if n < len(st.low) && directions[st.low[n]] && !st.isPlace(n) {
		n++
	}
	n = st.skipQualifier(n)
	i := n
	for n < len(st.toks) && capitalised(st.toks[n].text) && st.mentionAt(n) == nil && !st.isPlace(n) && !weekdayOrMonth(st.low[n]) {
		n++
	}
	if n > i {
		return st.textOf(i, n), i
	}
	return "", -1
}

// skipQualifier returns the token after a known place and its possessive
// that starts at n ("Pakistan's" in "Pakistan's Bajaur district"), or n.
func (st *sent) skipQualifier(n int) int {
	for _, p := range st.places {
		if p.i == n && st.isPossessive(p.j) {
			n = p.j + 1
			if n < len(st.low) && directions[st.low[n]] {
				n++
			}
			return n
		}
	}
	return n
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func weekdayOrMonth(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december":
		return true
	}
	return false
}

// isPlace reports whether token k is part of a resolved place.
func (st *sent) isPlace(k int) bool {
	for _, p := range st.places {
		if p.i <= k && k < p.j {
			return true
		}
	}
	return false
}

// countryLocation places an event in the country of a state actor in it
// when the text names no place, else in the article's focus country (the
// one most of its places are in).
func (c *Coder) countryLocation(focus string, sides ...[]truce.Actor) *truce.Location {
	cc := ""
	for _, side := range sides {
		for _, a := range side {
			if cc == "" && isState(a) {
				cc = a.Country
			}
		}
	}
	if cc == "" {
		cc = focus
	}
	if cand, ok := c.places.Country(cc); ok {
		return &truce.Location{Name: cand.Name, Country: cand.Country, Lat: cand.Lat, Lon: cand.Lon,
			GeonamesID: cand.GeonamesID, Precision: "country"}
	}
	return &truce.Location{Precision: "none"}
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

// locPreps put an event at the place they introduce: "in Kotli", "near
// Jilib", "on Kyiv".
var locPreps = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "inside": true, "around": true,
	"into": true, "on": true, "within": true, "off": true, "along": true, "over": true,
}

// pathPreps introduce where fire or a move came from or passed through
// ("moved its base from Idlib", "fired across the Line of Control"): not
// where the event happened when the clause names another place.
var pathPreps = map[string]bool{
	"from": true, "across": true, "via": true, "through": true, "toward": true, "towards": true,
}

// topicNouns name what talks or statements are about: in "talks on the war
// in Sudan" Sudan is the topic, not the venue. A ceasefire or a pause "in
// Gaza" is where it holds, so those words are not here.
var topicNouns = map[string]bool{
	"war": true, "conflict": true, "crisis": true, "rebuild": true, "reconstruct": true, "situation": true, "reconstruction": true,
	"rebuilding": true, "future": true, "independence": true, "sovereignty": true, "status": true,
}

// prepBefore returns the preposition that introduces the place starting at
// token i, looking past "the", direction words and adjectives ("in
// north-eastern Syria", "near the town of"), or "".
func prepBefore(st *sent, i int) string {
	lim := i - 4
	for k := i - 1; k >= 0 && k >= lim; k-- {
		w := st.low[k]
		// "south of Mogadishu" puts the event near Mogadishu.
		if w == "of" && k > 0 && directions[st.low[k-1]] {
			return "near"
		}
		// "the streets of Havana", "the outskirts of Kabul": in the city.
		if w == "of" && k > 0 && cityParts[st.low[k-1]] {
			return "in"
		}
		// "in the Iraqi town of Kut": the preposition before the noun. A
		// withdrawal "from the city of Kherson" still happened there.
		if w == "of" && k > 0 && placeNouns[st.low[k-1]] {
			if p := prepBefore(st, k-1); locPreps[p] {
				return p
			}
			// "a gang that controls the Dockside area of Strelsau": a
			// named part of a place lies in it.
			if partNouns[st.low[k-1]] && k > 1 && capitalised(st.toks[k-2].text) {
				return "in"
			}
			return w
		}
		// "from the Ruritanian side of the Zenda crossing": at the
		// crossing.
		if w == "of" && k > 0 && st.low[k-1] == "side" {
			return "at"
		}
		// "left Strelsau", "fled Zenda": the departure happened there.
		if k == i-1 && departVerbs[w] {
			return w
		}
		// "march on Dhaka", "converged on the capital": to the city.
		// "marched through Qamishli": the march was in the town.
		if (w == "on" || w == "through") && k > 0 && marchVerbs[st.low[k-1]] {
			return "in"
		}
		// "in Haiti's Delmas district": the preposition before the
		// qualifying place is Delmas's.
		if st.isPossessive(k) {
			if q := st.placeEndingAt(k); q != nil {
				k, lim = q.i, min(lim, q.i-3)
				continue
			}
		}
		if st.toks[k].tag == "IN" || st.toks[k].tag == "TO" || locPreps[w] || pathPreps[w] || placePreps[w] {
			return w
		}
		// "in the capital Ouagadougou", "in the port city Aden": the noun
		// the name stands in apposition to, also past a comma ("in
		// Ruritania's capital, Strelsau").
		if k == i-1 && (w == "capital" || placeNouns[w]) {
			continue
		}
		if k == i-1 && w == "," && k > 0 && (st.low[k-1] == "capital" || placeNouns[st.low[k-1]]) {
			i--
			continue
		}
		// "through the Palestinian town of": a demonym is an adjective.
		if m := st.mentionAt(k); m != nil && m.kind == "demonym" && k > i-5 {
			continue
		}
		if w != "the" && w != "a" && !directions[w] && !strings.HasPrefix(st.toks[k].tag, "JJ") {
			return ""
		}
	}
	return ""
}

// placeEndingAt returns the place whose last token is k-1, or nil.
func (st *sent) placeEndingAt(k int) *placeRef {
	for n := range st.places {
		if st.places[n].j == k {
			return &st.places[n]
		}
	}
	return nil
}

// placeRole is how a place named in a sentence relates to an event.
type placeRole int

const (
	roleNone  placeRole = iota // not where the event happened
	rolePath                   // where it came from or passed through
	roleWhere                  // where it happened
)

// placeRole tells whether a place is where the event of cd happened.
func (c *Coder) placeRole(cd *candidate, p *placeRef) placeRole {
	st := cd.st
	if placeIsActor(cd, p) || qualifier(st, p) || neighbour(st, p) || inInstitution(st, p) || landmark(st, p) || buildingIn(st, p) {
		return roleNone
	}
	if !cd.e.has(flagViolent) && topic(st, p) {
		return roleNone
	}
	if pathPreps[prepBefore(st, p.i)] {
		return rolePath
	}
	return roleWhere
}

// placeIsActor reports whether a place's words name an actor rather than
// where the event happened: "mediated by Qatar", "Iranian-made drones".
// A capital inside a longer place name is not an actor: "Praia" in
// "Mocimboa da Praia", "Khartoum" in "Khartoum North".
func placeIsActor(cd *candidate, p *placeRef) bool {
	st := cd.st
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.i >= p.j || p.i >= m.j {
			continue
		}
		if inside(m, p) || m.kind == "capital" && locatedBy(cd, p) || partOf(m, p) && locatedBy(cd, p) || cityOffice(st, p) {
			continue
		}
		// "consulates in the breakaway region of Somaliland": a place a
		// place noun names is where, whatever else its name stands for.
		if namedTown(st, p) && locPreps[prepBefore(st, p.i)] && !usedBy(cd, m) {
			continue
		}
		if usedBy(cd, m) || !m.place && m.kind != "sector" {
			return true
		}
	}
	// A country named without a place preposition is an actor or an
	// adjective ("Iranian-made drones"), not where it happened.
	return p.place.Precision == "country" && !afterPlacePrep(st, p.i)
}

// cityOffices are offices of a town that act where they sit: "Riverton
// Mayor Ana Ruiz was detained" happened in Riverton.
var cityOffices = map[string]bool{"mayor": true, "governor": true, "police": true, "council": true, "councillors": true, "municipality": true}

// cityOffice reports whether a town names the office that follows it,
// as in "Riverton Mayor Ana Ruiz": the holder acts in the town.
func cityOffice(st *sent, p *placeRef) bool {
	if coarse(p.place.Precision) || p.place.Precision == "none" || p.j >= len(st.low) {
		return false
	}
	return cityOffices[st.low[p.j]]
}

// officeTown returns the town whose office a title names when the
// gazetteer finder took the town for part of a person's name: "police
// detained Riverton Mayor Ana Ruiz" happened in Riverton. It returns nil
// when no title follows a known town.
func (c *Coder) officeTown(st *sent) *truce.Location {
	for k := 1; k < len(st.low); k++ {
		if !cityOffices[st.low[k]] || !capitalised(st.toks[k].text) || !capitalised(st.toks[k-1].text) {
			continue
		}
		name := st.toks[k-1].text
		loc, ok := c.places.Resolve(name, geo.Hint{})
		if !ok || coarse(loc.Precision) || loc.Precision == "none" {
			continue
		}
		loc.Text = name
		return &loc
	}
	return nil
}

// locatedBy reports whether a place preposition puts the event at a
// capital even when the capital also names an actor: "struck targets in
// Kabul", "south of Mogadishu". "On" does not count: "pressure on Moscow"
// is not in Moscow, and "strikes on Kabul" keeps Kabul as the target.
func locatedBy(cd *candidate, p *placeRef) bool {
	switch prepBefore(cd.st, p.i) {
	case "in", "at", "near", "outside", "inside", "around", "into", "over", "within":
		return true
	case "to":
		// "praised the vote during a visit to Tbilisi": the visitor
		// spoke there.
		k := p.i - 1
		return k >= 2 && visitNouns[cd.st.low[k-1]] && (cd.st.low[k-2] == "a" || cd.st.low[k-2] == "his" || cd.st.low[k-2] == "her" || cd.st.low[k-2] == "their")
	}
	return departVerbs[prepBefore(cd.st, p.i)]
}

// inside reports whether a country or capital mention lies strictly inside
// a longer place name.
func inside(m *mention, p *placeRef) bool {
	return (m.kind == "capital" || m.kind == "country") && p.i <= m.i && m.j <= p.j && p.j-p.i > m.j-m.i
}

// partOf reports whether a mention covers only part of a place's words:
// the surname "Xi" in "the city of Xi'an".
func partOf(m *mention, p *placeRef) bool {
	return p.i <= m.i && m.j <= p.j && p.j-p.i > m.j-m.i
}

// usedBy reports whether a mention is one of the event's actors.
func usedBy(cd *candidate, m *mention) bool {
	for _, ms := range [][]*mention{cd.src, cd.tgt} {
		for _, x := range ms {
			if x.i == m.i && x.j == m.j {
				return true
			}
		}
	}
	return false
}

// qualifier reports whether a place only qualifies what follows its
// possessive: "Pakistan's Bajaur district", "Ecuador's embassy in London"
// (the next place of the clause is meant), or a country that owns a thing
// ("support for Serbia's integrity") unless a place preposition comes
// before it, as in "in Syria's north". A city keeps its people where they
// are: "Istanbul's mayor".
func qualifier(st *sent, p *placeRef) bool {
	if !st.isPossessive(p.j) {
		return false
	}
	for _, q := range st.places {
		if q.i > p.j && q.i <= p.j+6 && st.clause[q.i] == st.clause[p.i] && !clauseBetween(st, p.j, q.i) {
			return true
		}
	}
	// "in South Sudan's Upper Nile region": a place the gazetteer does not
	// know follows.
	if n := p.j + 1; n < len(st.toks) && capitalised(st.toks[n].text) && st.mentionAt(n) == nil && !weekdayOrMonth(st.low[n]) {
		return true
	}
	// "fighting between Ruritania's forces and …": a province or region
	// that owns an armed force or a government is an actor.
	if coarse(p.place.Precision) && p.j+1 < len(st.low) && st.mentionAt(p.j+1) != nil && !locPreps[prepBefore(st, p.i)] {
		return true
	}
	return p.place.Precision == "country" && !locPreps[prepBefore(st, p.i)]
}

// neighbour reports whether a place is the other side of a border: in
// "sent troops to its border with Belarus" the troops are not in Belarus.
func neighbour(st *sent, p *placeRef) bool {
	return p.i >= 2 && st.low[p.i-1] == "with" && borderWord(st.low[p.i-2])
}

func borderWord(w string) bool {
	return w == "border" || w == "borders" || w == "frontier"
}

// topic reports whether a place is what talks or statements are about
// rather than where they happen: "the war in Sudan", "rebuilding Gaza".
func topic(st *sent, p *placeRef) bool {
	if p.i >= 1 && topicNouns[st.low[p.i-1]] {
		return true
	}
	k := p.i - 1
	if k >= 0 && directions[st.low[k]] {
		k--
	}
	return k >= 1 && (st.low[k] == "in" || st.low[k] == "of" || st.low[k] == "for" || st.low[k] == "over") && topicNouns[st.low[k-1]]
}

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
// over it ("near the town of Tal Tamr in north-eastern Syria"). It returns
// nil when the sentence names no place.
func (c *Coder) locate(cd *candidate) *truce.Location {
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
	pick := c.nearest(cd, roles, roleWhere)
	if pick == nil {
		if loc := c.nationwide(cd); loc != nil {
			return loc
		}
		pick = c.nearest(cd, roles, rolePath)
	}
	pick = finer(cd, roles, pick)
	if loc := c.unknownNearer(cd, pick); loc != nil {
		return loc
	}
	if pick == nil {
		if loc := c.inCapital(cd); loc != nil {
			return loc
		}
		if loc := c.officeTown(st); loc != nil {
			return loc
		}
		return c.borderSide(cd)
	}
	// "Authorities in Ruritania's capital imposed a curfew": in Strelsau.
	if pick.place.Precision == "country" && st.isPossessive(pick.j) && pick.j+1 < len(st.low) && capitalWords[st.low[pick.j+1]] {
		if loc, ok := c.capitalOf(pick.place.Country); ok {
			loc.Text = st.textOf(pick.i, pick.j+2)
			return &loc
		}
	}
	loc := c.siteTown(pick.place.Location)
	directed(st, pick, &loc)
	return &loc
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
		if !listedIn(st, pick, p) && !apposedIn(st, pick, p) && (st.clause[p.i] != st.clause[cd.i] || !locPreps[prepBefore(st, p.i)] && !namedTown(st, p)) {
			continue
		}
		if pick.place.Precision != "country" && p.place.Admin1 != pick.place.Name {
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

// namedTown reports whether a place is named after a place noun and "of":
// "the town of Zenda in the Ruritanian hills".
func namedTown(st *sent, p *placeRef) bool {
	return p.i >= 2 && st.low[p.i-1] == "of" && placeNouns[st.low[p.i-2]]
}

// nearest returns the place of the given role that the tiers of locate
// pick first, or nil.
func (c *Coder) nearest(cd *candidate, roles []placeRole, want placeRole) *placeRef {
	st := cd.st
	cl := st.clause[cd.i]
	// "filled the streets of Belgrade in protests, demanding justice for a
	// collapse in Novi Sad": a place past a comma belongs to what the
	// comma adds, so places with no comma between them and the trigger
	// come first.
	tiers := []func(p *placeRef) bool{
		func(p *placeRef) bool {
			return p.i > cd.i && p.i < cd.next && st.clause[p.i] == cl && !commaBetween(st, cd.j, p.i)
		},
		func(p *placeRef) bool {
			return p.j <= cd.i && p.i >= cd.prev && st.clause[p.i] == cl && !commaBetween(st, p.j, cd.i)
		},
		func(p *placeRef) bool { return p.i > cd.i && p.i < cd.next && st.clause[p.i] == cl },
		func(p *placeRef) bool { return p.j <= cd.i && p.i >= cd.prev && st.clause[p.i] == cl },
		func(p *placeRef) bool { return p.i > cd.i && st.clause[p.i] == cl },
		func(p *placeRef) bool { return p.i > cd.i && p.i < cd.next },
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
	for n := range st.places {
		p := &st.places[n]
		if roles[n] != want || !countries[p.place.Country] || !locPreps[prepBefore(st, p.i)] && !cityAdjective(st, p) && !locatedBy(cd, p) {
			continue
		}
		if d := distance(cd, p); d < best {
			pick, best = p, d
		}
	}
	return pick
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

// unknownNearer returns a place the gazetteer does not know when the text
// names it after the trigger and before pick, and pick is a country or a
// region named with no preposition: "withdrew from positions in Kobo …,
// and Amhara forces". With no
// pick, it is an unknown name that the gazetteer resolves in the country
// of an actor of the sentence ("near Jilib", told of a US drone and
// al-Shabaab). It returns nil otherwise.
func (c *Coder) unknownNearer(cd *candidate, pick *placeRef) *truce.Location {
	st := cd.st
	text, k := st.unresolvedAt(cd)
	if text == "" {
		return nil
	}
	if pick == nil {
		var hint geo.Hint
		for _, m := range st.mentions {
			if m.actor.Country != "" {
				hint.Countries = append(hint.Countries, m.actor.Country)
			}
		}
		loc, ok := c.places.Resolve(text, hint)
		if !ok || len(hint.Countries) == 0 || !slices.Contains(hint.Countries, loc.Country) {
			return nil
		}
		return &loc
	}
	if pick.i < k || pick.i < cd.j || !coarse(pick.place.Precision) {
		return nil
	}
	// "in the Marghi area of Paktika province": a region the text places
	// the unknown name in keeps its admin1 unit, which later steps can
	// draw and merge; a bare region name ("Amhara forces") does not.
	if pick.place.Precision != "country" && prepBefore(st, pick.i) != "" {
		return nil
	}
	return &truce.Location{Text: text, Name: text, Country: pick.place.Country, Precision: "none"}
}

// coarse reports whether a precision is wider than a town.
func coarse(precision string) bool {
	return precision == "country" || precision == "admin1" || precision == "region"
}

// directed keeps a direction word before a country or region in the text
// that named it: "southern Lebanon" is where the event was, not all of
// Lebanon.
func directed(st *sent, p *placeRef, loc *truce.Location) {
	if p.i < 1 || !coarse(loc.Precision) {
		return
	}
	w := st.low[p.i-1]
	if !strings.HasSuffix(w, "ern") && w != "central" {
		return
	}
	loc.Text = st.textOf(p.i-1, p.j)
}

// borderSide places an event named only by a border in the country on this
// side of it: "soldiers near the Malian border" who are Nigerien were in
// Niger, and "troops sent to its border with Belarus" by Poland stay in
// Poland. The other side is named by a demonym or country before
// "border" or after "border with". It returns nil when the clause names
// no border or no actor of another country.
func (c *Coder) borderSide(cd *candidate) *truce.Location {
	st := cd.st
	other := ""
	for k := 1; k < len(st.low); k++ {
		if !borderWord(st.low[k]) || st.clause[k] != st.clause[cd.i] {
			continue
		}
		if m := st.mentionAt(k - 1); m != nil {
			other = m.actor.Country
		} else if k+2 < len(st.low) && st.low[k+1] == "with" {
			if m := st.mentionAt(k + 2); m != nil {
				other = m.actor.Country
			}
		}
	}
	if other == "" {
		return nil
	}
	for _, m := range st.mentions {
		if cc := m.actor.Country; cc != "" && cc != other && m.kind != "sector" {
			return c.countryLocation("", []truce.Actor{{ID: cc, Country: cc}})
		}
	}
	return nil
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
		if q.place.Country == p.place.Country && !coarse(q.place.Precision) && q.place.Precision != "none" && locPreps[prepBefore(st, q.i)] {
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
func (c *Coder) qualifyPlaces(st *sent) {
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

// inInstitution reports whether a place is part of an institution's name:
// "outside the University of Balochistan in Quetta", "the Bank of Sudan".
func inInstitution(st *sent, p *placeRef) bool {
	return p.i >= 2 && st.low[p.i-1] == "of" && st.toks[p.i-2].tag == "NNP" && !directions[st.low[p.i-2]] &&
		!placeNouns[st.low[p.i-2]] && (st.mentionAt(p.i-2) == nil || st.mentionAt(p.i-2).kind == "sector")
}

// landmark reports whether a place only measures where the event was:
// "near Tarmiyah, about 50 km north of Baghdad".
func landmark(st *sent, p *placeRef) bool {
	if p.i < 3 || st.low[p.i-1] != "of" || !directions[st.low[p.i-2]] {
		return false
	}
	switch st.low[p.i-3] {
	case "km", "kilometres", "kilometers", "miles", "kilometre", "kilometer", "mile":
		return true
	}
	return false
}

// appositivePlace reports whether token k is a capitalised name the
// dictionaries lack followed by an apposition that calls it a place:
// "Bunagana, a trading town on …", "Solhan, a village in …".
func (st *sent) appositivePlace(k int) bool {
	if !capitalised(st.toks[k].text) || st.mentionAt(k) != nil || st.isPlace(k) || k+3 >= len(st.low) || st.low[k+1] != "," {
		return false
	}
	if st.low[k+2] != "a" && st.low[k+2] != "an" && st.low[k+2] != "the" {
		return false
	}
	for n := k + 3; n < len(st.low) && n <= k+5; n++ {
		if placeNouns[st.low[n]] {
			return true
		}
	}
	return false
}

// cityParts are the parts of a city named before "of" it.
var cityParts = map[string]bool{
	"streets": true, "street": true, "outskirts": true, "centre": true, "center": true, "heart": true,
	"suburbs": true, "suburb": true, "districts": true, "neighbourhoods": true, "neighborhoods": true,
}

// marchVerbs move crowds or forces "on" a place.
var marchVerbs = map[string]bool{
	"march": true, "marched": true, "marching": true, "marches": true, "converged": true,
	"converge": true, "converging": true, "descended": true, "advanced": true, "advancing": true,
	"rampaged": true, "rampaging": true, "swept": true, "stormed": true,
}

// partNouns name a part of a place: "the Dockside area of Strelsau".
var partNouns = map[string]bool{
	"area": true, "district": true, "neighbourhood": true, "neighborhood": true, "suburb": true, "quarter": true,
}

// departVerbs leave a place, which is where the leaving happened: "the
// last troops left Strelsau".
var departVerbs = map[string]bool{
	"left": true, "leave": true, "leaving": true, "leaves": true, "quit": true, "fled": true, "flee": true,
	"evacuated": true, "abandoned": true,
}

// clauseBetween reports whether a verb or a relative pronoun lies among
// tokens i to j-1: in "near Strelsau's airport that hosts Ruritanian
// troops" the later place is not what Strelsau qualifies.
func clauseBetween(st *sent, i, j int) bool {
	return verbBetween(st, i, j) || slices.Contains(st.low[i:j], "that") || slices.Contains(st.low[i:j], "which")
}

// cityAdjective reports whether a town names the setting of the thing
// that follows it: "a Strelsau court ordered …, and police fired tear gas
// outside city hall" all happened in Strelsau.
func cityAdjective(st *sent, p *placeRef) bool {
	if coarse(p.place.Precision) || p.place.Precision == "none" || p.j >= len(st.toks) || p.i == 0 {
		return false
	}
	w := st.low[p.i-1]
	return (w == "a" || w == "an" || w == "the") && strings.HasPrefix(st.toks[p.j].tag, "NN") && !capitalised(st.toks[p.j].text)
}

// capitalWords are the nouns that name a country's capital without naming
// it: "in the capital", "in Ruritania's capital".
var capitalWords = map[string]bool{"capital": true, "capital's": true}

// inCapital places an event that the text puts "in the capital" of a
// country it does not name there, or "in Ruritania's capital", in that
// capital: the country named before the possessive, else that of the
// event's first state actor ("the president declared a curfew in the
// capital"). It returns nil when the clause says no such thing or no
// capital is known.
func (c *Coder) inCapital(cd *candidate) *truce.Location {
	st := cd.st
	for k := 1; k < len(st.low); k++ {
		if !capitalWords[st.low[k]] || st.clause[k] != st.clause[cd.i] {
			continue
		}
		// "a capital offence", "capital flight": the capital must follow
		// "the" or a country's possessive, after a place preposition.
		cc := ""
		switch {
		case st.low[k-1] == "the" && k >= 2 && locPreps[st.low[k-2]]:
			cc = stateCountry(cd)
		case st.isPossessive(k - 1):
			if m := st.mentionAt(k - 2); m != nil && (m.kind == "country" || m.kind == "demonym") && k >= 3 && locPreps[prepBefore(st, m.i)] {
				cc = m.actor.Country
			}
		}
		if cc == "" {
			continue
		}
		if loc, ok := c.capitalOf(cc); ok {
			loc.Text = st.textOf(k-1, k+1)
			return &loc
		}
	}
	return nil
}

// stateCountry returns the country of the event's first state actor,
// source first, or "".
func stateCountry(cd *candidate) string {
	for _, ms := range [][]*mention{cd.src, cd.tgt} {
		for _, m := range ms {
			if isState(m.actor) {
				return m.actor.Country
			}
		}
	}
	return ""
}

// capitalKey names the capitals of one gazetteer and actor dictionary.
type capitalKey struct {
	g *geo.Gazetteer
	d *actor.Dictionary
}

// capitals caches, per gazetteer and dictionary, each country's capital:
// finding them reads every row of the gazetteer once.
var capitals sync.Map // capitalKey → map[string]truce.Location

// capitalOf returns the location of a country's capital: the most populous
// city of that country that the actor dictionary knows as its capital.
func (c *Coder) capitalOf(iso3 string) (truce.Location, bool) {
	key := capitalKey{c.places, c.actors}
	v, ok := capitals.Load(key)
	if !ok {
		v, _ = capitals.LoadOrStore(key, c.findCapitals())
	}
	loc, ok := v.(map[string]truce.Location)[iso3]
	return loc, ok
}

// findCapitals maps each country to its capital's location.
func (c *Coder) findCapitals() map[string]truce.Location {
	out := map[string]truce.Location{}
	pop := map[string]int{}
	for _, cand := range c.places.All() {
		if cand.Kind != "city" || cand.Population < pop[cand.Country] {
			continue
		}
		ms := c.actors.Find(cand.Name, time.Time{})
		if len(ms) != 1 || ms[0].Kind != actor.KindCapital || ms[0].Actor.Country != cand.Country || ms[0].End-ms[0].Start != len(cand.Name) {
			continue
		}
		if loc, ok := c.places.Resolve(cand.Name, geo.Hint{Countries: []string{cand.Country}}); ok && loc.Country == cand.Country {
			out[cand.Country], pop[cand.Country] = loc, cand.Population
		}
	}
	return out
}

// siteTown returns, for a site named after its town ("the Zaporizhzhia
// nuclear plant"), the town: news and the events it tells are placed in
// towns, and a plant or base is drawn where its town is. Other locations
// come back as they are.
func (c *Coder) siteTown(loc truce.Location) truce.Location {
	if loc.Precision != "city" || loc.Text == "" || !c.isSite(loc) {
		return loc
	}
	words := strings.Fields(loc.Text)
	for n := len(words) - 1; n >= 1; n-- {
		name := strings.Join(words[:n], " ")
		for _, cand := range c.places.Lookup(name) {
			if cand.Country != loc.Country || cand.Kind != geo.KindCity && cand.Kind != geo.KindTown {
				continue
			}
			town, ok := c.places.Resolve(cand.Name, geo.Hint{Countries: []string{loc.Country}})
			if ok && town.Country == loc.Country && town.Name == cand.Name {
				town.Text = name
				return town
			}
		}
	}
	return loc
}

// isSite reports whether a location is a gazetteer site (a plant, a base,
// a pass) rather than a town.
func (c *Coder) isSite(loc truce.Location) bool {
	for _, cand := range c.places.Lookup(loc.Name) {
		if cand.Name == loc.Name && cand.Country == loc.Country && cand.Kind == geo.KindSite {
			return true
		}
	}
	return false
}

// visitNouns name a journey to a place, which is where the traveller then
// speaks and meets: "on a visit to", "during her trip to".
var visitNouns = map[string]bool{"visit": true, "trip": true, "tour": true, "stop": true, "stopover": true}

// buildingNouns name a building or compound called after a place: "the
// Miraflores palace", "the Zenda power plant".
var buildingNouns = map[string]bool{
	"palace": true, "plant": true, "airport": true, "hospital": true, "prison": true, "stadium": true,
	"refinery": true, "mosque": true, "cathedral": true, "university": true, "barracks": true,
}

// buildingIn reports whether a place only names a building that the text
// places in another place: in "met the president at the Miraflores palace
// in Caracas" the meeting was in Caracas.
func buildingIn(st *sent, p *placeRef) bool {
	k := p.j
	if k+1 < len(st.low) && (st.low[k] == "power" || st.low[k] == "nuclear" || st.low[k] == "air") {
		k++
	}
	if k+2 >= len(st.low) || !buildingNouns[st.low[k]] || st.low[k+1] != "in" {
		return false
	}
	q := st.placeEndingAt(k + 3)
	for n := range st.places {
		if st.places[n].i == k+2 {
			q = &st.places[n]
		}
	}
	return q != nil && q.i == k+2
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
