package code

import "strings"

// Countries of generic actors that the words around them do not give but
// the story does.

// placesCountry returns the country that the places named before st are
// most often in, the first named on a tie, or "": in "Settlers torched
// shops in Bangladesh's Khagrachari district. … The interim government
// banned gatherings", Bangladesh's government.
func (d *doc) placesCountry(st *sent) string {
	count := map[string]int{}
	best := ""
	for _, s := range d.sents {
		if s.s.Index >= st.s.Index {
			continue
		}
		for _, p := range s.places {
			if cc := p.place.Country; cc != "" {
				count[cc]++
				if count[cc] > count[best] {
					best = cc
				}
			}
		}
	}
	return best
}

// coupWords name the taking of power in a relative clause on soldiers:
// "the officers who seized power", "soldiers who staged the coup".
var coupWords = filtered(wordSet("seized", "took", "grabbed", "staged", "led"))

// coupMakers returns, for soldiers described as those who took power
// ("The officers who seized power last week rejected the ultimatum"), the
// country of the junta named last in the sentence or the ones before, or
// "". Where they act is no guide: the story is often told from a summit
// abroad.
func (d *doc) coupMakers(st *sent, m *mention) string {
	if m.actor.Sector != "MIL" || m.j+2 >= len(st.low) || st.low[m.j] != "who" && st.low[m.j] != "that" {
		return ""
	}
	took := false
	for k := m.j + 1; k < len(st.low) && k <= m.j+4; k++ {
		if coupWords.has(st.low[k]) && k+1 < len(st.low) {
			for n := k + 1; n < len(st.low) && n <= k+3; n++ {
				if st.low[n] == "power" || st.low[n] == "coup" {
					took = true
				}
			}
		}
	}
	if !took {
		return ""
	}
	for k := len(d.sents) - 1; k >= 0; k-- {
		s := d.sents[k]
		if s.s.Index > st.s.Index {
			continue
		}
		for n := len(s.mentions) - 1; n >= 0; n-- {
			x := s.mentions[n]
			if x.actor.Country != "" && !x.place && strings.HasSuffix(strings.ToLower(x.actor.Text), "junta") {
				return x.actor.Country
			}
		}
	}
	return ""
}
