package code

import "github.com/truce-project/truce"

// roles_s58: a defence ministry that moves troops or strikes is the army's
// command, not the cabinet. "The defence ministry said it had sent 300
// more soldiers to the area", "Taiwan's defence ministry said it
// scrambled fighter jets": the doer of a deployment or an attack named by
// the ministry of defence, or by a pronoun standing for it, is the
// state's forces (MIL); what the ministry says, accuses or rejects stays
// the government's.

// s58DefenceWords open the name of a defence ministry.
var s58DefenceWords = filtered(wordSet("defence", "defense"))

// s58MinistryWords close it.
var s58MinistryWords = filtered(wordSet("ministry", "department"))

// s58MilitaryDoers gives the army for the junta or the defence ministry the
// coder read as the government in the attacks and deployments of built.
func (c *Coder) s58MilitaryDoers(d *doc, st *sent, built []*candidate) {
	c.s58JuntaFights(d, built)
	for _, cd := range built {
		if cd.folded || cd.ev.Type != truce.Mobilize && cd.ev.Type != truce.Assault || cd.st != st {
			continue
		}
		for n, a := range cd.ev.Source {
			if a.Sector != "GOV" || a.Country == "" || !isState(a) || !s58DefenceDoer(st, cd, a.Country) {
				continue
			}
			cd.ev.Source[n] = c.sectorActor(truce.Actor{Text: a.Text, Sector: "MIL"}, a.Country, d.date)
		}
	}
}

// s58DefenceDoer reports whether a source mention of cd of country cc is a
// defence ministry, or a pronoun after one named earlier in the sentence.
func s58DefenceDoer(st *sent, cd *candidate, cc string) bool {
	for _, m := range cd.src {
		if m.actor.Country != "" && m.actor.Country != cc {
			continue
		}
		if s58DefenceMinistryAt(st, m) {
			return true
		}
		if m.kind != "pronoun" {
			continue
		}
		for k := range st.mentions {
			q := &st.mentions[k]
			if q.j <= m.i && (q.actor.Country == "" || q.actor.Country == cc) && q.actor.Sector == "GOV" && s58DefenceMinistryAt(st, q) {
				return true
			}
		}
	}
	return false
}

// s58DefenceMinistryAt reports whether the words of m in st name a defence
// ministry: "defence ministry", "the Defense Department".
func s58DefenceMinistryAt(st *sent, m *mention) bool {
	if m.i < 0 || m.j > len(st.low) {
		return false
	}
	for k := m.i; k+1 < m.j; k++ {
		if s58DefenceWords.has(st.low[k]) && s58MinistryWords.has(st.low[k+1]) {
			return true
		}
	}
	return false
}
