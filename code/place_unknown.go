package code

// Places the gazetteer does not know: capitalised words a place preposition
// or a place noun introduces.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/truce-project/truce"
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
	// Words before the previous trigger are its place, not this one's,
	// unless the sentence opens with them: "In Kibarani, police fired
	// tear gas and beat protesters" places every act of the sentence.
	text := ""
	if len(st.low) > 0 && st.low[0] == "in" {
		if t, n := st.unknownAfter(0); n < cd.i {
			text = t
		}
	}
	for k := max(cd.prev, 1); k < cd.i; k++ {
		if t, n := st.unknownAfter(k); t != "" && n < cd.i {
			text = t
		}
	}
	return text
}

// placeNouns are nouns that name a kind of place before "of" and its name:
// "the town of Alamata", "the port of Bosaso".
var placeNouns = filtered(map[string]bool{
	"town": true, "village": true, "city": true, "district": true, "region": true, "province": true,
	"port": true, "area": true, "camp": true, "county": true, "neighbourhood": true, "neighborhood": true,
	"suburb": true, "state": true, "governorate": true, "municipality": true, "island": true, "valley": true,
	"coast": true, "commune": true, "department": true, "prefecture": true, "locality": true, "republic": true,
	// "the villages of Zenda and Hentz" names two places as surely.
	"villages": true, "towns": true, "cities": true, "hamlet": true, "hamlets": true,
})

// terrainNouns are the lie of the land in "the hills of" a province or
// "the forests of" a district: the name after "of" is where it is.
var terrainNouns = filtered(map[string]bool{
	"hills": true, "mountains": true, "foothills": true, "highlands": true, "forests": true,
	"forest": true, "jungles": true, "jungle": true, "marshes": true, "swamps": true, "banks": true, "shores": true,
})

// nearbyWords place a town next to one told before: "in nearby Zenda",
// "in neighbouring Hentz district".
var nearbyWords = filtered(wordSet("nearby", "adjacent", "adjoining", "neighbouring", "neighboring"))

// unresolvedAt returns the words of a place the gazetteer does not know,
// named after the trigger in its clause, and the token they start at (-1
// when there is none).
func (st *sent) unresolvedAt(cd *candidate) (string, int) {
	// The trigger may itself take the ground: "troops entered Zenda".
	if k := cd.j - 1; k+1 < len(st.low) && takeVerbs.has(st.low[k]) {
		if text, n := st.unknownAfter(k); text != "" {
			return text, n
		}
	}
	// Or a named site: "rebels captured the Zenda air base".
	if text, n := st.siteObject(cd.j); text != "" {
		return text, n
	}
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
	case st.low[k] == "in" || st.low[k] == "near" || st.low[k] == "at" || st.low[k] == "outside" || st.low[k] == "around":
	case st.low[k] == "on" && unitNamedAfter(st, k+1):
		// "air strikes on Zenda township": the township struck.
	case passedThrough(st, k):
		// "marched through Zenda", "deported through the Zenda
		// crossing": the act went on there.
	case st.low[k] == "of" && k > 0 && (placeNouns.has(st.low[k-1]) || cityParts.has(st.low[k-1]) || terrainNouns.has(st.low[k-1])):
		// "the town of Tal Tamr", "the outskirts of Zenda", "the hills
		// of Apayao".
	case st.low[k] == "of" && k > 0 && (localOffices.has(st.low[k-1]) || place40Dwellers.has(st.low[k-1])):
		// "the village chief of Zenda", "the mayor of Zenda",
		// "residents of Zenda".
	case courseAfter(st, k):
		// "joint patrols along the Zenda river": on the Zenda.
	case raidOn(st, k):
		// "an overnight raid on Zenda": the town the raid hit.
	case takenPlace(st, k):
		// "troops entered Zenda", "the recapture of Zenda": the town
		// taken (see takenPlace).
	case st.low[k] == "to" && k > 1 && roadNouns.has(st.low[k-1]) && onRoad(st, k-1):
		// "clashed on the road to Zenda": at the town it leads to.
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
	// "in northern Dengolo", "in nearby Zenda", but not the "South" of
	// "South Sudan's".
	if n < len(st.low) && (directions.has(st.low[n]) || nearbyWords.has(st.low[n])) && !st.isPlace(n) {
		n++
	}
	n = st.skipQualifier(n)
	i := n
	// A name may open with the Arabic article: "in al-Zenda".
	for n < len(st.toks) && (capitalised(st.toks[n].text) || articled(st.toks[n].text) || n > i && linked(st, n)) && st.mentionAt(n) == nil && !st.isPlace(n) && !weekdayOrMonth(st.low[n]) {
		n++
	}
	if n > i && !place42Chamber(st, i, n) {
		if a, b := place40NameAfterAdjective(st, i, n); a >= 0 {
			return st.textOf(a, b), a
		}
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
			if n < len(st.low) && directions.has(st.low[n]) {
				n++
			}
			return n
		}
	}
	return n
}

