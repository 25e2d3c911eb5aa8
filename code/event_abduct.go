package code

import "github.com/truce-project/truce"

// seizedAsAbduction recodes a seizure whose object is people as an
// abduction: "gunmen seized 30 villagers from a market" is ASSAULT/abduct
// (CAMEO 181), not the seizure of ground or goods. The ACLED territory
// rule has already decided who was taken, so its label is the test. Told
// in the passive ("30 villagers seized from a market"), the people named
// before the verb are the ones taken, not the takers.
func (c *Coder) seizedAsAbduction(ev *truce.Event, e *entry, st *sent) {
	if ev.Mode != "seize" || ev.ACLEDSubtype != subAbduction {
		return
	}
	if !c.recode(ev, "181") {
		return
	}
	if i, _ := triggerSpan(e, st); i > 0 && seizedPeople.has(st.low[i-1]) && len(ev.Target) == 0 && len(ev.Source) == 1 && civilianSector.has(ev.Source[0].Sector) {
		ev.Source, ev.Target = nil, ev.Source
	}
}

// recode gives ev the category, mode, Goldstein score, quad and context
// of the CAMEO code's row, or reports false when the table lacks the code.
func (c *Coder) recode(ev *truce.Event, code string) bool {
	row, ok := c.lex.cameo[code]
	if !ok {
		return false
	}
	ev.CAMEO, ev.Type, ev.Mode, ev.Goldstein = code, row.plover, row.mode, row.goldstein
	ev.Quad = quadOf(ev.Type)
	ev.Context = row.context
	if ev.Context == nil {
		ev.Context = []string{}
	}
	return true
}
