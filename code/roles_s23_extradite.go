package code

import "github.com/truce-project/truce"

// Who hands a person over when the news says only that the person "was
// extradited": the state it was from.

// extraditer returns, as a state's government, who hands over the person
// of a passive "was extradited", "was handed over" that names no agent,
// or nil: the state after "from" in the clause ("was extradited from
// Spain"); else the state of the person handed over, when the person is
// not the receiver's ("Former Guatemalan minister X was extradited to the
// United States": Guatemala extradites its own). tgt is what the passive
// found before the receiver took its place as target.
func (c *Coder) extraditer(d *doc, cd *candidate, tgt []*mention) []*mention {
	st := cd.st
	if cd.src != nil || !handsOver(st, cd) || !st.isPassive(cd.i) {
		return nil
	}
	// The words that name the state stand for it; a person's own state
	// is named by no words of its own.
	m := &mention{i: cd.i, j: cd.i, kind: "country"}
	if s := st.sender(cd.j); s != nil {
		m.i, m.j, m.actor = s.i, s.j, s.actor
	} else if len(tgt) == 1 && !tgt[0].place && st.holds(tgt[0]) {
		m.actor.Country = tgt[0].actor.Country
	}
	cc := m.actor.Country
	if cc == "" || hasCountry(actorsOf(cd.tgt), cc) {
		return nil
	}
	a, ok := c.actors.Lookup(cc+"GOV", d.date)
	if !ok {
		return nil
	}
	a.Text = m.actor.Text
	m.actor = a
	return []*mention{m}
}

// sender finds the country or capital after "from" in the clause of
// token j: "was extradited from Spain", "extradited to Rwanda from the
// Netherlands".
func (st *sent) sender(j int) *mention {
	for k := j; k+1 < len(st.low) && k < j+12; k++ {
		if clauseBreaks.has(st.low[k]) || st.low[k] == "," {
			return nil
		}
		if st.low[k] != "from" {
			continue
		}
		n := k + 1
		if st.low[n] == "the" && n+1 < len(st.low) {
			n++
		}
		if m := st.mentionAt(n); m != nil && m.i == n && (m.kind == "country" || m.kind == "capital") && m.actor.Country != "" {
			return m
		}
	}
	return nil
}

// actorsOf returns the actors of mentions.
func actorsOf(ms []*mention) []truce.Actor {
	out := make([]truce.Actor, 0, len(ms))
	for _, m := range ms {
		out = append(out, m.actor)
	}
	return out
}
