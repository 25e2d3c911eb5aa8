package code

import "github.com/truce-project/truce"

// mediatorTitles may stand between a possessor and the go-between it
// names: "the African Union's chief mediator", "Qatar's lead negotiator".
var mediatorTitles = filtered(wordSet("chief", "lead", "top", "main", "senior", "special", "joint", "official"))

// brokeringVerbs tell a go-between's work with its doer before them:
// "Angola's president has been mediating between Kinshasa and Kigali",
// "with Malaysia facilitating".
var brokeringVerbs = filtered(wordSet("mediating", "facilitating", "brokering"))

// brokerAuxiliaries may stand between a go-between and its verb.
var brokerAuxiliaries = filtered(wordSet("has", "have", "had", "been", "is", "are", "was", "were", "also", "long", "still"))

// brokerSubject finds who does the brokering verb at k: the actor named
// just before it, past auxiliaries, a relative pronoun and a name
// ("Norway has long been facilitating", "Kenyan President Ali Moi is
// mediating", "Oman, which brokered the swap").
func brokerSubject(st *sent, k int) []*mention {
	n := k - 1
	for n >= 0 && brokerAuxiliaries.has(st.low[n]) {
		n--
	}
	// "Norway, which facilitated the talks": the relative's antecedent.
	if n >= 2 && (st.low[n] == "which" || st.low[n] == "who") && st.low[n-1] == "," {
		n -= 2
	}
	// "Angolan President Joao Lourenco has been mediating": a name the
	// dictionary lacks, after the title that names the state.
	for n > 0 && st.mentionAt(n) == nil && st.toks[n].tag == "NNP" && n >= k-6 {
		n--
	}
	return st.actorsEndingAt(n)
}

// appositeBroker finds the actors a go-between noun describes in
// apposition: "Cuba and Norway, two of the guarantor countries, hailed
// the deal", "Egypt, the main mediator, said".
func appositeBroker(st *sent, k int) []*mention {
	n := k - 1
	for n >= 0 && n >= k-5 {
		w := st.low[n]
		if w == "," {
			break
		}
		if w != "the" && w != "a" && w != "one" && w != "two" && w != "three" && w != "of" && !mediatorTitles.has(w) {
			return nil
		}
		n--
	}
	if n < 1 || st.low[n] != "," {
		return nil
	}
	m := st.mentionAt(n - 1)
	if m == nil || m.j != n || m.actor.ID == "" || m.place {
		return nil
	}
	return st.coordinated(m)
}

// laterBrokers gives an agreement that opens no truce, or a release, the
// go-between a later sentence names, as truceDetails does for a truce: in
// "Caracas and the opposition signed a deal in Barbados. … Norway, which
// facilitated the talks, praised both sides." Norway brokered the deal;
// in "The rebels freed two aid workers. Swiss diplomats had mediated for
// months." the Swiss brokered the release. A sentence speaks of the last
// such act told before it.
func laterBrokers(d *doc) {
	var last *candidate
	for _, st := range d.sents {
		if last != nil && last.st != st && len(last.ev.Mediators) == 0 && last.ev.CeasefireID == "" {
			for _, m := range mediators(st) {
				if m.place || m.actor.ID == "" || hasSame(last.ev.Source, m.actor) || hasSame(last.ev.Target, m.actor) {
					continue
				}
				last.ev.Mediators = appendActor(last.ev.Mediators, m.actor)
			}
		}
		for _, cd := range d.cands {
			if cd.st == st && !cd.folded && (cd.ev.Type == truce.Agree || cd.ev.Type == truce.Retreat && cd.ev.Mode == "release") {
				last = cd
			}
		}
	}
}
