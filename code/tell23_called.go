package code

import "strings"

// Who names what an act was done to tells the act: in "jets struck what
// the military called a rebel camp" the military is the source of the
// report, as the writer has the target only on its word.

// whatNamingVerbs put a name on the object of the act before them: "what
// Tehran called", "what the ministry described as".
var whatNamingVerbs = filtered(wordSet("called", "calls", "described", "describes", "termed", "terms", "dubbed", "branded"))

// namedTellers gives an act no speaker is named for the speaker of a
// "what X called" clause right after its trigger: "struck what the army
// called a gathering of fighters", "apologised for what the Kremlin
// called a tragic incident".
func (c *Coder) namedTellers(d *doc) {
	c.tellersAfter(d, whatCalledBy)
}

// whatCalledBy returns the speaker of a "what X called" clause that opens
// after the trigger ending at j, in its clause and before any comma, or
// nil: "struck what the army called", "apologised to Aliyev on Saturday
// for what the Kremlin called".
func whatCalledBy(st *sent, j int) *mention {
	for k := j; k < len(st.low) && k <= j+10; k++ {
		w := st.low[k]
		if w == "," || w == ";" || st.clause[k] != st.clause[j-1] && w != "what" {
			return nil
		}
		if w != "what" {
			continue
		}
		n := k + 1
		if n < len(st.low) && (st.low[n] == "the" || st.low[n] == "a" || st.low[n] == "an" || st.low[n] == "its") {
			n++
		}
		for n < len(st.low) && n < k+4 && st.mentionAt(n) == nil && strings.HasPrefix(st.toks[n].tag, "JJ") {
			n++ // "what the regional government called"
		}
		m := st.mentionAt(n)
		if m == nil || m.i > n || m.place || m.j >= len(st.low) || !whatNamingVerbs.has(st.low[m.j]) {
			return nil
		}
		return m
	}
	return nil
}

// tellersAfter gives each act that has no teller the speaker that speaker
// finds after its trigger. A body named by its sector alone ("what the
// military called …") is the attacker's own when a state acted; other
// speakers resolve as generic mentions do, a ministry speaking for its
// government.
func (c *Coder) tellersAfter(d *doc, speaker func(st *sent, j int) *mention) {
	for _, cd := range d.cands {
		if cd.folded || cd.ev.ReportedBy != nil {
			continue
		}
		m := speaker(cd.st, cd.j)
		if m == nil {
			continue
		}
		if a := m.actor; a.ID == "" && a.Country == "" && a.Sector != "" && len(cd.ev.Source) > 0 && isState(cd.ev.Source[0]) {
			a.Country = countryOf(cd.ev.Source[0])
			a.ID = a.Country + a.Sector
			cd.ev.ReportedBy = &a
			continue
		}
		if r := c.resolveGeneric(d, cd.st, []*mention{governmentVoice(cd.st, m)}, cd.ev.Location, nil); len(r) == 1 && (r[0].ID != "" || r[0].Country != "") {
			cd.ev.ReportedBy = &r[0]
		}
	}
}
