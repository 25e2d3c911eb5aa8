package code

// The protest that force met: a crowd the sentence tells as protesting,
// dispersed, fired on or detained, is a protest of its own beside the force.

import (
	"strings"

	"github.com/truce-project/truce"
)

// protestMet adds to the events built from a sentence the protest of a
// crowd that force was used on, when the crowd is told as protesting in
// the force's object: "police fired tear gas to disperse thousands of
// people rallying against the new law" tells the rally and the tear gas,
// two events, both ACLED's "Protest with intervention". A shooting into
// the crowd (ACLED's "Excessive force against protesters") is one event:
// "soldiers opened fire on villagers protesting against the mine" adds no
// protest. A demand the crowd makes
// ("protesters demanding his resignation") is what the protest is for, no
// statement of its own. A protest noun that coded nothing for want of
// actors is the crowd's when the force is told in a relative clause on
// it: "two days of rallies in which police used pepper spray against the
// crowd" tells the rallies. Nothing is added when the sentence already
// tells a protest.
func (c *Coder) protestMet(d *doc, st *sent, cands, built []*candidate) {
	for _, b := range built {
		if b.ev.Type == truce.Protest {
			return
		}
	}
	for _, cd := range built {
		if cd.ev.Type != truce.Assault && cd.ev.Type != truce.Coerce || cd.ev.ACLEDType != "Protests" {
			continue
		}
		var crowd []truce.Actor
		for _, a := range cd.ev.Target {
			if a.Sector == "PRO" && a.Country != "" {
				crowd = append(crowd, a)
			}
		}
		p := protestingCrowd(st, cd)
		if p < 0 && !mode33ProtestTold(d, st) {
			p = mode33ProtestNamed(st, cd)
		}
		if p < 0 && !mode33ProtestTold(d, st) {
			p = mode46ProtestersWho(st, cd)
		}
		if p < 0 && cd.ev.ACLEDSubtype == "Protest with intervention" && c.forceWithin(st, cands, cd) {
			p = cd.i
		}
		if len(crowd) == 0 || p < 0 {
			continue
		}
		pr := *cd
		pr.ev = c.metProtest(d, st, cd, crowd)
		for _, b := range built {
			if b.i == p && b.ev.Quad == 3 {
				b.folded = true
				c.trace(st, b, "what a crowd met by force was protesting for (\"protesters demanding his resignation\")")
			}
		}
		// "soldiers opened fire on villagers protesting against the
		// mine": a shooting into a protest is one event, ACLED's
		// "Excessive force against protesters"; the crowd's protest is
		// its setting.
		if cd.ev.ACLEDSubtype != "Excessive force against protesters" {
			d.cands = append(d.cands, &pr)
		}
		return
	}
}

// metProtest is the protest of crowd that the force cd met: its doers the
// crowd, aimed at the authorities of their country, at the force's place
// and time, with the force's ACLED labels and no toll of its own.
func (c *Coder) metProtest(d *doc, st *sent, cd *candidate, crowd []truce.Actor) truce.Event {
	ev := cd.ev
	row := c.lex.cameo["141"]
	ev.Type, ev.Mode, ev.CAMEO, ev.Goldstein = truce.Protest, "demo", "141", row.goldstein
	ev.Quad = quadOf(ev.Type)
	ev.Context = row.context
	if ev.Context == nil {
		ev.Context = []string{}
	}
	ev.Source = crowd
	cc := crowd[0].Country
	ev.Target = []truce.Actor{{Name: cc + " government", ID: cc + "GOV", Country: cc, Sector: "GOV"}}
	if a, ok := c.actors.Lookup(cc+"GOV", d.date); ok {
		ev.Target = []truce.Actor{a}
	}
	ev.Fatalities, ev.Injuries, ev.Claims = nil, nil, nil
	ev.RetaliatesFor, ev.CeasefireID, ev.Mediators = "", "", nil
	ev.Rule = "event_crowd.go: the protest of a crowd force was used on: " + strings.Join(st.low[cd.i:cd.j], " ")
	ev.ID = eventID(d.a.ID, st.s.Index, ev.Type, ev.Source, ev.Target, cd.i+1)
	return ev
}

