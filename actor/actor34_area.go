package actor

import "strings"

// areaNouns are the nouns of administrative areas. Set directly after a
// capital or a country's name they make it the name of an area inside some
// country, not the state: "Kabul province", "Nigeria's Niger state", "the
// Lower Juba region", "Lima's Miraflores district".
var areaNouns = wordSet(`province provinces state region regions county counties
	district districts governorate governorates prefecture prefectures
	oblast`)

// areaPrefixes are the words that, set before a capital or country, make it
// part of a region's name: "Middle Juba", "Lower Shabelle".
var areaPrefixes = map[string]bool{"Upper": true, "Lower": true, "Middle": true}

// areaFollowers are the words that may follow a "state" that ends an
// area's name ("in Niger state on Monday"); any other word makes "state" a
// modifier of its own ("Chad state media", "the US State Department"), and
// the name before it stays the state.
var areaFollowers = wordSet(`on in at of and or to near from where which that
	when was were is are has have had said says after before since for with by
	as but while during`)

// areaName reports whether the capital or country matched at [start,end)
// only names an administrative area: followed by an area noun, or preceded
// by a region prefix such as "Lower".
func areaName(text string, toks []tok, start, end int, kind string) bool {
	if kind != KindCapital && kind != KindCountry {
		return false
	}
	if start > 0 && toks[start-1].word && toks[start-1].e < toks[start].s &&
		areaPrefixes[text[toks[start-1].s:toks[start-1].e]] {
		return true
	}
	if end >= len(toks) || !toks[end].word {
		return false
	}
	w := text[toks[end].s:toks[end].e]
	low := strings.ToLower(w)
	if !areaNouns[low] {
		return false
	}
	if low != "state" || end+1 >= len(toks) || !toks[end+1].word {
		return true
	}
	return areaFollowers[text[toks[end+1].s:toks[end+1].e]]
}
