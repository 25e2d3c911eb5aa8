package code

// ACLED labels lost with the event (issue 3), round acled36: property
// destruction whose event fails on its target. "Insurgents abducted three
// women and torched eight huts, a district administrator said" and "the
// attackers also set fire to dozens of shelters" burn the homes of the
// place's people, but the sentence names no one as their owner: the
// burning is coded with no target, or with the one who tells it, and the
// gold event, which wants the civilians, is then paired with a sibling
// attack or abduction and takes its label instead of looting/property
// destruction.

import "github.com/truce-project/truce"

// acled36DwellingWords name the homes people live in.
var acled36DwellingWords = filtered(wordSet("hut", "huts", "house", "houses", "home", "homes", "shelter", "shelters",
	"dwelling", "dwellings", "shack", "shacks", "tent", "tents", "homestead", "homesteads"))

// acled36OwnerWords, after a dwelling, name whose it was ("the homes of
// 40 families", "houses belonging to the chief"): the owner is then the
// target, not the place's people.
var acled36OwnerWords = filtered(wordSet("of", "belonging", "owned", "used", "rented"))

// acled36DwellingsBurnt gives the burning of homes whose owner no actor
// names ("torched a dozen huts", "set their shelters alight") the
// civilians of the country where it happened as its target, when the
// event has none or has only the one who tells it ("…, a district
// administrator said"). In dev the gold admits the place's civilians as
// the target of 70 of the 72 events that destroy homes with no owner
// told after them and give a target (the two others are migrants' and
// refugees' homes; five more give none), and of all 4 events the rule
// changes (each then matched, two with the looting label they had lost).
// Homes named with an owner after them ("the private home of the prime
// minister", "the homes of several lawmakers": in dev 2 of those 4 are
// not civilians' homes) or before them ("Christian homes", which already
// give a target) keep the target their owner gives.
func (c *Coder) acled36DwellingsBurnt(d *doc) {
	for _, cd := range d.cands {
		ev := &cd.ev
		if cd.folded || ev.Type != truce.Assault || ev.Mode != "destroy" || !acled36NoVictim(ev) {
			continue
		}
		st := cd.st
		h := st.acled36Dwelling(cd)
		if h < 0 {
			continue
		}
		cc := ""
		if ev.Location != nil {
			cc = ev.Location.Country
		}
		if cc == "" {
			cc = t54LastLand(d, st)
		}
		if cc == "" {
			continue
		}
		if a, ok := c.actors.Lookup(cc+"CVL", d.date); ok {
			a.Text = st.toks[h].text
			ev.Target = []truce.Actor{a}
		}
	}
}

// acled36NoVictim reports whether ev has no target, or only the actor the
// text attributes the report to.
func acled36NoVictim(ev *truce.Event) bool {
	switch {
	case len(ev.Target) == 0:
		return true
	case len(ev.Target) == 1 && ev.ReportedBy != nil:
		t := &ev.Target[0]
		return t.Text != "" && t.Text == ev.ReportedBy.Text && t.ID == ev.ReportedBy.ID
	}
	return false
}

// acled36Dwelling returns the dwelling noun that is the object of cd's
// trigger, within it ("set their shelters alight") or just after it
// ("torched eight huts", "set fire to dozens of shelters"), with no
// actor, place, verb or comma before it and no owner after it; else -1.
func (st *sent) acled36Dwelling(cd *candidate) int {
	if cd.i < 0 || cd.i >= len(st.low) {
		return -1
	}
	cl := st.clause[cd.i]
	end := min(len(st.low), max(cd.j, cd.i+1)+6)
	for k := cd.i + 1; k < end; k++ {
		if st.clause[k] != cl || st.low[k] == "," || st.mentionAt(k) != nil || st.placeAtX51(k) != nil {
			return -1
		}
		if k >= cd.j && len(st.toks[k].tag) > 1 && st.toks[k].tag[:2] == "VB" {
			return -1
		}
		if !acled36DwellingWords.has(st.low[k]) {
			continue
		}
		if k+1 < len(st.low) && acled36OwnerWords.has(st.low[k+1]) {
			return -1
		}
		return k
	}
	return -1
}