// arabicArticles are the spellings of the Arabic article that join the
// later words of a place's name with a hyphen: "Maarat al-Numan",
// "Ain el-Helweh", "Deir ez-Zor".
var arabicArticles = filtered(map[string]bool{
	"al": true, "el": true, "an": true, "ad": true, "ar": true, "as": true, "ash": true,
	"at": true, "az": true, "ed": true, "en": true, "er": true, "es": true, "et": true,
	"ez": true, "ul": true,
})

// articled reports whether w is a capitalised word behind an Arabic
// article and a hyphen, which goes on a place's name: "al-Numan".
func articled(w string) bool {
	a, rest, ok := strings.Cut(w, "-")
	return ok && arabicArticles.has(a) && capitalised(rest)
}

// linked reports whether token n joins two capitalised parts of one
// name: the "del" of "Maguindanao del Sur".
func linked(st *sent, n int) bool {
	return n+1 < len(st.toks) && nameLinks.has(st.low[n]) && capitalised(st.toks[n+1].text)
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// weekdayOrMonth reports whether w, in lower case, names a day of the
// week or a month, which no unknown place name holds.
func weekdayOrMonth(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december",
		// AP style abbreviates the long months before a day: "on Oct. 9".
		"jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.":
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
		if placeNouns.has(st.low[n]) {
			return true
		}
	}
	return false
}

