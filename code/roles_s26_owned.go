package code

import "strings"

// officerNouns name the people and panels who speak and act for the body
// that owns them: "the ADF's leader", "the rebels' spokesman", "the
// African Union's panel of mediators".
var officerNouns = filtered(wordSet(
	"leader", "leaders", "leadership", "chief", "chiefs", "commander", "commanders",
	"spokesman", "spokeswoman", "spokesperson", "spokespeople", "envoy", "envoys",
	"mediator", "mediators", "negotiator", "negotiators", "representative", "representatives",
	"delegate", "delegates", "delegation", "panel", "team", "head", "secretary-general",
	"general", "chairman", "chairwoman", "chairperson", "founder", "emir",
))

// officerGroups are the officer nouns that may name their members after
// "of": "the bloc's team of negotiators".
var officerGroups = filtered(wordSet("panel", "team", "delegation"))

// ownedOfficers folds the officers a named group, a body or a described
// armed actor owns into their owner: "the ADF's leader vowed …", "the
// rebels' commander threatened …" and "Hezbollah's deputy chief, in a
// speech, accused …" act for the group, not for a state or for nobody. A
// state's officers are left to possessedSectors: "Chad's defence
// minister" is its government.
func (st *sent) ownedOfficers() {
	for n := 0; n < len(st.mentions); n++ {
		m := &st.mentions[n]
		if m.place || m.j+1 >= len(st.low) || !st.isPossessive(m.j) || !ownerKind(m) {
			continue
		}
		end := st.officerEnd(m.j + 1)
		if end < 0 {
			continue
		}
		for {
			q := st.mentionAt(end - 1)
			if q == nil || q == m || q.i < m.j {
				break
			}
			st.dropMention(q)
			m = &st.mentions[n]
		}
		m.j = end
		if m.actor.ID != "" {
			m.actor.Text = st.textOf(m.i, end)
		}
	}
}

// ownerKind reports whether a possessor stands for whoever it owns: a
// named group or body, or a described armed actor ("the rebels'"), but
// not a state, a place or a person, whose officers are their government
// or are told apart elsewhere.
func ownerKind(m *mention) bool {
	switch m.kind {
	case "group", "org":
		return true
	case "sector":
		return m.actor.ID == "" && m.actor.Sector != "" && m.actor.Sector != "GOV" && !civilianSectors.has(m.actor.Sector)
	}
	return false
}

// officerEnd returns the end of the officer phrase opening at token k
// after a possessive, or -1: up to two modifiers ("deputy", "top",
// "political"), an officer noun that ends the noun phrase, and for a
// panel its members after "of" ("panel of mediators").
func (st *sent) officerEnd(k int) int {
	for n := 0; k < len(st.low) && n < 3; k, n = k+1, n+1 {
		w := st.low[k]
		if officerNouns.has(w) {
			next := k + 1
			if next < len(st.low) && officerGroups.has(w) && st.low[next] == "of" && next+1 < len(st.low) && officerNouns.has(st.low[next+1]) {
				return next + 2
			}
			if next < len(st.low) && (officerNouns.has(st.low[next]) || strings.HasPrefix(st.toks[next].tag, "NN") && st.toks[next].text == st.low[next]) {
				continue
			}
			// "general" alone is no officer: "the group's general
			// assembly" ends in its own noun.
			if w == "general" && (n == 0 || st.low[k-1] != "secretary") {
				return -1
			}
			return next
		}
		t := st.toks[k]
		if !strings.HasPrefix(t.tag, "JJ") && !(strings.HasPrefix(t.tag, "NN") && t.text == t.low) {
			return -1
		}
	}
	return -1
}

// leaderHeads are the nouns for the people who lead or speak for a
// community, which the dictionary gives to the government when they stand
// alone: "officials said", "leaders met".
var leaderHeads = filtered(wordSet("leader", "leaders", "official", "officials", "chiefs", "representatives", "spokesman", "spokeswoman", "spokesperson"))

// ledKinds gives a leader noun the sector of the kind of people named
// right before it: "church leaders appealed …" speak for the clergy,
// "police officials said …" for the police, not for the government.
func (st *sent) ledKinds() {
	keep := st.mentions[:0]
	for _, m := range st.mentions {
		if n := len(keep); n > 0 && m.kind == "sector" && m.actor.ID == "" && m.actor.Sector == "GOV" && m.j-m.i == 1 && leaderHeads.has(st.low[m.i]) {
			p := &keep[n-1]
			if p.kind == "sector" && p.actor.ID == "" && p.j == m.i && p.actor.Sector != "" && p.actor.Sector != "GOV" && !p.place {
				p.j = m.j
				p.actor.Text = st.textOf(p.i, m.j)
				continue
			}
		}
		keep = append(keep, m)
	}
	st.mentions = keep
}

// personsFollowers returns the unnamed people a person's possessive owns,
// right after it or past a modifier, or nil: "Oduya's supporters", "the
// general's loyal bodyguards". They act and suffer as themselves, of the
// person's country, not as the person. Armed men are left to the person:
// "Haftar's army" is his own force.
func (st *sent) personsFollowers(m *mention) *mention {
	if m.kind != "person" || m.j+1 >= len(st.low) || !st.isPossessive(m.j) {
		return nil
	}
	for k := m.j + 1; k < len(st.low) && k <= m.j+2; k++ {
		if f := st.mentionAt(k); f != nil {
			if f.i != k || f.kind != "sector" || f.actor.ID != "" || f.place || armedSector.has(f.actor.Sector) {
				return nil
			}
			return f
		}
		if !strings.HasPrefix(st.toks[k].tag, "JJ") {
			return nil
		}
	}
	return nil
}
