package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// mode38GatherVerbs assemble a crowd in a place.
var mode38GatherVerbs = filtered(wordSet("gathered", "gather", "gathers", "gathering", "assembled", "massed",
	"converged", "congregated", "thronged", "rallied", "camped"))

// mode38StateSectors speak for a state: their gatherings are meetings,
// not rallies ("ministers gathered in Paris to call for a truce").
var mode38StateSectors = filtered(wordSet("GOV", "MIL", "COP", "JUD", "LEG", "SPY"))

// mode38GatheredToDemand recodes a demand that is the purpose of a crowd's
// gathering as the rally it is: "parents gathered outside the school on
// Monday to demand that the army bring their sons home", "supporters of
// the party massed near the courthouse to call for the judge's removal"
// (PROTEST demo, CAMEO 141). The gathering verb comes first in the clause
// and nothing but its place and time stands between it and the "to" of
// the demand. Officials gathered to ask for something meet; they do not
// rally.
func (b *building) mode38GatheredToDemand() {
	cd, st := b.cd, b.st
	ev := &cd.ev
	if ev.Type != truce.Request || cd.i < 3 || st.low[cd.i-1] != "to" || len(ev.Source) == 0 {
		return
	}
	for _, a := range ev.Source {
		if mode38StateSectors.has(a.Sector) || a.Country == "" {
			return
		}
	}
	found := false
	for k := cd.i - 2; k >= 0 && k >= cd.i-14; k-- {
		if mode38GatherVerbs.has(st.low[k]) {
			found = strings.HasPrefix(st.toks[k].tag, "VB")
			break
		}
		if strings.HasPrefix(st.toks[k].tag, "VB") || st.low[k] == "and" || st.low[k] == "but" || st.low[k] == ";" {
			return
		}
	}
	if !found {
		return
	}
	row, ok := b.c.lex.cameo["141"]
	if !ok || row.plover != truce.Protest {
		return
	}
	ev.CAMEO, ev.Type, ev.Mode, ev.Goldstein = "141", truce.Protest, row.mode, row.goldstein
	ev.Context = row.context
	if ev.Context == nil {
		ev.Context = []string{}
	}
	ev.Quad = quadOf(ev.Type)
	ev.ACLEDType, ev.ACLEDSubtype = "Protests", "Peaceful protest"
}
