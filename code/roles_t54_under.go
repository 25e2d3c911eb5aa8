package code

// Issue 3, round t54: settlements named without their place that "came
// under" fire ("Several hamlets came under Turkish bombardment", "Farms
// along the frontier came under Russian artillery fire") are the people of
// the land the story has been telling of, the last place named in the
// sentence or the two before, when that is not the attacker's own.

import "github.com/truce-project/truce"

// t54RuralWords are the nouns of settlements and farmland a bare subject
// of "came under" may name.
var t54RuralWords = filtered(wordSet("village", "villages", "town", "towns", "hamlet", "hamlets", "settlement", "settlements",
	"farm", "farms", "farmland", "homes", "houses", "neighbourhoods", "neighborhoods", "communities"))

// underSettlementsT54 gives a "came under" attack with no target, whose
// subject is bare settlements, the people of the land last named; one
// given the attacker's own people has them replaced so.
func (c *Coder) underSettlementsT54(d *doc) {
	for _, cd := range d.cands {
		ev := &cd.ev
		// ("Villages near the border came under Israeli shelling": the
		// attacker's own people, guessed from its demonym, are not whom
		// it shelled.)
		own := len(ev.Target) == 1 && ev.Target[0].Sector == "CVL" && stateForcesOfX51(ev.Source, ev.Target[0].Country)
		if cd.folded || len(ev.Target) > 0 && !own || ev.Type != truce.Assault {
			continue
		}
		st := cd.st
		v := st.x74UnderStart(cd)
		if v < 1 {
			continue
		}
		h := t54SettlementSubject(st, v)
		if h < 0 {
			continue
		}
		cc := t54LastLand(d, st)
		if cc == "" || stateForcesOfX51(ev.Source, cc) {
			continue
		}
		if a, ok := c.actors.Lookup(cc+"CVL", d.date); ok {
			a.Text = st.toks[h].text
			ev.Target = []truce.Actor{a}
		}
	}
}

// t54SettlementSubject returns the settlement noun that heads the clause
// ending at the verb v when no actor or place is named in it, else -1.
func t54SettlementSubject(st *sent, v int) int {
	h := -1
	for k := v - 1; k >= 0 && st.clause[k] == st.clause[v]; k-- {
		if st.low[k] == "," || st.mentionAt(k) != nil || st.placeAtX51(k) != nil {
			return -1
		}
		if t54RuralWords.has(st.low[k]) && h < 0 {
			h = k
		}
	}
	return h
}

// t54LastLand returns the country of the last place named in st before
// its end, else in the two sentences before it.
func t54LastLand(d *doc, st *sent) string {
	for n := len(st.places) - 1; n >= 0; n-- {
		if cc := st.places[n].place.Country; cc != "" {
			return cc
		}
	}
	at := -1
	for n, s := range d.sents {
		if s == st {
			at = n
		}
	}
	for k := at - 1; k >= 0 && k >= at-2; k-- {
		s := d.sents[k]
		for n := len(s.places) - 1; n >= 0; n-- {
			if cc := s.places[n].place.Country; cc != "" {
				return cc
			}
		}
	}
	return ""
}
