package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// domesticSectors are the people a state's own authorities act on at home:
// opponents, protesters, journalists, unionists and students.
var domesticSectors = filtered(map[string]bool{"OPP": true, "PRO": true, "MED": true, "LAB": true, "EDU": true})

// homeAuthority returns the country of a state's police, courts or
// government on the other side of a generic domestic actor: "Iranian
// police detained opposition activists after a flight to Dubai" are
// Iran's opposition, wherever the story's places lead; so are the
// activists its security service, or the state named whole, detains.
func homeAuthority(m *mention, other []truce.Actor) string {
	if !domesticSectors.has(m.actor.Sector) {
		return ""
	}
	for _, o := range other {
		// "protesters stormed Sweden's embassy in Baghdad": a foreign
		// mission is no home authority.
		if t := strings.ToLower(o.Text); strings.Contains(t, "embass") || strings.Contains(t, "consulate") || strings.Contains(t, "mission") {
			continue
		}
		switch o.Sector {
		case "GOV", "COP", "JUD":
			if o.Country != "" && isState(o) {
				return o.Country
			}
		case "SPY", "":
			// "Belarus said it had detained 15 activists who opposed
			// a deal with Russia": a security service, or a state named
			// whole, acts on its own protesters and opponents too. (A
			// newspaper answering it may be another state's.)
			if o.Country != "" && (o.ID == o.Country || o.ID == o.Country+"SPY") && (m.actor.Sector == "PRO" || m.actor.Sector == "OPP") {
				return o.Country
			}
		}
	}
	return ""
}

// meetingWords are the meetings whose place is a venue: "talks in Doha",
// "agreed to meet again in Nairobi".
var meetingWords = filtered(map[string]bool{
	"meet": true, "met": true, "meeting": true, "talks": true, "summit": true,
	"negotiations": true, "negotiate": true, "conference": true,
})

// venue reports whether loc is named in st as where a meeting is held,
// right after "meet(ing) in", "talks in", "a summit in": the country of a
// venue is often a third party's, and lends none to a generic actor ("the
// two presidents agreed to meet again in Kenya" are not Kenya's).
func (st *sent) venue(loc *truce.Location) bool {
	for _, p := range st.places {
		if p.place.Name != loc.Name || p.i < 2 || st.low[p.i-1] != "in" {
			continue
		}
		// "met in Oslo", "met again in Oslo", "talks later in Oslo".
		for k := p.i - 2; k >= 0 && k >= p.i-3; k-- {
			if meetingWords.has(st.low[k]) {
				return true
			}
		}
	}
	return false
}
