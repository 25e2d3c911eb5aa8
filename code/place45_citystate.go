package code

// Issue 3, round place45: a wire dateline that names a country. "SINGAPORE
// -", "HONG KONG, July 2 -", "KUWAIT -": a city-state, or a country whose
// capital bears its name, files the story from that town. Named first in
// capitals before the dateline's dash, it is the dateline, never an actor
// or an adjective, so it counts where the sentence names no other place.

// place45DatelineCountry reports whether p, a country, opens the wire
// dateline of the article's first sentence.
func place45DatelineCountry(st *sent, p *placeRef) bool {
	return p.i == 0 && p.place.Precision == "country" && inDateline(st, p)
}
