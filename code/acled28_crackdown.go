package code

// ACLED labels for people the police or troops shoot at a gathering: a
// crowd told as gathered or holding a vigil in the shooting's own
// sentence, or a protest told a sentence or two before it.

import "github.com/truce-project/truce"

// shotAtGathering relabels a shooting of civilians by the state's police
// or troops as excessive force against protesters when the people shot
// were gathered ("soldiers fired on mourners who gathered outside the
// barracks", "police opened fire on a candlelight vigil") or when the
// article has just told a street protest ("Students marched on the
// ministry in Kavala. A 15-year-old was shot dead by police near the
// university."). A protest told as turned violent is a riot, whose dead
// ACLED counts otherwise, and a shooting set apart ("elsewhere",
// "meanwhile") or of the protest's own sentence is left as it is.
func shotAtGathering(d *doc) {
	for _, q := range d.cands {
		if !shotByState(q) {
			continue
		}
		if gatheredIn(q.st) || protestJustTold(d, q) {
			q.ev.ACLEDType, q.ev.ACLEDSubtype = acledProtests, subExcessive
		}
	}
}

// shotByState reports whether cd tells, as a fact, the state's police or
// troops shooting or killing civilians (or unnamed people).
func shotByState(cd *candidate) bool {
	ev := &cd.ev
	if cd.folded || ev.Type != truce.Assault || ev.ACLEDType != acledCivilians || ev.ACLEDSubtype != subAttack ||
		ev.Status != "reported" || len(ev.Source) == 0 || !stateForce(ev.Source[0]) || !policeOrTroops(ev.Source) {
		return false
	}
	if len(ev.Target) > 0 && !civilOnly(ev.Target) {
		return false
	}
	return ev.Mode == "firearms" || lethal(cd.st)
}

// gatheredIn reports whether the sentence shows people gathered: a vigil,
// or "gathered" said of people ("worshippers who gathered outside the
// station", "residents had gathered at the square"), not of things
// ("gathered evidence").
func gatheredIn(st *sent) bool {
	if st.hasAny(&vigilWords) {
		return true
	}
	for k, w := range st.low {
		if w != "gathered" && w != "assembled" {
			continue
		}
		if k > 0 && gatheredBy.has(st.low[k-1]) || k+1 < len(st.low) && gatheredAt.has(st.low[k+1]) {
			return true
		}
	}
	return false
}

// vigilWords name a gathering held in protest or mourning.
var vigilWords = filtered(wordSet("vigil", "vigils"))

// gatheredBy come before "gathered" said of people; gatheredAt after it.
var (
	gatheredBy = filtered(wordSet("who", "had", "have", "were", "was", "crowd", "crowds", "people", "residents", "that"))
	gatheredAt = filtered(wordSet("outside", "at", "in", "near", "around", "on", "for", "to", "before", "after"))
)

// protestJustTold reports whether a street protest, not told as violent,
// is told in one of the two sentences before cd's, as a protest or as
// force used on one ("where security forces fired tear gas"): the people
// shot were the protest's.
func protestJustTold(d *doc, cd *candidate) bool {
	if cd.st.hasAny(&shootingApart) {
		return false
	}
	for _, p := range d.cands {
		gap := cd.st.s.Index - p.st.s.Index
		if p.folded || gap < 1 || gap > 2 || p.ev.ACLEDType != acledProtests ||
			p.ev.Mode == "boycott" || p.ev.Status != "reported" {
			continue
		}
		if riotingIn(p.st, 0, len(p.st.low)) || p.st.hasPhrase("turned", "violent") || p.st.hasPhrase("turn", "violent") {
			return false
		}
		return true
	}
	return false
}

// shootingApart set a shooting apart from the protest told before it.
var shootingApart = filtered(wordSet("elsewhere", "meanwhile", "separately", "however", "unrelated"))
