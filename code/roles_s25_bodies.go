package code

import "strings"

// State bodies named by their country. "Chad's transitional council",
// "Libya's Presidential Council", "Peru's Congress", "the rival Libyan
// legislatures": a country or demonym before a council or a legislature
// the dictionary has no entry for names that state's government or
// parliament, not the country at large. Bare, such nouns are ambiguous
// ("Congress" is as often the US Congress or India's Congress party), so
// only the country before them makes them a state body.

// bodyNouns are the heads of a state body and the sector each names.
var bodyNouns = map[string]string{
	"council": "GOV", "councils": "GOV", "presidency": "GOV",
	"congress": "LEG", "legislatures": "LEG", "assembly": "LEG", "assemblies": "LEG",
}

// localBodies qualify a council that is not the state's: "Haiti's
// electoral council", "the district's council of elders".
var localBodies = filtered(wordSet("electoral", "municipal", "city", "town", "village", "district", "provincial",
	"county", "regional", "local", "tribal", "elders", "ulema", "clerical", "religious", "student",
	"students", "refugee", "bar", "medical", "press", "media", "security", "olympic", "football", "research"))

// stateBodies widens a country or demonym mention over the council or
// legislature it owns ("Chad's transitional council" → TCDGOV, "Peru's
// Congress" → PERLEG), when that noun ends its noun phrase: "India's
// Congress party" and "Fiji's council elections" are no state body.
func (st *sent) stateBodies() {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.actor.Country == "" || m.actor.Sector != "" || m.actor.ID != m.actor.Country {
			continue
		}
		k := m.j
		switch {
		case m.kind == "country" && st.isPossessive(k):
			k++
		case m.kind == "demonym":
		case st.gsr35LegislatureAfter(m):
		default:
			continue
		}
		for mods := 0; k < len(st.low) && mods <= 3; k, mods = k+1, mods+1 {
			if sector, ok := bodyNouns[st.low[k]]; ok {
				if k+1 < len(st.low) && strings.HasPrefix(st.toks[k+1].tag, "NN") || st.mentionIn(m.j, k+1, m) {
					break
				}
				m.actor.Sector, m.actor.ID = sector, m.actor.Country+sector
				m.actor.Text = st.textOf(m.i, k+1)
				m.j, m.place = k+1, false
				break
			}
			t := st.toks[k]
			if localBodies.has(st.low[k]) || !strings.HasPrefix(t.tag, "JJ") && !strings.HasPrefix(t.tag, "NNP") && t.tag != "VBN" {
				break
			}
		}
	}
}

// mentionIn reports whether a mention other than self starts or ends
// within tokens [i, j).
func (st *sent) mentionIn(i, j int, self *mention) bool {
	for n := range st.mentions {
		x := &st.mentions[n]
		if x != self && x.i < j && x.j > i {
			return true
		}
	}
	return false
}
