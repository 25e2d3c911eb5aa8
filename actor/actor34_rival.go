package actor

import "strings"

// rivalMarkers are the words that, a little before "armed groups", say the
// groups fight one another: "clashes between the armed groups", "rival
// armed groups", "between two of the city's most powerful armed groups".
// A "two" says so only right before them ("two armed groups clashed"), not
// in "two members of an armed group".
var rivalMarkers = wordSet(`between rival`)

// rivalArmedGroups makes armed groups that fight one another a militia:
// an armed group at war with the state is a rebel group, but armed groups
// fighting each other for turf in a town ("clashes between two armed
// groups in the port city", "rival armed groups exchanged fire") are
// militias (MLT), as ACLED codes them. The marker must stand within eight
// tokens before the noun with no punctuation but a possessive between.
func rivalArmedGroups(text string, toks []tok, h *hit) {
	if h.kind != KindSector || h.sector != "REB" || h.end-h.start != 2 ||
		!strings.EqualFold(text[toks[h.start].s:toks[h.start].e], "armed") ||
		!strings.EqualFold(text[toks[h.start+1].s:toks[h.start+1].e], "groups") {
		return
	}
	if h.start > 0 && strings.EqualFold(text[toks[h.start-1].s:toks[h.start-1].e], "two") {
		h.sector, h.name = "MLT", sectorLabels["MLT"]
		return
	}
	for k := h.start - 1; k >= 0 && k >= h.start-8; k-- {
		t := toks[k]
		if !t.word {
			if punct(text[t.s:t.e]) != "'" {
				return
			}
			continue
		}
		if rivalMarkers[strings.ToLower(text[t.s:t.e])] {
			h.sector, h.name = "MLT", sectorLabels["MLT"]
			return
		}
	}
}
