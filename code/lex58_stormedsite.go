package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// Armed men storming a site the state guards (issue 3): "Gunmen stormed
// the central prison and freed 200 inmates", "rebels raided a police
// station in the north", "insurgents stormed an army barracks before
// dawn". Police or soldiers storming a building may be arresting or
// rescuing, so "stormed" and "raided" are no attack on a thing by
// themselves (propertyHit); done by rebels, gangs or militias to a
// prison, a police station or a barracks, they are an attack on those
// who guard it: the police of the country for a prison or a police
// station, its army for a barracks or a garrison. The inmates freed after
// are the attack's (lex39AttackFreeing).

// lex58PoliceSites are the sites the police guard; lex58ArmySites the army's.
var (
	lex58PoliceSites = filtered(wordSet("prison", "prisons", "jail", "jails", "gaol", "penitentiary", "prison-house"))
	lex58ArmySites   = filtered(wordSet("barracks", "garrison", "garrisons"))
)

// lex58StormedStateSite returns the guards of the prison, police station
// or barracks a non-state armed group stormed or raided, or nil.
func (b *building) lex58StormedStateSite() []truce.Actor {
	cd, st := b.cd, b.st
	if cd.e.pos != 'V' || len(b.src) == 0 || !t57LooseSiteTarget(b.tgt) {
		return nil
	}
	if w := st.low[cd.i]; !strings.HasPrefix(w, "storm") && !strings.HasPrefix(w, "raid") {
		return nil
	}
	for _, a := range b.src {
		if !nonStateArmed(a) {
			return nil
		}
	}
	k := cd.j
	if k < len(st.low) && st.low[k] == "into" {
		k++
	}
	head, guard := t57SiteHead(st, k), ""
	switch {
	case lex58PoliceSites.has(head):
		guard = "COP"
	case lex58ArmySites.has(head):
		guard = "MIL"
	case head == "station" || head == "stations":
		// "a police station": the word before the head says whose.
		for m := k; m < len(st.low) && m < k+6; m++ {
			if st.low[m] == "police" {
				guard = "COP"
			}
			if st.low[m] == head {
				break
			}
		}
	}
	if guard == "" {
		return nil
	}
	cc := ""
	if b.loc != nil {
		cc = b.loc.Country
	}
	if cc == "" {
		cc = b.src[0].Country
	}
	a, ok := b.c.actors.Lookup(cc+guard, b.d.date)
	if cc == "" || !ok {
		return nil
	}
	a.Text = ""
	return []truce.Actor{a}
}
