package code

// Ground a state's forces win back is won from someone: the armed group
// the story tells of.

import "github.com/truce-project/truce"

// foeSectors are the sectors of those a state's forces take ground back
// from: rebels, militias and gangs.
var foeSectors = filtered(wordSet("REB", "MLT", "CRM"))

// regainedFrom gives a retaking of ground by state forces that names no
// one it was taken from the armed group the story names nearest to it:
// in its own sentence first ("the recapture of the town by the army
// ended a week-long occupation by the insurgents"), then the sentences
// before it, then those after ("Troops retook the district capital on
// Sunday. The rebels said they had pulled out to spare civilians").
func (b *building) regainedFrom() {
	ev := &b.cd.ev
	if ev.ACLEDSubtype != subRegains || len(ev.Target) > 0 || len(ev.Source) == 0 {
		return
	}
	sents := b.d.sents
	at := -1
	for k, st := range sents {
		if st == b.st {
			at = k
		}
	}
	if at < 0 {
		return
	}
	order := []int{at}
	for k := at - 1; k >= 0; k-- {
		order = append(order, k)
	}
	for k := at + 1; k < len(sents); k++ {
		order = append(order, k)
	}
	for _, k := range order {
		// In its own sentence the foe is named after the retaking; those
		// before it are its doers and their backers ("Troops, backed by
		// allied militiamen, retook the town").
		from := 0
		if k == at {
			from = b.cd.j
		}
		if a, ok := armedFoe(sents[k], from, ev.Source); ok {
			a.Text = ""
			ev.Target = []truce.Actor{a}
			b.tgt = ev.Target
			return
		}
	}
}

// armedFoe returns the last non-state armed actor st names from token
// from on, other than one of src, if any.
func armedFoe(st *sent, from int, src []truce.Actor) (truce.Actor, bool) {
	for k := len(st.mentions) - 1; k >= 0; k-- {
		a := st.mentions[k].actor
		if st.mentions[k].i < from || st.mentions[k].place || a.ID == "" || !foeSectors.has(a.Sector) || isState(a) && a.Sector == "" || hasSame(src, a) {
			continue
		}
		return a, true
	}
	return truce.Actor{}, false
}
