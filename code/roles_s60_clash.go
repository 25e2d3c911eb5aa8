package code

import "github.com/truce-project/truce"

// Issue 3, round s60: the dead of a fight told by its other side. In "at
// least 12 protesters were killed in clashes with security forces" or
// "three miners died in a gunfight with police" the killing names no doer
// of its own, and the side the fight was with is who killed them. Where
// the fight noun is not the trigger itself (a crowd's "clashes with
// police" is coded as their protest), the killing was left without a
// source. Gold codes the side after "with" as the source, or lists the
// fight as symmetric so that either order stands: dev 8 of 9 killings "in
// a clash / clashes / a gunfight / an exchange of fire with X" (the ninth
// names no side at all). Elsewhere the clash trigger already gives the
// sides; on dev this reading fills the one killing left without them.

// s60CasualtyWords are the participles a death or wound is told with in
// the passive or as what befell the victims.
var s60CasualtyWords = filtered(wordSet("killed", "died", "dead", "wounded", "injured", "hurt", "slain"))

// s60FightLead open the phrase a fight is told in after the casualty:
// "killed in clashes with", "died during a gunfight with", "wounded amid
// fighting with".
var s60FightLead = filtered(wordSet("in", "during", "amid", "amidst"))

// s60ClashDoer gives each killing of st that names no doer and is told
// "in clashes with X" the side X, with those coordinated with it, unless X
// is the victims' own side. A side named by its sector alone ("security
// forces") is of the country the killing took place in.
func (c *Coder) s60ClashDoer(d *doc, st *sent, built []*candidate) {
	for _, cd := range built {
		if cd.folded || cd.ev.Type != truce.Assault || len(cd.ev.Source) != 0 || !s60Casualty(st, cd) {
			continue
		}
		m := st.s60ClashSide(cd.j)
		if m == nil {
			continue
		}
		cc := countryOfEvent(cd.ev.Location, cd.ev.Target)
		var src []truce.Actor
		for _, x := range st.coordinated(m) {
			a := x.actor
			if x.place || a.ID == "" && a.Sector == "" {
				continue
			}
			if a.ID == "" {
				if cc == "" {
					continue
				}
				a = c.sectorActor(truce.Actor{Text: a.Text, Sector: a.Sector}, cc, d.date)
			}
			src = append(src, a)
		}
		if len(src) == 0 || sameSide(src, cd.ev.Target) {
			continue
		}
		cd.ev.Source = src
	}
}

// s60Casualty reports whether cd's trigger is a casualty participle.
func s60Casualty(st *sent, cd *candidate) bool {
	for k := cd.i; k < cd.j && k < len(st.low); k++ {
		if s60CasualtyWords.has(st.low[k]) {
			return true
		}
	}
	return false
}

// s60ClashSide returns the first actor named after the "with" or
// "against" of a fight phrase opening at token j ("in heavy clashes with
// the police", "in an exchange of fire with gunmen"), or nil.
func (st *sent) s60ClashSide(j int) *mention {
	if j >= len(st.low) || !s60FightLead.has(st.low[j]) {
		return nil
	}
	with := st.fightWith(j, 7)
	if with < 0 {
		return nil
	}
	for k := with + 1; k < len(st.low) && k <= with+5; k++ {
		if x := st.mentionAt(k); x != nil {
			if x.place {
				return nil
			}
			return x
		}
		if st.low[k] == "," || st.low[k] == "that" || st.low[k] == "which" || st.low[k] == "who" || st.low[k] == "and" {
			return nil
		}
	}
	return nil
}
