package code

import "strings"

// groupQualifiers end a compound in which a group's name only qualifies
// another actor: "the al-Qaeda-linked JNIM", "Iran-backed militias".
var groupQualifiers = []string{"-linked", "-backed", "-allied", "-affiliated", "-aligned", "-led", "-run", "-controlled", "-held", "-supported", "-inspired", "-style"}

// namesGroup reports whether the group mention g names the group itself,
// not a compound it qualifies.
func (st *sent) namesGroup(g *mention) bool {
	w := st.low[g.j-1]
	for _, q := range groupQualifiers {
		if strings.HasSuffix(w, q) {
			return false
		}
	}
	return true
}

// possessedGroups folds a state named just before one of its own armed
// groups or parties into the group: "Lebanon's Hezbollah", "Sudan's Rapid
// Support Forces" and "the Yemeni Houthis" are the group, not the state,
// whether they attack or are attacked. A group of another country keeps
// the state as an actor of its own: "Iran's Houthi allies".
func (st *sent) possessedGroups() {
	for n := 0; n+1 < len(st.mentions); n++ {
		m, g := &st.mentions[n], &st.mentions[n+1]
		if g.kind != "group" || !st.namesGroup(g) || m.actor.Country == "" || g.actor.Country != m.actor.Country || m.actor.Sector != "" {
			continue
		}
		switch {
		case (m.kind == "country" || m.kind == "capital") && st.isPossessive(m.j) && g.i == m.j+1:
		case m.kind == "demonym" && g.i == m.j:
		default:
			continue
		}
		g.i = m.i
		st.dropMention(m)
	}
}

// membersOfGroup folds a bare sector noun into the named group after "of":
// "the leaders of Hamas", "two commanders of the RSF", "fighters of the
// PKK" act and suffer for the group, not for the state of whoever speaks.
func (st *sent) membersOfGroup() {
	for n := 0; n+1 < len(st.mentions); n++ {
		m, g := &st.mentions[n], &st.mentions[n+1]
		if m.kind != "sector" || m.actor.ID != "" || g.kind != "group" || !st.namesGroup(g) || m.j >= len(st.low) || st.low[m.j] != "of" {
			continue
		}
		if k := m.j + 1; g.i != k && (g.i != k+1 || st.low[k] != "the") {
			continue
		}
		g.i = m.i
		st.dropMention(m)
	}
}
