package code

import "github.com/truce-project/truce"

// Arms a state's forces seize, defuse or blow up are taken from the armed
// group that owns them, not from the village they were found in nor from
// the army that reports it: "troops pursuing the rebels seized a cache of
// rifles in a nearby village" is aimed at the rebels, "soldiers detonated
// two roadside bombs found near the border, police said, blaming
// al-Shabaab fighters" at al-Shabaab, and "troops seized dynamite that
// the army said belonged to a gang" at the gang. The owner is the
// non-state armed actor the sentence names, after the trigger first,
// else the latest one named in the two sentences before.

// t63CacheOwners gives each built seizure of property by a state's forces
// whose target names no owner the armed group the words name.
func (c *Coder) t63CacheOwners(d *doc, st *sent, built []*candidate) {
	for _, cd := range built {
		ev := &cd.ev
		if cd.folded || ev.Type != truce.Coerce || ev.Mode != "seize" || ev.CAMEO != "171" && ev.CAMEO != "1711" {
			continue
		}
		if len(ev.Source) == 0 || !isState(ev.Source[0]) || nonStateArmed(ev.Source[0]) || !t63NoOwner(ev.Target) {
			continue
		}
		if !t63ArmsNear(st, cd.i, cd.j+8) {
			continue
		}
		cc := ev.Source[0].Country
		if a, ok := c.t63ArmedIn(d, st, cd.j, len(st.toks), cc); ok {
			ev.Target = []truce.Actor{a}
			continue
		}
		if a, ok := c.t63ArmedIn(d, st, 0, cd.i, cc); ok {
			ev.Target = []truce.Actor{a}
			continue
		}
		for n := st.s.Index - 1; n >= 0 && n >= st.s.Index-2 && n < len(d.sents); n-- {
			p := d.sents[n]
			if a, ok := c.t63ArmedIn(d, p, 0, len(p.toks), cc); ok {
				ev.Target = []truce.Actor{a}
				break
			}
		}
	}
}

// t63NoOwner reports whether a seizure's target names no one who could
// own arms: none, or only civilians or a state's own organs.
func t63NoOwner(tgt []truce.Actor) bool {
	for _, a := range tgt {
		if a.Sector != "CVL" && !(isState(a) && !nonStateArmed(a)) {
			return false
		}
	}
	return true
}

// t63ArmedIn returns the first non-state armed actor named in tokens
// [from, to) of st: a named group, or a bare rebel or gang noun, which is
// country cc's.
func (c *Coder) t63ArmedIn(d *doc, st *sent, from, to int, cc string) (truce.Actor, bool) {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.place || m.i < from || m.j > to {
			continue
		}
		a := m.actor
		if a.ID != "" && (isArmedGroup(a) || nonStateArmed(a)) {
			return a, true
		}
		if a.ID == "" && (a.Sector == "REB" || a.Sector == "CRM") && cc != "" {
			if r, ok := c.actors.Lookup(cc+a.Sector, d.date); ok {
				r.Text = a.Text
				return r, true
			}
		}
	}
	return truce.Actor{}, false
}

// t63ArmsNouns name arms and ordnance, seized or made safe.
var t63ArmsNouns = filtered(wordSet("weapons", "weapon", "arms", "cache", "caches", "rifles", "rifle", "guns", "gun",
	"pistols", "pistol", "ammunition", "grenades", "grenade", "explosives", "explosive", "bombs", "bomb", "devices",
	"device", "ieds", "ied", "mines", "mine", "landmines", "landmine", "dynamite", "detonators", "rockets",
	"mortars", "missiles", "launchers", "munitions"))

// t63ArmsNear reports whether tokens [i, j) of st, the trigger and the
// words after it, name arms: "seized a cache of rifles", "defused two
// bombs".
func t63ArmsNear(st *sent, i, j int) bool {
	if j > len(st.low) {
		j = len(st.low)
	}
	for k := i; k < j; k++ {
		if t63ArmsNouns.has(st.low[k]) {
			return true
		}
	}
	return false
}
