package code

// A place the gazetteer lacks, named in the act's own words, before a
// known town that a clause of time names after it.

import (
	"strings"

	"github.com/truce-project/truce"
)

// place40TimeWords open a clause that dates the act by another one:
// "two days after leaving Zenda", "before moving to Strelsau".
var place40TimeWords = filtered(wordSet("after", "before", "since", "until", "while", "when", "as"))

// place40UnknownBeforeLater returns the place the gazetteer lacks that
// the trigger's clause names after the trigger ("pulled out of their camp
// in Zenda") when loc, a known town, is named only further on, past a
// word that opens a clause of time: in "Peacekeepers left their base in
// Zenda on Monday, two days after quitting nearby Strelsau", the
// withdrawal was from Zenda, in Strelsau's country. It returns loc
// otherwise.
func place40UnknownBeforeLater(cd *candidate, loc *truce.Location) *truce.Location {
	if loc == nil || loc.Text == "" || loc.Precision != "city" && loc.Precision != "point" {
		return loc
	}
	st := cd.st
	text, k := st.unresolvedAt(cd)
	if text == "" || k < cd.j {
		return loc
	}
	for n := range st.places {
		p := &st.places[n]
		if p.i <= k || p.place.Name != loc.Name {
			continue
		}
		for t := k + 1; t < p.i; t++ {
			if place40TimeWords.has(st.low[t]) {
				return &truce.Location{Text: text, Name: text, Country: p.place.Country, Precision: "none"}
			}
		}
		return loc
	}
	return loc
}

// place40Dwellers are the people of a place: "residents of Zenda clashed
// with police" names where they live and where they clashed.
var place40Dwellers = filtered(wordSet("residents", "villagers", "inhabitants", "townspeople"))

// place40AdjectiveEnds are the endings of adjectives made from the name
// of a region or a people: "Tigrayan", "Kurdish", "Sudanese", "Andean".
var place40AdjectiveEnds = []string{"an", "ish", "ese", "ic"}

// place40Settlements are the places an adjective, not a name, goes
// before: "the Kurdish town of", but "the Hentz district of Zenda", where
// the district's own name comes first.
var place40Settlements = filtered(wordSet("village", "town", "city", "hamlet", "port"))

// place40NameAfterAdjective returns the tokens of the name that "the
// Zendan village of Hentz" gives after "of", when the capitalised word
// from i to n is one adjective of a region or people before a
// settlement noun: the village is Hentz, Zendan only says whose. It
// returns -1, -1 otherwise.
func place40NameAfterAdjective(st *sent, i, n int) (int, int) {
	if n != i+1 || n+2 >= len(st.low) || st.low[n+1] != "of" || !place40Settlements.has(st.low[n]) {
		return -1, -1
	}
	adjective := false
	for _, end := range place40AdjectiveEnds {
		if strings.HasSuffix(st.low[i], end) {
			adjective = true
		}
	}
	if !adjective && !place45WhoseSettlement(st, i) {
		return -1, -1
	}
	a := n + 2
	b := a
	for b < len(st.toks) && (capitalised(st.toks[b].text) || articled(st.toks[b].text)) && st.mentionAt(b) == nil && !st.isPlace(b) && !weekdayOrMonth(st.low[b]) {
		b++
	}
	if b == a {
		return -1, -1
	}
	return a, b
}