// forceWithin reports whether the force cd is told in a relative clause
// on a protest noun before it that coded no event of its own: "nights of
// protests in which riot police fired tear gas".
func (c *Coder) forceWithin(st *sent, cands []*candidate, cd *candidate) bool {
	for _, p := range cands {
		if p.j > cd.i || !p.folded || p.corefOf != nil || c.ploverOf(p.e) != truce.Protest || !nounUse(st, p) || cd.i-p.j > 10 {
			continue
		}
		// The clause hangs on the protest: no verb stands between them.
		for k := p.j; k+1 < cd.i; k++ {
			if (st.low[k] == "in" || st.low[k] == "during") && st.low[k+1] == "which" || st.low[k] == "where" {
				return true
			}
			if verbAt(st, k) && st.mentionAt(k) == nil {
				break
			}
		}
	}
	return false
}

// protestingCrowd returns the token at which a crowd in the object of the
// force cd is told as protesting — a protest participle after the crowd's
// noun ("thousands of people protesting against", "students rallying
// outside parliament", "crowds gathered in the square"), or a demand or a
// site right after a word for protesters ("protesters demanding",
// "protesters outside parliament") — or -1. The crowd stands within a few words
// of the force, in its clause.
func protestingCrowd(st *sent, cd *candidate) int {
	end := min(len(st.low), cd.j+16)
	for k := cd.j + 1; k < end; k++ {
		w := st.low[k]
		if w == ";" || w == "." || clauseBreaks.has(w) {
			return -1
		}
		prev := st.toks[k-1].tag
		if protestParticiples.has(w) && strings.HasPrefix(prev, "NN") {
			return k
		}
		// "protesters demanding his resignation", "demonstrators outside
		// parliament": protesters with their demand or their site.
		if (w == "demanding" || w == "outside") && protesterNouns.has(st.low[k-1]) {
			return k
		}
		// "cleared protesters from outside the embassy".
		if w == "outside" && st.low[k-1] == "from" && k >= 2 && protesterNouns.has(st.low[k-2]) {
			return k
		}
	}
	return -1
}

// protestParticiples tell a crowd as protesting when they follow its noun.
var protestParticiples = filtered(map[string]bool{
	"protesting": true, "demonstrating": true, "rallying": true, "marching": true,
	"gathered": true, "massed": true, "assembled": true,
})

// protesterNouns name a crowd as protesters.
var protesterNouns = filtered(map[string]bool{
	"protesters": true, "protestors": true, "demonstrators": true, "marchers": true,
})

// unnamedRioters gives a protest noun that names no one, but whose toll
// the sentence tells right after it, the crowd the noun implies as its
// doers: "a second night of rioting left three people dead" tells a riot
// by the place's protesters, with its toll. It reports whether it gave
// them. A protest noun with no toll and no one named ("weeks of
// protests") stays background.
func (c *Coder) unnamedRioters(st *sent, cd *candidate) bool {
	if c.ploverOf(cd.e) != truce.Protest || !nounUse(st, cd) || len(cd.src) > 0 || len(cd.tgt) > 0 || !tollAfter(st, cd.j) {
		return false
	}
	cd.src = []*mention{{i: cd.i, j: cd.j, kind: "sector", actor: truce.Actor{Text: st.textOf(cd.i, cd.j), Sector: "PRO"}}}
	return true
}

// tollAfter reports whether the words from j tell a toll of what stands
// before them, within its clause: "… left four people dead", "… left
// dozens injured".
func tollAfter(st *sent, j int) bool {
	for k := j; k < len(st.low) && k < j+8; k++ {
		w := st.low[k]
		if w == ";" || w == "," || clauseBreaks.has(w) {
			return false
		}
		if w != "left" {
			continue
		}
		for n := k + 1; n < len(st.low) && n < k+6; n++ {
			switch st.low[n] {
			case "dead", "injured", "wounded", "hurt":
				return true
			}
		}
		return false
	}
	return false
}
