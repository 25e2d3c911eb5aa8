package code

// summonPurpose returns the sides of a complaint made in a purpose clause
// after a summons: in "Hanoi summoned Cambodia's deputy chief of mission
// to protest the raids" Hanoi protests, to Cambodia's government, whose
// envoy it called in. The envoy heads the clause's object; his state is
// the target. ok is false when the trigger is no such complaint.
func (c *Coder) summonPurpose(d *doc, cd *candidate) (src, tgt []*mention, ok bool) {
	st := cd.st
	if cd.i < 3 || st.low[cd.i-1] != "to" || !complaintVerbs.has(st.low[cd.i]) {
		return nil, nil, false
	}
	v := -1
	for k := cd.i - 2; k >= 0 && k > cd.i-16; k-- {
		if st.low[k] == "," || clauseBreaks.has(st.low[k]) {
			break
		}
		if summonWords.has(st.low[k]) {
			v = k
			break
		}
		if st.low[k] == "in" && k > 0 && callWords.has(st.low[k-1]) {
			v = k - 1
			break
		}
	}
	if v < 0 {
		return nil, nil, false
	}
	src = st.subject(v)
	if len(src) == 0 {
		return nil, nil, false
	}
	for k := v + 1; k < cd.i-1; k++ {
		m := st.mentionAt(k)
		if m == nil || m.actor.Country == "" || sameCountry(m, src) {
			continue
		}
		e := *m
		e.place = false
		if a, found := c.actors.Lookup(m.actor.Country+"GOV", d.date); found && (m.actor.ID == m.actor.Country || m.actor.Sector == "GOV") {
			e.actor = a
		}
		return src, []*mention{&e}, true
	}
	return nil, nil, false
}

// summonWords call in a foreign envoy: "summoned", "called in".
var summonWords = filtered(wordSet("summoned", "summons", "summon", "summoning"))

// callWords with "in" call in an envoy: "called in the ambassador".
var callWords = filtered(wordSet("called", "calls", "call", "calling"))

// complaintVerbs say what a summons is for, the summoner's complaint:
// "to protest", "to complain about", "to condemn".
var complaintVerbs = filtered(wordSet("protest", "complain", "condemn", "denounce", "object"))
