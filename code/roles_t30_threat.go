package code

// Whom a warning that names no one is aimed at: "The junta warned that
// any intervention would meet a firm response", after a bloc readied its
// troops against it, is aimed at the bloc; "warned that any unauthorised
// march would be broken up" is aimed at the country's protesters.

import (
	"strings"

	"github.com/truce-project/truce"
)

// gatheringNouns name a crowd's act a warning may promise to stop:
// "any unauthorised gathering would be dispersed".
var gatheringNouns = filtered(wordSet("gathering", "gatherings", "protest", "protests", "demonstration", "demonstrations",
	"march", "marches", "rally", "rallies", "sit-in", "sit-ins", "assembly", "assemblies", "strike", "strikes"))

// threatBack is how many sentences back the act a warning answers may be
// told.
const threatBack = 2

// unaimedThreat returns whom a threat by a side the text names that
// names no one is aimed at, or nil. A threat to break up "any" crowd
// ("warned that any unauthorised gathering would be dispersed") is aimed
// at the speaker's country's protesters; any other is aimed at whoever
// acted against the speaker in the sentences just before: "ECOWAS
// ordered its standby force readied … The junta warned that any
// intervention would meet a response" is aimed at ECOWAS.
func (c *Coder) unaimedThreat(d *doc, cd *candidate) []*mention {
	st := cd.st
	if c.lex.cameo[cd.e.cameo].plover != truce.Threaten || cd.e.pos != 'V' || len(cd.src) == 0 || len(cd.tgt) > 0 {
		return nil
	}
	s := cd.src[0].actor
	if s.ID == "" && s.Sector == "" {
		return nil
	}
	if st.anyGathering(cd.j) {
		cc := s.Country
		if cc == "" {
			cc = d.focus
		}
		if !stateSectors.has(s.Sector) && !isState(s) || cc == "" {
			return nil
		}
		if a, ok := c.actors.Lookup(cc+"PRO", d.date); ok {
			a.Text = ""
			return []*mention{{i: cd.i, j: cd.j, actor: a, kind: "implied"}}
		}
		return nil
	}
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		ix := p.st.s.Index
		if p.folded || ix >= st.s.Index || ix < st.s.Index-threatBack || len(p.ev.Source) == 0 {
			continue
		}
		a := p.ev.Source[0]
		if a.ID == "" || sameActor(a, s) || s.Country != "" && a.Country == s.Country {
			continue
		}
		for _, t := range p.ev.Target {
			// ("The junta warned …": a state's organ named bare answers
			// an act against a state.)
			if sameActor(t, s) || s.Country != "" && t.Country == s.Country || s.Country == "" && stateSectors.has(s.Sector) && isState(t) && t.Country != a.Country {
				a.Text = ""
				return []*mention{{i: cd.i, j: cd.j, actor: a, kind: "implied"}}
			}
		}
	}
	return nil
}

// anyGathering reports whether the clause after a warning verb ending at
// j is about "any" or "all" crowds, with modifiers between: "that any
// unauthorised gathering would", "all street protests would".
func (st *sent) anyGathering(j int) bool {
	k := j
	if k < len(st.low) && st.low[k] == "that" {
		k++
	}
	if k >= len(st.low) || st.low[k] != "any" && st.low[k] != "all" {
		return false
	}
	for k++; k < len(st.low) && k < j+6; k++ {
		w := st.low[k]
		if gatheringNouns.has(w) {
			return true
		}
		if !isModifier(st.toks[k]) && !strings.HasPrefix(st.toks[k].tag, "NN") {
			return false
		}
	}
	return false
}
