package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// refusalCodes turn a concession's CAMEO root into the refusal of it: "would
// not resign" refuses a change of leader (1231), "would not surrender" or
// "withdraw" refuses to yield militarily (1246). Longest prefix first.
var refusalCodes = []struct{ concede, reject string }{
	{"083", "1231"}, {"084", "1243"}, {"081", "1244"}, {"085", "1244"},
	{"086", "1246"}, {"087", "1246"}, {"08", "124"},
}

// futureRefusal reports whether the trigger at i is negated by a future
// auxiliary right before it: "would not surrender", "will never resign",
// "won't withdraw". A concession so negated is refused now, not a past act
// that failed to happen ("did not withdraw").
func futureRefusal(st *sent, i int) bool {
	for k := i - 1; k >= 1 && k >= i-3; k-- {
		switch st.low[k] {
		case "not", "never", "n't":
			switch st.low[k-1] {
			case "would", "will", "wo", "shall":
				return true
			}
			return false
		}
		if st.toks[k].tag != "RB" {
			return false
		}
	}
	return false
}

// refusedConcession recodes a concession that a speaker says will not be
// made as the refusal it is: "Dodik said he would not surrender", "the
// farmers say they will never leave the square" (REJECT, reported). With
// no one named, it refuses whoever last acted on the speaker.
func (b *building) refusedConcession() {
	cd, st := b.cd, b.st
	ev := &cd.ev
	if ev.Status != truce.StatusNegated || ev.Type != truce.Concede && ev.Type != truce.Retreat || !futureRefusal(st, cd.i) {
		return
	}
	for _, r := range refusalCodes {
		if strings.HasPrefix(ev.CAMEO, r.concede) {
			row := b.c.lex.cameo[r.reject]
			if row.plover != truce.Reject {
				return
			}
			ev.CAMEO, ev.Type, ev.Mode, ev.Goldstein = r.reject, truce.Reject, row.mode, row.goldstein
			ev.Context = row.context
			if ev.Context == nil {
				ev.Context = []string{}
			}
			ev.Quad = quadOf(ev.Type)
			ev.ACLEDType, ev.ACLEDSubtype = "", ""
			ev.Status = truce.StatusReported
			if len(ev.Target) == 0 && len(ev.Source) > 0 {
				if a, ok := b.d.lastDoerOn(cd, ev.Source[0]); ok {
					ev.Target = []truce.Actor{a}
				}
			}
			return
		}
	}
}

// lastDoerOn returns the doer of the latest act told before cd whose
// target is the actor x itself: "the prosecutor ordered Dodik's arrest …
// Dodik said he would not surrender" refuses the prosecutor.
func (d *doc) lastDoerOn(cd *candidate, x truce.Actor) (truce.Actor, bool) {
	if x.ID == "" {
		return truce.Actor{}, false
	}
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		if p == cd || p.folded || p.st.s.Index > cd.st.s.Index || p.st.s.Index == cd.st.s.Index && p.i >= cd.i {
			continue
		}
		if len(p.ev.Source) == 0 || p.ev.Source[0].ID == x.ID {
			continue
		}
		// (A speaker known only by country, "Khan said", is whoever of
		// that country was acted on.)
		for _, t := range p.ev.Target {
			if t.ID == x.ID || x.ID == x.Country && t.Country == x.Country {
				return p.ev.Source[0], true
			}
		}
	}
	return truce.Actor{}, false
}
