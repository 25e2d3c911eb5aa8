package code

// The doer of an act named as the subject of a passive verb of doing or
// blame: "The attack on the base was carried out by al-Shabaab", "the
// bombing of the station was perpetrated by separatists", "the raid was
// blamed on ISWAP fighters", "the assault on the post was attributed to
// TTP militants". The act is a noun; its doer stands after "by" (or "on",
// "to"), past the passive auxiliary, not before the trigger.

import "github.com/truce-project/truce"

// s51DoneVerbs are the participles of doing whose "by" phrase names who
// did the act that is their subject.
var s51DoneVerbs = filtered(wordSet("carried", "conducted", "staged", "perpetrated", "committed", "mounted",
	"executed", "orchestrated", "masterminded", "launched", "undertaken", "led", "done",
	"imposed", "announced", "introduced", "levied", "slapped", "ordered", "organised", "organized", "issued",
	"delivered", "deployed", "sent", "declared", "enacted", "adopted"))

// s51ActTypes are the categories of an act whose doer a passive verb's
// agent names; a meeting "hosted by" or a deal "brokered by" a third
// party is not theirs.
var s51ActTypes = filtered(wordSet(truce.Assault, truce.Coerce, truce.Sanction, truce.Protest, truce.Aid, truce.Mobilize, truce.Threaten))

// s51ArmedTypes are the categories in which a state acting is named as
// written, not as its government.
var s51ArmedTypes = filtered(wordSet(truce.Assault, truce.Protest, truce.Mobilize))

// s51BlameVerbs are the participles of blame whose "on" or "to" phrase
// names the doer.
var s51BlameVerbs = filtered(wordSet("blamed", "attributed", "pinned"))

// passiveAgentS51 gives an act told as the subject of a passive verb of
// doing or blame the actor of its agent phrase as its source, when it
// holds no named doer of its own.
func (c *Coder) passiveAgentS51(d *doc) {
	for _, st := range d.sents {
		for k := 1; k+2 < len(st.low); k++ {
			if !gsr23PassiveAux.has(st.low[k]) {
				continue
			}
			by, ok := st.s51AgentAt(k + 1)
			if !ok {
				continue
			}
			m := st.blamedActor(by + 1)
			if m == nil {
				continue
			}
			act := s51SubjectAct(d, st, k)
			if act == nil || s51Named(act.ev.Source) {
				continue
			}
			doer := m.actor
			if doer.ID == "" {
				r := c.resolveGeneric(d, st, []*mention{m}, act.ev.Location, nil)
				if len(r) == 0 || r[0].ID == "" {
					continue
				}
				doer = r[0]
			}
			// ("sanctions were imposed by Britain": a state named in a
			// political act is its government.)
			if doer.ID == doer.Country && doer.ID != "" && !s51ArmedTypes.has(act.ev.Type) {
				if g, ok := c.actors.Lookup(doer.Country+"GOV", d.date); ok {
					g.Text = doer.Text
					doer = g
				}
			}
			act.ev.Source = []truce.Actor{doer}
			act.ev.Target = without(act.ev.Target, doer)
		}
	}
}

// s51AgentAt reads the passive participle at k and returns the token of
// its agent's preposition: "carried out by", "conducted by", "blamed on",
// "attributed to".
func (st *sent) s51AgentAt(k int) (int, bool) {
	w := st.low[k]
	switch {
	case s51DoneVerbs.has(w):
		if k+1 < len(st.low) && st.low[k+1] == "out" {
			k++
		}
		if k+1 < len(st.low) && st.low[k+1] == "by" {
			return k + 1, true
		}
		// "were imposed on Russian banks by the EU": past the phrase
		// of what the act lands on.
		if k+1 < len(st.low) && (st.low[k+1] == "on" || st.low[k+1] == "against" || st.low[k+1] == "to") {
			for n := k + 2; n < len(st.low) && n < k+8; n++ {
				if st.low[n] == "by" {
					return n, true
				}
				if st.low[n] == "," || clauseBreaks.has(st.low[n]) || verbAt(st, n) && st.toks[n].tag != "VBN" {
					break
				}
			}
		}
	case s51BlameVerbs.has(w):
		if k+1 < len(st.low) && (st.low[k+1] == "on" || st.low[k+1] == "to") {
			return k + 1, true
		}
	}
	return 0, false
}

// s51SubjectAct returns the act whose noun heads the subject
// of the auxiliary at k: its trigger opens the clause (past a determiner
// or modifiers) and only its own phrase ("on the Kenyan army base", "in
// the village of Solhan") stands between it and the auxiliary, with no
// verb, comma or clause break.
func s51SubjectAct(d *doc, st *sent, k int) *candidate {
	for n := len(d.cands) - 1; n >= 0; n-- {
		cd := d.cands[n]
		if cd.st != st || cd.j > k {
			continue
		}
		if cd.folded || !s51ActTypes.has(cd.ev.Type) || k-cd.j > 10 || cd.e.pos != 'N' && !isNounTag(st.toks[cd.j-1].tag) {
			return nil
		}
		for q := cd.j; q < k; q++ {
			if st.low[q] == "," || clauseBreaks.has(st.low[q]) || verbAt(st, q) && st.toks[q].tag != "VBN" && st.toks[q].tag != "VBG" {
				return nil
			}
		}
		// Nothing before the act's noun in its clause but its own
		// modifiers: "The attack", "A deadly raid", "Last week's bombing".
		for q := cd.i - 1; q >= 0; q-- {
			if st.low[q] == "," || clauseBreaks.has(st.low[q]) || st.low[q] == "that" {
				break
			}
			if verbAt(st, q) {
				return nil
			}
		}
		return cd
	}
	return nil
}

// s51Named reports whether a side names a known actor.
func s51Named(as []truce.Actor) bool {
	for _, a := range as {
		if a.ID != "" {
			return true
		}
	}
	return false
}
