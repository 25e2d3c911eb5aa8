package code

// Issue 3, round t54: bare victims in a follow-up. "Boko Haram fighters
// attacked a Chadian army base. They killed eight soldiers": the soldiers
// are the army the group attacked the sentence before, not the army of
// the group's own home country that a bare "soldiers" would be guessed
// from the attacker.

import "github.com/truce-project/truce"

// t54ForceSectors are the sectors of a state's force that bare victims
// ("soldiers", "officers") are read as.
var t54ForceSectors = filtered(wordSet("MIL", "COP"))

// followUpVictimsT54 gives bare state victims of an attack by a group
// that were placed in the group's own home country the country of the
// state the same group attacked in one of the two sentences before.
func (c *Coder) followUpVictimsT54(d *doc) {
	for _, cd := range d.cands {
		ev := &cd.ev
		if cd.folded || ev.Type != truce.Assault || len(ev.Target) != 1 || len(ev.Source) != 1 || len(cd.tgt) != 1 || cd.tgt[0].kind != "sector" {
			continue
		}
		t, s := ev.Target[0], ev.Source[0]
		if !t54ForceSectors.has(t.Sector) || !isState(t) || isState(s) || s.Country != t.Country {
			continue
		}
		cc := t54EarlierVictimState(d, cd, s)
		if cc == "" {
			continue
		}
		a := c.sectorActor(truce.Actor{Sector: t.Sector, Text: t.Text}, cc, d.date)
		a.Text = t.Text
		ev.Target = []truce.Actor{a}
	}
}

// t54EarlierVictimState returns the country of the state whose forces or
// people the group src attacked in one of the two sentences before cd's,
// when that is not the group's home country; "" otherwise.
func t54EarlierVictimState(d *doc, cd *candidate, src truce.Actor) string {
	cc := ""
	for _, e := range d.cands {
		if e.folded || e.ev.Type != truce.Assault || e.st.s.Index >= cd.st.s.Index || e.st.s.Index < cd.st.s.Index-2 {
			continue
		}
		own := false
		for _, a := range e.ev.Source {
			own = own || sameActor(a, src)
		}
		if !own {
			continue
		}
		for _, a := range e.ev.Target {
			if isState(a) && a.Country != src.Country {
				cc = a.Country
			}
		}
	}
	return cc
}
