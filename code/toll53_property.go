package code

import "github.com/truce-project/truce"

// Issue 3, round toll53: tolls count people. A figure of dead or wounded
// told beside an act on property only (homes burned, shops looted), in a
// clause of its own, is the toll of the attack on people told just before,
// not of the burning: "Gunmen raided villages, killing 160. The official
// said the attackers also torched scores of homes and that more than 300
// wounded people were being treated" gives the 300 to the raid; "The UN
// later put the toll at 43 and said several homes had been burned" revises
// the toll of the attack before. A figure the act's own clause tells ("set
// fire to a train, killing four", "15 were killed as crowds burned shops")
// stays with it. Dev: both sentences where a property act's event took
// such a figure (wire59-001, wire3-065) give it, in the gold, to the
// attack told before.

// toll53PropertyToll moves the tolls of an act on property that a clause
// apart from it tells to the attack on people told in the sentences just
// before.
func toll53PropertyToll(d *doc, st *sent, cands []*candidate, reads []tollRead) {
	for _, cd := range cands {
		if !cd.folded && isViolent(cd) && cd.ev.Mode != "destroy" {
			return // the sentence tells an act that may hurt people
		}
	}
	prev := latestViolent(d, st)
	if prev == nil || prev.st == st || prev.ev.Type != truce.Assault || prev.ev.Mode == "destroy" {
		return
	}
	revised := revision(st)
	for _, r := range reads {
		cd := tollEvent(st, cands, r)
		if cd == nil || cd.folded || cd.ev.Mode != "destroy" || !toll53ApartClause(st, cd, r) {
			continue
		}
		from, to := &cd.ev.Fatalities, &prev.ev.Fatalities
		if r.field == "injuries" {
			from, to = &cd.ev.Injuries, &prev.ev.Injuries
		}
		if *from == nil || **from != r.count {
			continue
		}
		switch old := *to; {
		case old == nil:
			*to = *from
		case revised && r.count.Min > old.Min:
			*to = *from
		}
		*from = nil
	}
}

// toll53ApartClause reports whether toll r is told apart from the act on
// property cd: before it by a toll noun ("put the toll at 43 and said
// homes had been burned"), or after it in a clause of its own ("torched
// homes and that 300 wounded people were treated", "…; 300 were hurt").
func toll53ApartClause(st *sent, cd *candidate, r tollRead) bool {
	if r.i < cd.i {
		return r.k < 0 && tollVerbBefore(st, r.i) == "" // a toll noun's figure, not "killing 40"
	}
	for n := cd.j; n < r.i; n++ {
		switch st.low[n] {
		case ";", "said", "says", "adding":
			return true
		case "that":
			return st.low[n-1] == "and"
		}
	}
	return false
}
