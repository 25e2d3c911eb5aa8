package code

// ACLED labels read across sentences, once every sentence has its events
// (acledAcross): a protest takes the label of the force police or troops
// used on it, when that force is told in the same sentence or the next
// one. The passes for arrests are in acled27_arrest.go and
// acled27_crime.go.

import "github.com/truce-project/truce"

// interventionRank orders the protest sub-event types by how much force
// the crowd met; a protest takes the strongest it is told of.
var interventionRank = map[string]int{subPeaceful: 0, subIntervened: 1, subExcessive: 2}

// crowdForceSectors are the sectors of the state's forces that break up crowds.
var crowdForceSectors = filtered(map[string]bool{"COP": true, "MIL": true, "SPY": true})

// apartCues are words that set the force in a sentence apart from the
// protest told before it: another place or time ("In nearby Gazipur,
// however, police …", "when a group tried to push past barriers"), or a
// protest said to have stayed calm ("the march passed peacefully, though
// police held seven").
var apartCues = filtered(map[string]bool{
	"however": true, "elsewhere": true, "meanwhile": true, "nearby": true, "when": true,
	"where": true, "earlier": true, "peaceful": true, "peacefully": true, "calm": true,
	"though": true, "although": true, "incidents": true, "no": true, "group": true,
})

// calmWords mark a protest told as peaceful in its own sentence ("crowds
// also rallied peacefully"); it keeps its label whatever follows.
var calmWords = filtered(map[string]bool{"peaceful": true, "peacefully": true, "calm": true, "calmly": true})

// brokenUpProtests relabels a peaceful street protest whose crowd security
// forces acted against in the same or the next sentence: "Thousands marched
// on the parliament in Kestria. Police fired tear gas and held 30 people"
// is a protest with intervention, and one where police shot marchers dead
// is excessive force against protesters. A strike or boycott (mode
// "boycott") is not a crowd in the street and keeps its label; a next
// sentence that tells a protest of its own gives the force to that one.
func brokenUpProtests(d *doc) {
	for _, p := range d.cands {
		if p.folded || p.ev.Type != truce.Protest || p.ev.Mode == "boycott" ||
			p.ev.ACLEDType != acledProtests || p.ev.ACLEDSubtype != subPeaceful ||
			p.st.hasAny(&calmWords) {
			continue
		}
		best := subPeaceful
		for _, q := range d.cands {
			if !forceOnCrowd(q) {
				continue
			}
			switch q.st.s.Index - p.st.s.Index {
			case 0:
			case 1:
				if hasProtest(d, q.st) || q.st.hasAny(&apartCues) {
					continue
				}
			default:
				continue
			}
			if interventionRank[q.ev.ACLEDSubtype] > interventionRank[best] {
				best = q.ev.ACLEDSubtype
			}
		}
		p.ev.ACLEDSubtype = best
	}
}

// forceOnCrowd reports whether cd tells security forces acting against a
// crowd, as a fact: police or troops as its doer, a protest label.
func forceOnCrowd(cd *candidate) bool {
	if cd.folded || cd.ev.Type == truce.Protest || cd.ev.ACLEDType != acledProtests ||
		interventionRank[cd.ev.ACLEDSubtype] == 0 || cd.ev.Status != "reported" {
		return false
	}
	for _, a := range cd.ev.Source {
		if crowdForceSectors.has(a.Sector) {
			return true
		}
	}
	return false
}

// hasProtest reports whether sentence st tells a protest event of its own.
func hasProtest(d *doc, st *sent) bool {
	for _, cd := range d.cands {
		if !cd.folded && cd.st == st && cd.ev.Type == truce.Protest {
			return true
		}
	}
	return false
}

// acledAcross runs the ACLED passes that read more than one sentence, once
// every sentence has its events.
func acledAcross(d *doc) {
	arrestsNotDispersal(d)
	gangSweepArrests(d)
	brokenUpProtests(d)
	shotAtGathering(d)
}
