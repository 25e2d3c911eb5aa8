package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// Issue 3, round t55: whom a protest is against. "Women marched in Kabul
// until Taliban fighters fired into the air", "students marched against
// the extension of military rule": the forces that break a march up, in
// the clause that tells its end, and the army named as the power that
// rules, are not what the crowd protests; the protest is against the
// state's government, as any protest against a state is. A march on an
// army's own headquarters keeps the army.

// t55RuleNouns are the nouns of power after "military" or "army":
// "military rule", "the army regime".
var t55RuleNouns = filtered(wordSet("rule", "regime", "rulers", "takeover", "dictatorship"))

// t55EndOpeners open the clause that tells how a march ended.
var t55EndOpeners = filtered(wordSet("until", "till", "before", "when"))

// t55ProtestedGovernment gives a protest of st whose target is a state's
// army or police named only as rulers or as the force that ended it that
// state's government instead.
func (c *Coder) t55ProtestedGovernment(d *doc, st *sent, built []*candidate) {
	for _, cd := range built {
		if cd.folded || cd.ev.Type != truce.Protest {
			continue
		}
		for n, a := range cd.ev.Target {
			if !isState(a) || a.Sector != "MIL" && a.Sector != "COP" || a.Country == "" {
				continue
			}
			for _, m := range cd.tgt {
				// A bare "soldiers" takes its country only when built.
				if m.place || m.actor.Sector != a.Sector || m.actor.ID != "" && m.actor.ID != a.ID {
					continue
				}
				if t55RulingForce(st, m) || t55EndingForce(st, cd, m) {
					cd.ev.Target[n] = c.sectorActor(truce.Actor{Text: a.Text, Sector: "GOV"}, a.Country, d.date)
					break
				}
			}
		}
	}
}

// t55RulingForce reports whether the army mention m names the power that
// rules: "military rule", "the army regime".
func t55RulingForce(st *sent, m *mention) bool {
	return m.j < len(st.low) && t55RuleNouns.has(st.low[m.j])
}

// t55EndingForce reports whether m is the subject of a clause after the
// protest's trigger that tells its end: "marched … until Taliban fighters
// fired into the air".
func t55EndingForce(st *sent, cd *candidate, m *mention) bool {
	if m.i <= cd.j {
		return false
	}
	for k := m.i - 1; k >= cd.j && k >= m.i-3; k-- {
		if t55EndOpeners.has(st.low[k]) {
			return m.j < len(st.low) && (strings.HasPrefix(st.toks[m.j].tag, "VB") || st.toks[m.j].tag == "MD")
		}
		if !determiners.has(st.low[k]) && !isModifier(st.toks[k]) {
			return false
		}
	}
	return false
}
