package code

// Roads named for the towns they join: "the Lahore-Multan highway".

import "strings"

// roadNamed reports whether p is a town in the name of a road that joins
// it to another ("blocked the Lahore-Multan highway", "the Kabul -
// Jalalabad road"): the road runs far from the town, so the town is not
// where an act on the road happened when the sentence names another
// place.
func roadNamed(st *sent, p *placeRef) bool {
	n := p.j
	last := st.low[p.j-1]
	switch {
	case strings.ContainsAny(last, "-‐‑–") && !strings.HasSuffix(last, "-"):
		// One token: "lahore-multan"; the road noun follows the place.
	case n < len(st.low) && (st.low[n] == "-" || st.low[n] == "–" || st.low[n] == "‐" || st.low[n] == "‑"):
		// Split: "Lahore - Multan"; skip the dash and the other town.
		n++
		for n < len(st.low) && capitalised(st.toks[n].text) {
			n++
		}
	case n < len(st.low) && strings.HasPrefix(st.low[n], "-") && len(st.low[n]) > 1:
		// "Lahore" "-Multan".
		n++
	default:
		// "Multan" as the second half of "Lahore-Multan" or "Lahore -
		// Multan": the token before ends in a dash.
		if p.i == 0 || !strings.HasSuffix(st.low[p.i-1], "-") && st.low[p.i-1] != "–" {
			return false
		}
	}
	return n < len(st.low) && roadNouns.has(st.low[n])
}

// roadsDemoted lowers a town named only in a road's name from where the
// act happened to a place it counts at only when the sentence names no
// other: "marched along the Lahore-Multan highway in Okara district" was
// in Okara.
func roadsDemoted(st *sent, roles []placeRole) {
	for n := range st.places {
		if roles[n] == roleWhere && roadNamed(st, &st.places[n]) {
			roles[n] = rolePath
		}
	}
}
