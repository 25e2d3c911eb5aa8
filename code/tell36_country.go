package code

import "github.com/truce-project/truce"

// tell36LocalTellers are the generic tellers that speak from where the
// event happened: people on the ground ("residents said", "survivors
// said", "medics said") have the country of the place they tell of.
var tell36LocalTellers = filtered(map[string]bool{"CVL": true, "REF": true, "HLH": true, "EDU": true, "REL": true, "LAB": true})

// tell36TellerCountry gives a generic local teller the event's country
// when its sentence names no place to take one from: "Gangs seized the
// hillside district on Wednesday, residents said" in a story of Haiti
// are Haitian residents, the country the event was placed in.
func (c *Coder) tell36TellerCountry(d *doc, ev *truce.Event) {
	r := ev.ReportedBy
	if r == nil || r.ID != "" || r.Country != "" || !tell36LocalTellers.has(r.Sector) {
		return
	}
	cc := ""
	if ev.Location != nil {
		cc = ev.Location.Country
	}
	if cc == "" {
		return
	}
	a := c.sectorActor(*r, cc, d.date)
	ev.ReportedBy = &a
}

// tell36ToldBody returns the body a generic teller told, when the "told"
// at k hands the account to a rights group or an international body that
// published it: "survivors told UN investigators that …", "witnesses told
// a rights group …". The body is the teller; "residents told reporters"
// keeps the residents.
func tell36ToldBody(st *sent, k int, m *mention) *mention {
	if st.low[k] != "told" || m.actor.ID != "" {
		return m
	}
	for n := k + 1; n < len(st.low) && n <= k+2; n++ {
		if b := st.mentionAt(n); b != nil && !b.place && b.actor.ID != "" && (b.actor.Sector == "IGO" || b.actor.Sector == "NGO") {
			return b
		}
	}
	return m
}

// tell36RelativeTeller returns the teller whose relative clause stands
// between it and the report verb at k: "survivors who reached the border
// said …", "peacekeepers of the mission, whose base lies nearby, said …".
// The clause must hold no report verb or "that" of its own.
func tell36RelativeTeller(st *sent, k int) *mention {
	for w := k - 1; w > 0 && w >= k-14; w-- {
		x := st.low[w]
		if reportVerbs.has(x) || x == "that" || x == ";" {
			return nil
		}
		if x != "who" && x != "whose" {
			continue
		}
		if w+1 == k {
			return nil // "…, who said": relativeHead's, not the clause's subject
		}
		e := w
		if st.low[e-1] == "," {
			e--
		}
		if e == 0 {
			return nil
		}
		// "who" opens a clause of its own, so the phrase is found by
		// words, as relativeReport finds it.
		s := e
		for s > 0 && s > e-6 && st.low[s-1] != "," && st.low[s-1] != "that" {
			s--
		}
		return speakerIn(st, s, e)
	}
	return nil
}
