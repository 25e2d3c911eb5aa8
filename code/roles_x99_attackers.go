package code

import "github.com/truce-project/truce"

// roles_x99: "the attackers" are the doers of the attack just told. In
// "Gunmen of the Red Hand gang stormed the town's jail. Residents said
// the attackers burned homes", or "supporters of the party attacked a
// rally … The assailants set cars on fire", the definite noun of an
// attack's doer names no new actor: it points back to the side that made
// the last attack of the sentences before, a named band, a militia or a
// crowd, whatever sector the country's generic bands would give it.

// x99DoerNouns name people only by the attack they made.
var x99DoerNouns = filtered(wordSet("attackers", "attacker", "assailants", "assailant", "raiders", "raider"))

// x99DoerSectors are the sides "the attackers" may point back to: no
// state force, which a story calls by its name ("the soldiers").
var x99DoerSectors = filtered(wordSet("REB", "CRM", "MLT", "OPP", "PRO"))

// x99AttackersBefore returns the non-state doer of the last attack told in
// the two sentences before st when m is a generic "the attackers" that is
// its clause's subject ("the attackers also abducted"), or nil; one shot
// at ("guards shot the attacker") is left to the target's own reading.
func (d *doc) x99AttackersBefore(st *sent, m *mention) *truce.Actor {
	if m.actor.ID != "" || m.j < 1 || m.j > len(st.low) || !x99DoerNouns.has(st.low[m.j-1]) {
		return nil
	}
	if m.i < 1 || st.low[m.i-1] != "the" && st.low[m.i] != "the" || m.j >= len(st.low) || !pronounSubject(st, m.j-1) {
		return nil
	}
	for n := len(d.cands) - 1; n >= 0; n-- {
		p := d.cands[n]
		if p.st == nil || p.st.s.Index >= st.s.Index {
			continue
		}
		if p.st.s.Index < st.s.Index-2 {
			break
		}
		if p.folded || p.ev.Type != truce.Assault || len(p.ev.Source) != 1 {
			continue
		}
		if a := p.ev.Source[0]; a.ID != "" && x99DoerSectors.has(a.Sector) {
			return &a
		}
	}
	return nil
}
