package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// roles_t61: the people a state sets free are its own.
//
// "Cuba said it would free 553 people convicted of crimes, hours after
// the United States ...", "Myanmar released 200 detainees, a day after
// Japan sent an envoy": the generic people freed take no country from a
// state named later in the sentence. The nearest-state reading that
// suits an attack (whose victims are not the attacker's) would give them
// the other state's; a state that frees people at large frees its own.
// Captive nouns ("hostages", "prisoners") keep their own reading
// (roles_captive.go), and so does a people noun with a demonym.

// t61FreeVerbs set people free.
var t61FreeVerbs = filtered(wordSet("free", "frees", "freed", "freeing", "release", "releases", "released",
	"releasing", "pardon", "pardons", "pardoned", "pardoning", "amnestied"))

// t61FreedOwnPeople returns the country of the state in other when m is
// civilians that a free verb just before it governs ("freed 200 detainees",
// "free more than 500 people"), else "".
func t61FreedOwnPeople(st *sent, m *mention, other []truce.Actor) string {
	cc := t61StateCountry(other)
	if m.actor.Sector != "CVL" || cc == "" {
		return ""
	}
	for k := m.i - 1; k >= 0 && k >= m.i-5; k-- {
		if t61FreeVerbs.has(st.low[k]) {
			// A verb only: "called for the release of activists"
			// asks another state to free them.
			if strings.HasPrefix(st.toks[k].tag, "VB") && t61OthersTimed(st, m, cc) {
				return cc
			}
			return ""
		}
		switch st.toks[k].tag {
		case "CD", "DT", "JJ", "JJR", "RBR", "RB":
			continue
		}
		if st.low[k] != "than" && st.low[k] != "of" {
			return ""
		}
	}
	return ""
}

// t61OthersTimed reports whether every other state the sentence names
// stands past a clause of time after m ("…, hours after the United
// States …"): a state named with the release itself ("as part of a deal
// with Ukraine") may be whose people are freed.
func t61OthersTimed(st *sent, m *mention, cc string) bool {
	for n := range st.mentions {
		x := &st.mentions[n]
		if x == m || x.actor.Country == "" || x.actor.Country == cc || !isState(x.actor) {
			continue
		}
		if x.i < m.j {
			return false
		}
		timed := false
		for k := m.j; k < x.i; k++ {
			if st.timeClause(k) {
				timed = true
				break
			}
		}
		if !timed {
			return false
		}
	}
	return true
}

// t61OwnKinds are the kinds of people a state jails at home: an
// "including" phrase that names its captives by them ("freed 52
// prisoners, among them opposition activists and journalists") tells
// they are its own.
var t61OwnKinds = filtered(wordSet("opposition", "activists", "activist", "journalists", "journalist", "dissidents",
	"dissident", "politicians", "politician", "critics", "lawyers", "protesters", "bloggers", "reporters"))

// t61IncludedOwnKinds returns the country of the state in other when an
// "including" or "among them" phrase right after the captives m names
// them by the kinds of people a state jails at home, else "".
func t61IncludedOwnKinds(st *sent, m *mention, other []truce.Actor) string {
	cc := t61StateCountry(other)
	if cc == "" {
		return ""
	}
	for k := m.j; k < len(st.low) && k < m.j+8; k++ {
		w := st.low[k]
		if w != "including" && !(w == "among" && k+1 < len(st.low) && st.low[k+1] == "them") {
			continue
		}
		for x := k + 1; x < len(st.low) && x <= k+4; x++ {
			if t61OwnKinds.has(st.low[x]) {
				return cc
			}
		}
		return ""
	}
	return ""
}

// t61StateCountry returns the country of the first actor of other when
// it is a state acting as one, else "".
func t61StateCountry(other []truce.Actor) string {
	if len(other) == 0 || !isState(other[0]) || nonStateSectors.has(other[0].Sector) {
		return ""
	}
	return other[0].Country
}
