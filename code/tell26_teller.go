package code

import "strings"

// tollTellers gives an attack told with no source the teller of the toll
// in the sentence after it, when that sentence tells no attack of its own:
// "Gunmen raided a police post near Kaya overnight. Three officers were
// killed, the ministry said." and "Rioters looted shops in the capital.
// The interior ministry said 12 people had died." Who counts the dead of
// an incident reports the incident. Only an attack that holds a toll, its
// own or the one carried to it, takes the teller; and as it runs after
// every other reading of the reporter, it only fills a gap.
func (c *Coder) tollTellers(d *doc) {
	for _, st := range d.sents {
		// The cheap tests first: most sentences follow no attack that
		// lacks a reporter, and need not have their tolls read.
		prev := firstViolentIn(d, st.s.Index-1)
		if prev == nil || prev.ev.ReportedBy != nil || prev.ev.Fatalities == nil && prev.ev.Injuries == nil {
			continue
		}
		if tellsViolence(d, st) {
			continue
		}
		teller := tollTeller(st)
		if teller == nil {
			continue
		}
		// "the ministry", "officials": the country where the attack
		// took place.
		if r := c.resolveGeneric(d, st, []*mention{teller}, prev.ev.Location, nil); len(r) == 1 && r[0].ID != "" {
			prev.ev.ReportedBy = &r[0]
		}
	}
}

// tellsViolence reports whether the sentence codes a violent event of its
// own, whose toll the sentence's figures then are.
func tellsViolence(d *doc, st *sent) bool {
	for _, cd := range d.cands {
		if cd.st == st && !cd.folded && isViolent(cd) {
			return true
		}
	}
	return false
}

// tollTeller returns who gives the first toll of the sentence, an actor
// and not a place nor one unnamed source (a generic one, "officials", is
// resolved by the caller), before the figure ("the ministry said 12 died") or
// after it ("12 died, the ministry said"), or nil.
func tollTeller(st *sent) *mention {
	for _, r := range readTolls(st) {
		if r.k < 0 || subsetOf(st, r) {
			continue
		}
		m := reporter(st, r.i)
		if m == nil || m.place || anonymousSource(st, m) {
			return nil
		}
		return m
	}
	return nil
}

// firstViolentIn returns the first violent event told in the sentence of
// index s, or nil: the incident a toll told just after it counts.
func firstViolentIn(d *doc, s int) *candidate {
	for _, cd := range d.cands {
		if cd.st.s.Index == s && !cd.folded && isViolent(cd) {
			return cd
		}
	}
	return nil
}

// anonymousSource reports whether the mention m is one unnamed source,
// "a security source", "an aid worker", "one resident": a voice quoted,
// not a body that reports.
func anonymousSource(st *sent, m *mention) bool {
	for k := m.i - 1; k >= 0 && k >= m.i-2; k-- {
		switch st.low[k] {
		case "a", "an", "one":
			return true
		}
		if !strings.HasPrefix(st.toks[k].tag, "JJ") && !strings.HasPrefix(st.toks[k].tag, "NN") {
			return false
		}
	}
	return false
}