// unknownNearer returns a place the gazetteer does not know when the text
// names it after the trigger and before pick, and pick is a country or a
// region named with no preposition: "withdrew from positions in Kobo …,
// and Amhara forces", or pick lies in an apposition that calls the
// unknown name a place. An unknown town named just before a province that
// places it wins too (see townBeforeRegion). With no pick, it is an
// unknown name that the gazetteer resolves in the country of an actor of
// the sentence ("near Jilib", told of a US drone and al-Shabaab). It
// A town the act's clause names with "in" after its trigger, when pick is
// a country or region named before the trigger, wins too. It
// returns nil otherwise.
func (c *Coder) unknownNearer(cd *candidate, pick *placeRef) *truce.Location {
	st := cd.st
	if pick != nil && pick.place.Precision != "country" && (coarse(pick.place.Precision) || pick.j < len(st.low) && unitNouns.has(st.low[pick.j])) {
		// The region only places the town, so the town is where the act
		// the region was picked for happened, even past a clause break:
		// "kidnapped two nurses after torching a clinic in Zenda, in
		// Ruritania's Hentz region" were in Zenda.
		if text, k := townBeforeRegion(st, pick); text != "" && (st.clause[k] == st.clause[cd.i] || st.clause[k] == st.clause[pick.i]) {
			return &truce.Location{Text: text, Name: text, Country: pick.place.Country, Admin1: pick.place.Name, Precision: "none"}
		}
	}
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
	// "overran Zenda, a village on the road north of Strelsau": the
	// apposition names the known town only to place the unknown one. The
	// apposition follows the name's last word ("Kuru Dagana, a village").
	if e := lastWordOf(st, k, text); st.appositivePlace(e) && pick.i > e+2 && pick.i <= e+12 && !commaBetween(st, e+2, pick.i) || areaApposed(st, k, pick) {
		return &truce.Location{Text: text, Name: text, Country: pick.place.Country, Precision: "none"}
	}
	// "Police in Ruritania's Dengolo region dispersed residents who had
	// blocked a road in Zenda": a town the clause of the act names after
	// it lies inside the region named before.
	if (coarse(pick.place.Precision) || pick.j < len(st.low) && unitNouns.has(st.low[pick.j])) && pick.j <= cd.i && k > cd.j && st.clause[k] == st.clause[cd.i] && st.low[k-1] == "in" {
		loc := &truce.Location{Text: text, Name: text, Country: pick.place.Country, Precision: "none"}
		if pick.place.Precision == "admin1" {
			loc.Admin1 = pick.place.Name
		}
		return loc
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

// townBeforeRegion returns the unknown town that the text names with "in"
// or "near" right before pick, a province or region that a second "in"
// introduces, after a comma or not: "clashes in Kurmi, in Nigeria's
// Taraba state" were in Kurmi, and so were a raid on "the village of
// Kurmi, in Taraba state" and a bomb "near Kurmi in Taraba state"; the
// region may come with "the" and a direction ("the village of Kurmi in
// the southern Taraba region").
// It returns "" and -1 otherwise.
func townBeforeRegion(st *sent, pick *placeRef) (string, int) {
	m := pick.i
	for n := 0; n < 2 && m >= 2 && (st.low[m-1] == "the" || directions.has(st.low[m-1])); n++ {
		m--
	}
	if m >= 2 && st.isPossessive(m-1) {
		if q := st.placeEndingAt(m - 1); q != nil && q.place.Precision == "country" {
			m = q.i
			// "in Zenda, in western Ruritania's Hentz district".
			if m >= 2 && directions.has(st.low[m-1]) {
				m--
			}
		}
	}
	if m < 3 || st.low[m-1] != "in" {
		return "", -1
	}
	// "near Zenda in Hentz county" and "a post at Zenda, in Hentz
	// county" name the town as surely as "in Zenda, in Hentz county"
	// (see townPreps).
	end := m - 1
	if st.low[end-1] == "," {
		end--
	}
	// "strikes on Zenda township in Hentz region": the unit noun makes
	// the name a place after any place preposition.
	unit := end > 1 && settledUnit(st.low[end-1])
	if unit {
		end--
	}
	k := end
	for k > 0 && capitalised(st.toks[k-1].text) && st.mentionAt(k-1) == nil && !st.isPlace(k-1) {
		k--
	}
	if k == end || k < 1 || !townPreps.has(st.low[k-1]) && (st.low[k-1] != "of" || k < 2 || !placeNouns.has(st.low[k-2])) && (!unit || !unitPreps.has(st.low[k-1])) {
		return "", -1
	}
	return st.textOf(k, end), k
}

// townThere returns, for a trigger whose clause puts it "there" ("two
// days after fighters overran a base there"), the last town named before
// the trigger in the sentence, or nil: the adverb points back at a town,
// not at the province named to place the town.
func townThere(cd *candidate) *placeRef {
	st := cd.st
	there := false
	for k := cd.j; k < len(st.low) && st.clause[k] == st.clause[cd.i]; k++ {
		if st.low[k] == "there" && (k+1 == len(st.low) || !existential.has(st.low[k+1])) {
			there = true
			break
		}
	}
	if !there {
		return nil
	}
	var town *placeRef
	for n := range st.places {
		p := &st.places[n]
		if p.j <= cd.i && !coarse(p.place.Precision) && p.place.Precision != "none" && p.place.Precision != "border" {
			town = p
		}
	}
	return town
}

// existential are the verbs after an existential "there": "there were
// clashes" places nothing.
var existential = filtered(map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "will": true, "have": true, "has": true,
	"had": true, "would": true, "could": true, "may": true, "might": true, "remain": true, "remains": true,
})

// qualifiedUnknown returns the place the gazetteer does not know that a
// known place's possessive puts in that place's country: "helicopters
// strafed a village in Zendaland's Hentz township" were in Hentz, in
// Zendaland's country, whoever the victims are; a part of a known town
// ("in Zenda's Old Town district") is placed at the town. pick must be
// nil or the qualifying place itself. It returns nil otherwise.
func qualifiedUnknown(cd *candidate, pick *placeRef) *truce.Location {
	st := cd.st
	text, k := st.unresolvedAt(cd)
	if text == "" {
		// Words before the previous trigger are its place, not this one's.
		for m := max(cd.prev, 1); m < cd.i; m++ {
			if t, n := st.unknownAfter(m); t != "" && n < cd.i {
				text, k = t, n
			}
		}
	}
	if text == "" {
		return nil
	}
	for n := range st.places {
		p := &st.places[n]
		if p.place.Country == "" || !st.isPossessive(p.j) || pick != nil && pick != p {
			continue
		}
		if p.j+1 != k && (p.j+2 != k || !directions.has(st.low[p.j+1])) {
			continue
		}
		if p.place.Precision == "city" || p.place.Precision == "point" {
			// "shelled a market in Zenda's Old Town district": a part
			// of a town the gazetteer knows is placed at the town.
			loc := p.place.Location
			return &loc
		}
		loc := truce.Location{Text: text, Name: text, Country: p.place.Country, Precision: "none"}
		if p.place.Precision == "admin1" {
			loc.Admin1 = p.place.Name
		}
		return &loc
	}
	return nil
}
