package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// Captives ("hostages", "prisoners", "prisoners of war") are seldom the
// people of the place where they are held or set free: "Hamas freed 24
// hostages from Gaza" frees Israelis, not Gazans. So a bare captive noun
// takes no country from the place: it takes one from a possessor, from
// an "including" phrase ("including 13 Thais"), or from who holds them.
// A side of the article's war holds the other side's people; a state at
// peace holds its own ("Belarus freed 14 prisoners"); two sides swapping
// prisoners, or a gang, hold no one side's. Captives with no country name
// no one, and a demonym ("Kenyan hostages") needs no rule.

// captiveNouns are the bare nouns for people held by someone else.
var captiveNouns = filtered(map[string]bool{
	"hostages": true, "captives": true, "prisoners": true,
	"prisoners of war": true, "pows": true,
})

// nonStateSectors are the armed groups and gangs a generic noun names
// ("gunmen", "the gang"): their captives are often foreigners.
var nonStateSectors = filtered(map[string]bool{"REB": true, "CRM": true, "MLT": true})

// swapWords tell of captives traded between two sides.
var swapWords = filtered(map[string]bool{
	"swap": true, "swaps": true, "swapped": true, "swapping": true,
	"exchange": true, "exchanges": true, "exchanged": true, "exchanging": true,
})

// captiveCountry returns the country of a bare captive noun m, "" when no
// side can be told, and whether m is one. other is the other side of the
// event: who holds, frees or swaps them.
func (d *doc) captiveCountry(st *sent, m *mention, other []truce.Actor) (string, bool) {
	if m.kind != "sector" || m.actor.Country != "" || !captiveNouns.has(strings.ToLower(st.textOf(m.i, m.j))) && !prec54HeldRelative(st, m) {
		return "", false
	}
	// "Israel's prisoners": held by Israel, or its own.
	if p := possessorOf(st, m); p != nil {
		return p.actor.Country, true
	}
	if cc := includedNationals(st, m); cc != "" {
		return cc, true
	}
	if cc := t61IncludedOwnKinds(st, m, other); cc != "" {
		return cc, true
	}
	// "Israel released 200 prisoners", in an article about Israel and
	// the Palestinians: a side at war holds the other side's people.
	if x, ok := otherSide(d.dyad, other); ok {
		return x.Country, true
	}
	if cc := d.prec54AgreedOther(st, other); cc != "" {
		return cc, true
	}
	// "Armenia and Azerbaijan will swap all remaining prisoners": each
	// side's, so no one side's.
	for _, w := range st.low {
		if swapWords.has(w) {
			return "", true
		}
	}
	cc := ""
	for _, o := range other {
		if cc != "" && o.Country != cc {
			return "", true
		}
		cc = o.Country
	}
	if len(other) == 0 || !isState(other[0]) || nonStateSectors.has(other[0].Sector) {
		return "", true
	}
	return cc, true
}

// includedNationals returns the country of the people an "including"
// phrase after m names: "freed 24 hostages on Friday, including 13
// Thais" freed Thai hostages. Else "".
func includedNationals(st *sent, m *mention) string {
	for k := m.j; k < len(st.low) && k < m.j+8; k++ {
		if st.low[k] != "including" && !(st.low[k] == "among" && k+1 < len(st.low) && st.low[k+1] == "them") {
			continue
		}
		for _, x := range st.mentions {
			if x.i > k && x.i <= k+3 && !x.place && x.actor.Country != "" && (x.kind == "demonym" || x.kind == "country") {
				return x.actor.Country
			}
		}
		return ""
	}
	return ""
}

// custodyNouns name the hold a state keeps a person in: "in Iranian
// detention", "in Russian custody".
var custodyNouns = filtered(map[string]bool{
	"detention": true, "custody": true, "captivity": true, "jail": true, "jails": true,
	"prison": true, "prisons": true,
})

// custodyOf returns the state whose custody a released person was in,
// named by a state word before a custody noun between the person and the
// verb at i: "a French teacher who spent two years in Iranian detention was
// freed", "Americans long in Russian custody were released". Nil when there
// is none.
func (st *sent) custodyOf(m *mention, i int) *mention {
	for k := m.j; k+3 < i && k < m.j+10; k++ {
		if st.low[k] != "in" {
			continue
		}
		n := k + 1
		if determiners.has(st.low[n]) {
			n++
		}
		x := st.mentionAt(n)
		if x == nil || x.i != n || x.j >= i || !custodyNouns.has(st.low[x.j]) {
			continue
		}
		if x.kind != "country" && x.kind != "capital" && x.kind != "demonym" {
			return nil
		}
		v := *x
		v.place = false
		return &v
	}
	return nil
}

// heldInList returns, for the subject m of a passive release, the captives
// and the states that held them, named in a list after a participle of
// holding: in "Six Britons held in Iran, Syria and Libya were released"
// (where the subject found may be the list) the captives are the Britons
// and the three states release them; in "two Canadians held in the United
// States were freed" the United States. Nil, nil when no such list is
// there.
func (st *sent) heldInList(m *mention, i int) ([]*mention, []*mention) {
	h, held := -1, m
	e := m.j
	if e < i && st.toks[e].tag == "NNS" && st.mentionAt(e) == nil {
		e++ // "Chinese nationals held in"
	}
	if e+1 < i && holdWords.has(st.low[e]) && (st.low[e+1] == "in" || st.low[e+1] == "by") {
		h = e // the captives, then "held in"
	} else {
		// A list member: back over the list to "held in".
		for k := m.i - 1; k >= 1 && k > m.i-12; k-- {
			if st.low[k] == "in" || st.low[k] == "by" {
				if holdWords.has(st.low[k-1]) {
					h = k - 1
				}
				break
			}
			if x := st.mentionAt(k); x != nil && (x.kind == "country" || x.kind == "capital") || st.low[k] == "," || st.low[k] == "and" || st.low[k] == "the" {
				continue
			}
			break
		}
	}
	if h < 1 {
		return nil, nil
	}
	if held == m && h != e {
		held = st.mentionAt(h - 1)
		if held == nil || held.j != h || held.place {
			return nil, nil
		}
	}
	// The words up to the verb are only states, commas, "and", "the" and
	// auxiliaries.
	var captors []*mention
	for n := h + 2; n < i; {
		if x := st.mentionAt(n); x != nil && x.i == n {
			if x.kind != "country" && x.kind != "capital" {
				return nil, nil
			}
			v := *x
			v.place = false
			captors = append(captors, &v)
			n = x.j
			continue
		}
		switch st.low[n] {
		case ",", "and", "the", "had", "have", "has", "been", "were", "was":
			n++
			continue
		}
		return nil, nil
	}
	if len(captors) == 0 {
		return nil, nil
	}
	return st.coordinated(held), captors
}
