package code

import "github.com/truce-project/truce"

// tell35Unanswered makes an abuse that a teller of another side says a
// state's forces or an armed group did, and that the accused side leaves
// unanswered in the next sentences, an allegation: "Villagers said soldiers
// had burned their houses. The army did not respond to requests for
// comment." The teller's word is the only source, and the text marks it as
// one. (A denial alone does not: "a missile hit the station, officials
// said. Moscow denied targeting civilians" tells the strike as fact.)
func tell35Unanswered(d *doc) {
	for _, cd := range d.cands {
		ev := &cd.ev
		if cd.folded || ev.Status != truce.StatusReported || ev.ReportedBy == nil || len(ev.Source) == 0 ||
			ev.Type != truce.Assault && ev.Type != truce.Coerce {
			continue
		}
		// The charge is what a teller before it says ("residents said
		// soldiers had …"), not a deed told first and sourced after.
		if k := governingReport(cd.st, cd.i); k < 0 || cd.st.low[k] == "according" {
			continue
		}
		accused := ev.Source[0]
		if !stateForce(accused) && !claimant(accused) || tell35SideOf(*ev.ReportedBy, accused) {
			continue
		}
		n := cd.st.s.Index
		for _, st := range d.sents {
			if idx := st.s.Index; idx <= n || idx > n+2 {
				continue
			}
			if tell35Answer(st, accused) {
				ev.Status = truce.StatusAlleged
				break
			}
		}
	}
}

// tell35SideOf reports whether a speaker stands for the accused side: the
// same actor, the same state (its army, its government, its ministry), or
// an organ no text placed ("the military", "officials") when the accused
// is a state's.
func tell35SideOf(a, accused truce.Actor) bool {
	if sameActor(a, accused) {
		return true
	}
	if isState(accused) {
		if a.Country == accused.Country && stateForce(a) {
			return true
		}
		if a.ID == "" && (a.Country == "" || a.Country == accused.Country) {
			switch a.Sector {
			case "MIL", "GOV", "COP", "SPY":
				return true
			}
		}
	}
	return false
}

// tell35Answer reports whether a sentence tells the accused side not
// answering a charge: "The army did not respond to requests for comment",
// "Officials declined to comment".
func tell35Answer(st *sent, accused truce.Actor) bool {
	for m := range st.low {
		if !tell35AnswerAt(st, m) {
			continue
		}
		for x := m - 1; x >= 0 && x >= m-8; x-- {
			if st.low[x] == "," || st.low[x] == ";" {
				break
			}
			if mn := st.mentionAt(x); mn != nil && !mn.place {
				return tell35SideOf(mn.actor, accused)
			}
		}
	}
	return false
}

// tell35AnswerAt reports whether the words at m say a charge went
// unanswered.
func tell35AnswerAt(st *sent, m int) bool {
	switch st.low[m] {
	case "respond", "responded", "comment", "commented", "reply", "replied":
		for x := m - 1; x >= 0 && x >= m-3; x-- {
			switch st.low[x] {
			case "not", "n't", "no", "never", "declined", "refused":
				return true
			}
		}
	}
	return false
}
