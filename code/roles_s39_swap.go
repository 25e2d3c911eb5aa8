package code

// A prisoner freed "in exchange for" another: the second release is the
// other side's.

import "github.com/truce-project/truce"

// swapOpenersS39 follow a release and name what was given for it: "freed
// the aid worker in exchange for a diplomat jailed in Belgium", "released
// in return for".
var swapOpenersS39 = [][]string{{"in", "exchange", "for"}, {"in", "return", "for"}, {"in", "a", "swap", "for"}}

// swapReleases adds, for a release by one state of another's national
// told with what was given in exchange ("Iran freed a Belgian aid worker
// in exchange for an Iranian diplomat jailed in Belgium", "the American
// player was freed in exchange for an arms dealer"), the release the swap
// implies: by the state of the one freed first, to the state that freed
// him. The text names it in the same breath; it is an act of its own, not
// a second actor on the first.
func (c *Coder) swapReleases(d *doc) {
	var add []*candidate
	for _, cd := range d.cands {
		if cd.folded || cd.st == nil || cd.ev.Type != truce.Retreat || cd.ev.Mode != "release" || !swapAfterS39(cd.st, cd.j) {
			continue
		}
		giver, taker := firstStateCountryS39(cd.ev.Source), firstStateCountryS39(cd.ev.Target)
		if giver == "" || taker == "" || giver == taker || releasedBetweenS39(d, cd.st, taker, giver) {
			continue
		}
		m := *cd
		m.ev.Source = []truce.Actor{c.sectorActor(truce.Actor{Sector: "GOV"}, taker, d.date)}
		m.ev.Target = []truce.Actor{c.sectorActor(truce.Actor{Sector: "GOV"}, giver, d.date)}
		// The same teller and the same go-between.
		m.ev.Mediators = append([]truce.Actor(nil), cd.ev.Mediators...)
		m.ev.ID = eventID(d.a.ID, cd.st.s.Index, m.ev.Type, m.ev.Source, m.ev.Target, cd.j)
		m.src, m.tgt, m.corefOf = nil, nil, nil
		add = append(add, &m)
	}
	d.cands = append(d.cands, add...)
}

// swapAfterS39 reports whether a swap opener follows token j closely, in
// the same clause: "freed X on Friday in exchange for Y".
func swapAfterS39(st *sent, j int) bool {
	for k := j; k < len(st.low) && k < j+12; k++ {
		if st.low[k] == ";" || st.low[k] == "." {
			return false
		}
		for _, w := range swapOpenersS39 {
			if k+len(w) > len(st.low) {
				continue
			}
			match := true
			for n, x := range w {
				if st.low[k+n] != x {
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
	}
	return false
}

// firstStateCountryS39 returns the country of the first actor of a side
// that belongs to a state, or "".
func firstStateCountryS39(as []truce.Actor) string {
	for _, a := range as {
		if a.Country != "" && isState(a) {
			return a.Country
		}
	}
	return ""
}

// releasedBetweenS39 reports whether the sentence already has a release
// by state from of someone of state to.
func releasedBetweenS39(d *doc, st *sent, from, to string) bool {
	for _, x := range d.cands {
		if x.folded || x.st != st || x.ev.Type != truce.Retreat || x.ev.Mode != "release" {
			continue
		}
		if firstStateCountryS39(x.ev.Source) == from && hasCountry(x.ev.Target, to) {
			return true
		}
	}
	return false
}
