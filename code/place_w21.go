package code

// Places the gazetteer does not know, named by what was done there: the
// town a raid was "on", and a town "nearby" the one an earlier act of the
// sentence was in.

import (
	"strings"

	"github.com/truce-project/truce"
)

// raidNouns are the acts whose object after "on" is the place they hit
// when it is a name and no actor: "an overnight raid on Zenda", "the
// attack on Hentz".
var raidNouns = filtered(wordSet("raid", "raids", "attack", "attacks", "assault", "assaults", "offensive", "incursion", "incursions"))

// raidOn reports whether token k is the "on" of a raid noun: "a raid on
// Zenda".
func raidOn(st *sent, k int) bool {
	return st.low[k] == "on" && k > 0 && raidNouns.has(st.low[k-1])
}

// neighbourWords place a town next to one told before, as nearbyWords
// do: "in neighbouring Hentz".
var neighbourWords = filtered(wordSet("neighbouring", "neighboring"))

// nearbyUnknown returns the town the gazetteer lacks that the trigger's
// clause names after it with "in nearby" ("in neighbouring", "in
// adjacent"), when pick is a known town or place named before the
// trigger: in "Rebels ambushed a convoy in Zenda and later kidnapped three
// nurses in nearby Hentz", the kidnapping was in Hentz, in Zenda's
// country. It returns nil otherwise.
func nearbyUnknown(cd *candidate, pick *placeRef) *truce.Location {
	st := cd.st
	if pick == nil || pick.j > cd.i || pick.place.Country == "" {
		return nil
	}
	text, k := st.unresolvedAt(cd)
	if text == "" || k < 2 || !nearbyWords.has(st.low[k-1]) && !neighbourWords.has(st.low[k-1]) || st.low[k-2] != "in" || st.clause[k] != st.clause[cd.i] {
		return nil
	}
	return &truce.Location{Text: text, Name: text, Country: pick.place.Country, Precision: "none"}
}

// facilityNouns name a site that takes a proper name before them: "the
// Zenda refugee camp", "the al-Hentz air base".
var facilityNouns = filtered(wordSet("camp", "base", "airbase", "airfield", "oilfield", "prison", "crossing", "dam", "mine", "port"))

// namedFacility returns the site the gazetteer lacks that the trigger's
// clause names after it as "the" name and a facility noun, when pick is a
// known place named just after it that only says where the site lies:
// fighting "in the Zenda refugee camp near Strelsau" was in Zenda, in
// Strelsau's country. It returns nil otherwise.
func namedFacility(cd *candidate, pick *placeRef) *truce.Location {
	st := cd.st
	if pick == nil || pick.place.Country == "" {
		return nil
	}
	text, k := st.unresolvedAt(cd)
	if text == "" || k < 1 || st.low[k-1] != "the" {
		return nil
	}
	end := k + len(strings.Fields(text))
	n := end
	for n < len(st.low) && n < end+2 && !facilityNouns.has(st.low[n]) {
		n++
	}
	if n >= len(st.low) || !facilityNouns.has(st.low[n]) {
		return nil
	}
	if pick.i <= n || pick.i > n+3 || st.clause[pick.i] != st.clause[k] {
		return nil
	}
	switch st.low[pick.i-1] {
	case "near", "outside", "in", "of":
	default:
		return nil
	}
	return &truce.Location{Text: text, Name: text, Country: pick.place.Country, Precision: "none"}
}
