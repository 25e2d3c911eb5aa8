package code

// gsr21: an intent told with the act it promises ("Syria says it is willing
// to withdraw its troops from Lebanon", "Baku agreed to free 32 Armenian
// servicemen") is made to whoever the promised act touches. When the act
// right after the intent's "to" is built with a target and the same doer,
// the intent, which found no target of its own, takes that act's target.
// PLOVER's records and our own gold both name it: the promise to withdraw
// from Lebanon is an intent towards Lebanon.

import "github.com/truce-project/truce"

// gsr21IntentTarget gives a built intent (AGREE) with a doer and no target
// the target of the act its "to" introduces, built in the same sentence by
// the same doer. Its confidence rises as any event's does with a target.
func (c *Coder) gsr21IntentTarget(d *doc, st *sent, built []*candidate) {
	for _, a := range built {
		if a.folded || a.e.pos != 'V' || a.ev.Type != truce.Agree || len(a.ev.Target) > 0 || len(a.ev.Source) == 0 {
			continue
		}
		k := gsr21ComplementStart(st, a)
		if k < 0 {
			continue
		}
		tgt := gsr21PromisedTo(a, built, k)
		if tgt == nil {
			// "offered to hand over to Great Britain two suspects": the
			// act is no event of its own; who it touches is named in it.
			if m := gsr21TouchedIn(st, k); m != nil {
				tgt = c.resolveGeneric(d, st, st.coordinated(m), a.ev.Location, a.ev.Source)
			}
		}
		tgt = gsr21Others(tgt, a.ev.Source)
		if len(tgt) == 0 {
			continue
		}
		a.ev.Target = tgt
		a.ev.Confidence += 0.2
		a.ev.ID = eventID(d.a.ID, st.s.Index, a.ev.Type, a.ev.Source, a.ev.Target, a.i)
	}
}

// gsr21PromisedTo returns the target of the act built at token k by the
// intent's doer, or nil.
func gsr21PromisedTo(a *candidate, built []*candidate, k int) []truce.Actor {
	for _, b := range built {
		if b != a && !b.folded && b.i == k && len(b.ev.Target) > 0 && len(b.ev.Source) > 0 && hasSame(a.ev.Source, b.ev.Source[0]) {
			return b.ev.Target
		}
	}
	return nil
}

// gsr21Others returns a copy of tgt without the actors of src: a promise
// is not made to its maker.
func gsr21Others(tgt, src []truce.Actor) []truce.Actor {
	var out []truce.Actor
	for _, t := range tgt {
		if !hasSame(src, t) {
			out = append(out, t)
		}
	}
	return out
}

// gsr21ComplementStart returns the token after the "to" that closes an
// intent trigger ("is willing to", "agreed to"), or -1 when no "to"
// follows the trigger at once. An adverb after "to" is skipped ("agreed to
// gradually withdraw").
func gsr21ComplementStart(st *sent, a *candidate) int {
	k := -1
	switch {
	case a.j >= 1 && a.j <= len(st.low) && st.low[a.j-1] == "to":
		k = a.j
	case a.j < len(st.low) && st.low[a.j] == "to":
		k = a.j + 1
	}
	if k < 0 || k >= len(st.low) {
		return -1
	}
	if st.toks[k].tag == "RB" && k+1 < len(st.low) {
		k++
	}
	return k
}

// gsr21TouchedPreps put the party a promised act touches after them: "hand
// over to Britain", "withdraw from Lebanon", "talks with Moscow".
var gsr21TouchedPreps = filtered(wordSet("to", "with", "from", "toward", "towards"))

// gsr21TouchedIn returns the first named actor of the promised act that
// starts at k, in its own clause: a name used as an actor, or a country
// named after one of gsr21TouchedPreps. "its nationals" and other unnamed
// actors are passed over; a comma or a relative clause ends the search.
func gsr21TouchedIn(st *sent, k int) *mention {
	cl := st.clause[k]
	for n := k; n < len(st.low) && n < k+12; n++ {
		if st.clause[n] != cl || st.low[n] == "," && !st.listComma(n) || relativeWords.has(st.low[n]) {
			return nil
		}
		m := st.mentionAt(n)
		if m == nil || m.i != n || m.actor.ID == "" {
			continue
		}
		if !m.place || n > 0 && gsr21TouchedPreps.has(st.low[n-1]) && m.actor.ID == m.actor.Country {
			return m
		}
	}
	return nil
}
