package code

// What a side launched is not whom it launched it at: "Russia launched 90
// drones overnight" read the drones as Russia's own forces hit. With no
// place or actor aimed at, the target is the state that reports the
// launch ("…, Ukraine's air force said"), else the other side of the
// article's two states, else no one.

import "github.com/truce-project/truce"

// launchedWeaponT52 replaces the target of an attack that is only the
// weapons its launching verb fired.
func (c *Coder) launchedWeaponT52(d *doc) {
	for _, cd := range d.cands {
		ev := &cd.ev
		if cd.folded || ev.Type != truce.Assault || len(cd.tgt) != 1 || len(ev.Source) == 0 || !cd.st.t52LaunchedWeapon(cd, cd.tgt[0]) {
			continue
		}
		st := cd.st
		cc := ev.Source[0].Country
		if cc == "" {
			continue
		}
		ev.Target = nil
		if r := st.t52Reporter(cc); r != "" {
			if a, ok := c.actors.Lookup(r, d.date); ok {
				ev.Target = []truce.Actor{a}
			}
		} else if x, ok := otherSide(d.dyad, ev.Source); ok {
			ev.Target = []truce.Actor{x}
		}
	}
}

// t52LaunchedWeapon reports whether m is a bare weapon noun that the
// launching verb of cd fires, past a count or a salvo noun ("launched 90
// drones", "fired a barrage of rockets"), and that is aimed at nothing
// named after it.
func (st *sent) t52LaunchedWeapon(cd *candidate, m *mention) bool {
	if cd.e.pos != 'V' || m.actor.ID != "" || m.j != m.i+1 || !isWeaponWord(st.low[m.i]) || m.i < cd.j || !launchingVerbT52.has(st.low[cd.j-1]) {
		return false
	}
	if st.x74FiredWeapon(m) {
		return false
	}
	for k := cd.j; k < m.i; k++ {
		if w := st.low[k]; w != "a" && w != "an" && w != "of" && w != "and" && !st.x74SalvoWord(k) && !isModifier(st.toks[k]) && !isWeaponWord(w) {
			return false
		}
	}
	return true
}

// launchingVerbT52 are the verbs of firing whose object is what is fired.
var launchingVerbT52 = filtered(wordSet("fired", "fires", "firing", "launched", "launches", "launching"))

// t52Reporter returns the country of a state organ that reports in the
// sentence, of another country than cc ("Ukraine's air force said"), or
// "".
func (st *sent) t52Reporter(cc string) string {
	for v := 1; v < len(st.low); v++ {
		if !reportVerbs.has(st.low[v]) {
			continue
		}
		for _, m := range st.subject(v) {
			if a := m.actor; isState(a) && a.Country != cc && (a.Sector == "" || stateSides.has(a.Sector)) {
				return a.Country
			}
		}
	}
	return ""
}
