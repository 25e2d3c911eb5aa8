package code

// Captives handed over: the one who hands them over is the one who held
// them, not the one who receives them.

import "github.com/truce-project/truce"

// handoverVerbsS39 open a transfer of people to another party: "were handed
// over to", "was handed to", "were turned over to", "were transferred to".
var handoverVerbsS39 = filtered(wordSet("handed", "turned", "transferred", "delivered"))

// handoverParticlesS39 stand between the verb and its "to".
var handoverParticlesS39 = filtered(wordSet("over", "back"))

// passiveAuxS39 make the verb after them passive.
var passiveAuxS39 = filtered(wordSet("was", "were", "be", "been", "being", "is", "are"))

// passiveHandovers recodes a handover told in the passive, with no agent
// ("the suspects were handed over to Kenyan police at the border", "the
// pilots were handed to Chadian officials in Abeche"): the party after
// "to" receives them and is the target; the one who gives them is the
// state that held them, told by where the handover happened, else by the
// state that tells of it, else by the other state of the story's pair.
// The coder takes the one after "to" for the doer, as in the active "the
// army handed them over to the Red Cross" it would be the receiver.
func (c *Coder) passiveHandovers(d *doc) {
	for _, cd := range d.cands {
		if cd.folded || cd.st == nil || len(cd.src) == 0 || len(cd.ev.Source) == 0 || !passiveHandoverS39(cd.st, cd.i, cd.j) {
			continue
		}
		// Only when the doer found is the party after "to".
		after := true
		for _, m := range cd.src {
			if m.i < cd.j {
				after = false
			}
		}
		if !after {
			continue
		}
		recv := cd.ev.Source
		cc := handoverGiverS39(d, &cd.ev, recv)
		if cc == "" {
			continue
		}
		giver := c.sectorActor(truce.Actor{Sector: "GOV"}, cc, d.date)
		tgt := make([]truce.Actor, 0, len(recv)+len(cd.ev.Target))
		tgt = append(tgt, recv...)
		for _, t := range cd.ev.Target {
			if t.Country != cc {
				tgt = appendActor(tgt, t)
			}
		}
		cd.ev.Source = []truce.Actor{giver}
		cd.ev.Target = tgt
	}
}

// passiveHandoverS39 reports whether the trigger [i, j) is a passive handover
// verb ending in "to" with no "by" agent after it.
func passiveHandoverS39(st *sent, i, j int) bool {
	if j-i < 2 || j > len(st.low) || st.low[j-1] != "to" || !handoverVerbsS39.has(st.low[i]) {
		return false
	}
	for k := i + 1; k < j-1; k++ {
		if !handoverParticlesS39.has(st.low[k]) {
			return false
		}
	}
	// "were handed", "were later handed", "would be handed".
	k := i - 1
	if k >= 0 && st.toks[k].tag == "RB" {
		k--
	}
	if k < 0 || !passiveAuxS39.has(st.low[k]) {
		return false
	}
	for n := j; n < len(st.low) && n < j+10; n++ {
		if st.low[n] == "by" {
			return false
		}
		if st.low[n] == ";" || st.low[n] == "and" && n > j+1 {
			break
		}
	}
	return true
}

// handoverGiverS39 returns the country of the state that gives up the
// captives: the land of the handover, else the state that tells it, else
// the other state of the story's pair; never the receiver's.
func handoverGiverS39(d *doc, ev *truce.Event, recv []truce.Actor) string {
	ok := func(cc string) bool {
		return cc != "" && !hasCountry(recv, cc)
	}
	if l := ev.Location; l != nil && l.Precision != "country" && ok(l.Country) {
		return l.Country
	}
	if r := ev.ReportedBy; r != nil && isState(*r) && ok(r.Country) {
		return r.Country
	}
	for _, x := range d.dyad {
		if ok(x.Country) {
			return x.Country
		}
	}
	return ""
}
