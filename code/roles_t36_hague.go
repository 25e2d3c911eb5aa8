package code

// A prisoner sent to The Hague is handed to the court that sits there and
// that the story names: "police arrested the former president on a warrant
// from the International Criminal Court and put him on a plane to The Hague"
// is cooperation with the court, not an act aimed at the prisoner.

import "strings"

// hagueCourt returns, for a trigger that takes someone to The Hague (its
// words or the few after it end on "to the hague"), the international court
// or tribunal the story names (in cd's sentence or any before it) as a
// mention at cd's trigger; nil when the trigger goes nowhere near The Hague
// or no such court is named.
func hagueCourt(d *doc, cd *candidate) []*mention {
	st := cd.st
	to := false
	for k := cd.i; k+2 < len(st.low) && k < cd.j+3; k++ {
		if st.low[k] == "to" && st.low[k+1] == "the" && st.low[k+2] == "hague" {
			to = true
			break
		}
	}
	if !to {
		return nil
	}
	for _, x := range d.sents {
		if x.s.Index > st.s.Index {
			continue
		}
		for n := range x.mentions {
			a := x.mentions[n].actor
			if a.ID == "" || a.Sector != "IGO" || isState(a) {
				continue
			}
			if name := strings.ToLower(a.Name); strings.Contains(name, "court") || strings.Contains(name, "tribunal") {
				a.Text = ""
				return []*mention{{i: cd.i, j: cd.j, actor: a, kind: "implied"}}
			}
		}
	}
	return nil
}
