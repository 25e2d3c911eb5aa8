package code

import "github.com/truce-project/truce"

// An act a speaker tells and the side said to have done it then denies is
// a charge, not a fact: "Kyiv said Russian troops had shelled the plant.
// Moscow dismissed the claim as a lie." The rebuttal names what it answers
// by a noun of accusation ("the charge", "the claim", "the allegation"),
// and its subject is the doer of the act told just before.

// rebutVerbs deny or belittle what their object names: "denied the
// charge", "dismissed the claim as fabricated", "called the accusation a
// lie".
var rebutVerbs = filtered(wordSet("denied", "denies", "deny", "dismissed", "dismisses", "rejected", "rejects",
	"refuted", "refutes", "rubbished", "called", "calls", "branded", "brands", "described", "termed"))

// chargeObjects are the nouns by which a rebuttal points back at what was
// said against its subject. "The report" is left out: a report is
// rejected as biased and still told as fact.
var chargeObjects = filtered(wordSet("charge", "charges", "claim", "claims", "accusation", "accusations",
	"allegation", "allegations"))

// rebuttedActs are the types of act a charge may be about: a deed, not a
// word (an accusation or a threat told is said, whoever denies it).
var rebuttedActs = filtered(wordSet(truce.Assault, truce.Coerce, truce.Mobilize, truce.Aid))

// chargesRebutted marks as alleged each act told by a speaker that the
// side said to have done it denies in one of the next two sentences, or
// later in the same sentence after a comma: "Washington said Syrian
// forces had used chlorine. It vowed to respond. Damascus denied the
// charge."
func chargesRebutted(d *doc) {
	for _, st := range d.sents {
		for k := range st.low {
			who := rebutter(d, st, k)
			if who == nil {
				continue
			}
			for _, cd := range d.cands {
				if cd.folded || cd.ev.Status != truce.StatusReported || !rebuttedActs.has(cd.ev.Type) {
					continue
				}
				if !rebuttalReaches(d, st, k, cd) || !doneBy(cd.ev.Source, *who) || !toldBySomeoneElse(cd, *who) {
					continue
				}
				cd.ev.Status = truce.StatusAlleged
			}
		}
	}
}

// rebuttalReaches reports whether the rebuttal whose verb is at token k of
// st can answer the act cd tells: one told in the sentence before, or two
// before when no accusation stands between, or earlier in the rebuttal's
// own sentence, a comma away.
func rebuttalReaches(d *doc, st *sent, k int, cd *candidate) bool {
	switch back := st.s.Index - cd.st.s.Index; back {
	case 0:
		return cd.j < k && commaBetween(st, cd.j, k)
	case 1:
		return true
	case 2:
		return !accusationIn(d, st.s.Index-1)
	}
	return false
}

// accusationIn reports whether sentence n tells an accusation: a
// rebuttal after it answers that ("Bangkok accused Cambodian troops of
// laying mines. Phnom Penh denied the charge."), not what came before.
func accusationIn(d *doc, n int) bool {
	for _, cd := range d.cands {
		if cd.st.s.Index == n && !cd.folded && cd.ev.Type == truce.Accuse {
			return true
		}
	}
	return false
}

// rebutter returns who makes a rebuttal whose verb is at token k
// ("Damascus denied the charge", "the junta called the claims baseless"),
// or nil: the doer of the event the verb codes, else the actor named last
// before the verb in its clause.
func rebutter(d *doc, st *sent, k int) *truce.Actor {
	if !rebutVerbs.has(st.low[k]) || k+2 >= len(st.low) {
		return nil
	}
	if !claimDeterminers.has(st.low[k+1]) && st.low[k+1] != "such" || !chargeObjects.has(st.low[k+2]) {
		return nil
	}
	for _, cd := range d.cands {
		if cd.st == st && cd.i <= k && k < cd.j && len(cd.ev.Source) > 0 {
			a := cd.ev.Source[0]
			return &a
		}
	}
	var subj *mention
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j <= k && !m.place && st.clause[m.i] == st.clause[k] && (subj == nil || m.i > subj.i) {
			subj = m
		}
	}
	if subj == nil || subj.actor.Country == "" && subj.actor.ID == "" {
		return nil
	}
	return &subj.actor
}

// doneBy reports whether the act's doers include who, or who's state:
// "Syrian government forces" are denied for by "Damascus".
func doneBy(src []truce.Actor, who truce.Actor) bool {
	for _, a := range src {
		if sameActor(a, who) || isState(who) && isState(a) && countryOf(a) == countryOf(who) {
			return true
		}
	}
	return false
}

// toldBySomeoneElse reports whether the act is told on another's word
// than the rebutter's: a reporter who is not the rebutter's own state, or
// a verb of saying or alleging before the trigger.
func toldBySomeoneElse(cd *candidate, who truce.Actor) bool {
	if r := cd.ev.ReportedBy; r != nil {
		return !sameActor(*r, who) && !(countryOf(*r) == countryOf(who) && officialSectors.has(r.Sector))
	}
	for k := 0; k < cd.i; k++ {
		if attributes(cd.st.low[k]) || allegeVerbs.has(cd.st.low[k]) {
			return true
		}
	}
	return false
}

// officialSectors are the parts of a state that speak for it: a rebuttal
// by its capital answers their word too.
var officialSectors = filtered(wordSet("", "GOV", "MIL", "COP", "SPY", "JUD", "LEG"))

// allegeVerbs charge their subject's adversary with what follows: "the
// rebels alleged that troops had used gas".
var allegeVerbs = filtered(wordSet("alleged", "alleges", "charged", "charges"))
