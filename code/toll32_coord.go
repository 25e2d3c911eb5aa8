package code

import "github.com/truce-project/truce"

// A toll told in a clause of its own after the act that caused it, with a
// passive verb that names no killer: "troops shelled the village, and at
// least five civilians were killed"; "mobs attacked traders and looted
// their stalls, and four people have been killed". The dead are the act's
// toll, and the passive verb is no attack of its own.

// tollApart holds words that set the clause of a toll apart from the act
// told before it: "…, and in a separate incident two were killed".
var tollApart = filtered(wordSet("separately", "separate", "elsewhere", "meanwhile", "unrelated", "while", "whereas",
	"earlier", "later", "previously", "since"))

// coordinatedToll returns the act told before a toll r read in a clause
// joined by "and", or the riot told in a "when" or "as" clause after it,
// when r's verb is a passive with no agent and codes an
// event of its own with no source, or with the act's own doer as source;
// it folds that event into the act. It
// returns nil when r is told otherwise. Of the acts before, the last
// attack or riot is taken ("attacked traders and looted their stalls").
func coordinatedToll(st *sent, cands []*candidate, r tollRead) *candidate {
	if r.k < 0 || !passiveBefore(st, r.k) {
		return nil
	}
	var own *candidate
	for _, cd := range cands {
		if cd.i == r.k && !cd.folded && cd.corefOf == nil && cd.ev.ID != "" && cd.e.has(flagKill) {
			own = cd
		}
	}
	if own == nil || byAfter(st, own.j) {
		return nil
	}
	// The passive may have taken the doer of the act before as its agent
	// (operationAgent); it is still that act's toll.
	agent := len(own.ev.Source) > 0
	// "two people were killed as rioters torched shops": the riot's toll
	if riot := riotWhen(st, cands, own); riot != nil && !agent {
		own.folded = true
		return riot
	}
	if r.i < 2 || st.low[r.i-1] != "and" {
		return nil
	}
	var act, near *candidate
	for _, cd := range cands {
		if cd == own || cd.i >= r.i || cd.folded || !isViolent(cd) {
			continue
		}
		near = cd
		if cd.ev.Type == truce.Assault || isRiot(cd) {
			act = cd
		}
	}
	if act == nil {
		act = near
	}
	if act == nil || agent && (len(act.ev.Source) == 0 || act.ev.Source[0].ID != own.ev.Source[0].ID) {
		return nil
	}
	for k := act.j; k < r.i; k++ {
		if tollApart.has(st.low[k]) || st.low[k] == ";" {
			return nil
		}
	}
	own.folded = true
	return act
}
