package code

// Blame given by unnamed local people: "Residents blamed Boko Haram",
// "witnesses blamed the militia for the killings". Who the people on the
// spot think did it tells who attacked; it is no accusation one party
// makes against another.

import "github.com/truce-project/truce"

// localPeople are the unnamed bystanders a report quotes on who did it.
var localPeople = filtered(wordSet("residents", "resident", "witnesses", "witness", "eyewitnesses", "villagers",
	"locals", "survivors", "relatives", "neighbours", "neighbors", "passers-by", "onlookers"))

// localBlameVerbs attribute an attack to a doer.
var localBlameVerbs = filtered(wordSet("blamed", "blame", "blames", "blaming"))

// localsBlame reports whether the accusation cd is a blame ("blamed")
// whose source is only the civilians of a noun of localPeople as its
// subject: "Residents blamed the Jalisco cartel", "local witnesses blamed
// soldiers". A named person, a group of victims' families speaking as a
// body or a "residents' association" has a name or a sector of its own
// and stays.
func localsBlame(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Accuse || cd.e.pos != 'V' || !localBlameVerbs.has(st.low[cd.i]) || len(cd.src) == 0 {
		return false
	}
	for _, m := range cd.src {
		if m.actor.Sector != "CVL" || m.j > cd.i || !localPeople.has(st.low[m.j-1]) {
			return false
		}
	}
	return true
}

// lendBlame gives the locals' blame cd, before it is dropped, the one use
// it has: the accused becomes the doer of the attack told just before
// with none of its own, as blamed does for any accusation ("A drone
// strike killed 26 people … Residents blamed the federal army").
func lendBlame(d *doc, cd *candidate) {
	if len(cd.ev.Target) == 0 {
		return
	}
	for n := len(d.cands) - 1; n >= 0; n-- {
		prev := d.cands[n]
		if prev == cd || prev.folded || !prev.e.has(flagViolent) || prev.st.s.Index > cd.st.s.Index ||
			cd.st.s.Index-prev.st.s.Index > 1 || prev.st == cd.st && prev.i > cd.i {
			continue
		}
		if len(prev.ev.Source) == 0 && !sameSide(cd.ev.Target, prev.ev.Target) &&
			prev.ev.Status != truce.StatusNegated && prev.ev.Status != truce.StatusHypothetical {
			prev.ev.Source = []truce.Actor{cd.ev.Target[0]}
		}
		return
	}
}
