package code

import "github.com/truce-project/truce"

// Issue 3, round x53: a generic qualified as foreign. "She would not allow
// foreign activists to meddle in Tanzania's affairs", "demanded the
// departure of all foreign troops", "attacked hostels housing foreign
// students, beating students from Pakistan and India": whoever they are,
// foreign people are not of the land the event happens in, nor of the side
// that speaks of them. They are of the states the sentence names after
// them, else of the other state of the article's pair, else of the first
// state the two sentences before name that is neither.

// foreignCountryX53 returns the country of a generic m qualified by
// "foreign", or "" when m is none or no state fits.
func (d *doc) foreignCountryX53(st *sent, m *mention, loc *truce.Location, other []truce.Actor) string {
	if m.kind != "sector" || m.actor.Country != "" || !st.holds(m) || !foreignBeforeX53(st, m.i) {
		return ""
	}
	home := func(cc string) bool {
		if cc == "" || loc != nil && loc.Country == cc || hasCountry(other, cc) {
			return true
		}
		// The land the sentence names before them, its speaker's or
		// its place's: "Tanzania's affairs" is home.
		for _, n := range st.mentions {
			if n.actor.Country == cc && n.i < m.i {
				return true
			}
		}
		return false
	}
	// "foreign students …, beating students from Pakistan": the states
	// named after them.
	for _, n := range st.mentions {
		if n.i >= m.j && isState(n.actor) && !home(n.actor.Country) && !frontier(st, n.i) && !sameClauseHome(st, m, &n) {
			return n.actor.Country
		}
	}
	for _, x := range d.dyad {
		if !home(x.Country) && !st.namesCountryX53(x.Country) {
			return x.Country
		}
	}
	// "Zambian police detained a Malawian lawmaker. Hichilema warned
	// foreign activists …": the other state named just before.
	for k := st.s.Index - 1; k >= 0 && k >= st.s.Index-2 && k < len(d.sents); k-- {
		for _, n := range d.sents[k].mentions {
			if cc := n.actor.Country; !n.place && !home(cc) && !st.namesCountryX53(cc) {
				return cc
			}
		}
	}
	return ""
}

// sameClauseHome reports whether n names the land m is in: "troops in
// Iraq", "the departure of foreign troops from Iraq".
func sameClauseHome(st *sent, m, n *mention) bool {
	return n.place && n.i > 0 && n.i-m.j <= 2 && (st.low[n.i-1] == "in" || st.low[n.i-1] == "from")
}

// namesCountryX53 reports whether the sentence names cc as a place, the
// land the foreigners are in.
func (st *sent) namesCountryX53(cc string) bool {
	for _, n := range st.mentions {
		if n.place && n.actor.Country == cc {
			return true
		}
	}
	return false
}

// foreignBeforeX53 reports whether "foreign" qualifies the noun at i,
// among the two words before it: "foreign troops", "foreign medical
// students".
func foreignBeforeX53(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if st.low[k] == "foreign" {
			// "foreign ministers", "the foreign affairs committee": a
			// title, not people from abroad.
			return !foreignTitlesX53.has(st.low[k+1])
		}
		if !isModifier(st.toks[k]) {
			return false
		}
	}
	return false
}

// foreignTitlesX53 make "foreign" part of a title of a state's own office:
// "foreign minister", "foreign affairs", "the foreign service".
var foreignTitlesX53 = filtered(wordSet("minister", "ministers", "ministry", "ministries", "secretary", "secretaries",
	"office", "affairs", "service", "relations", "policy", "intelligence"))
