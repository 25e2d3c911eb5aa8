package code

// premisesNouns name premises an organisation keeps in a city: "the Kabul
// office of the aid group", "the network's Lagos bureau".
var premisesNouns = filtered(map[string]bool{
	"office": true, "offices": true, "bureau": true, "branch": true, "headquarters": true,
	"studio": true, "studios": true, "compound": true,
})

// cityOfOffice reports whether the capital or town m only says where an
// organisation's premises stand, before an office noun and "of": in
// "police raided the Tbilisi office of a Turkish news agency" the act is
// aimed at the agency named after "of", not at the capital's government
// or people.
func cityOfOffice(st *sent, m *mention) bool {
	if m.kind != "capital" && m.kind != "town" || m.i == 0 || m.j+1 >= len(st.low) {
		return false
	}
	return determiners.has(st.low[m.i-1]) && premisesNouns.has(st.low[m.j]) && st.low[m.j+1] == "of"
}

// staffNouns name the people an organisation employs. Held, hurt or
// threatened, they stand for their employer: "detained two of its
// reporters", "abducted three employees of an aid group".
var staffNouns = filtered(map[string]bool{
	"employees": true, "employee": true, "staff": true, "staffers": true, "staffer": true,
	"workers": true, "journalists": true, "reporters": true, "correspondents": true,
	"executives": true, "personnel": true, "volunteers": true,
})

// staffEmployer returns the organisation whose staff a verb trigger's
// object names, or nil: the owner after "of" ("detained four local
// employees of a Danish charity") or the organisation an "its" before
// the staff noun recalls ("raided a radio station and arrested two of
// its presenters" recalls the station). Only a number, "more", "of", a
// determiner, a modifier or a demonym may stand between the trigger and
// the staff noun: the demonym only says where the staff come from.
func (st *sent) staffEmployer(cd *candidate) []*mention {
	if cd.e.pos != 'V' || cd.j == 0 || cd.j >= len(st.low) {
		return nil
	}
	cl := st.clause[cd.j-1]
	for k := cd.j; k < len(st.low) && k < cd.j+7; k++ {
		if st.clause[k] != cl || st.low[k] == "," {
			return nil
		}
		if staffNouns.has(st.low[k]) || t62CrewNouns.has(st.low[k]) {
			return st.employerOf(cd, k)
		}
		if m := st.mentionAt(k); m != nil && m.kind != "demonym" {
			return nil
		}
		if t := st.toks[k].tag; !staffLead(st.low[k], t) && st.mentionAt(k) == nil {
			return nil
		}
	}
	return nil
}

// staffLead reports whether a word may stand between a verb and the staff
// noun it takes: "at least 11 local", "eight more of its".
func staffLead(w, tag string) bool {
	switch w {
	case "more", "of", "least", "at", "some", "several", "dozens", "hundreds", "its", "their":
		return true
	}
	return determiners.has(w) || tag == "CD" || tag == "JJ" || tag == "RB"
}

// employerOf returns the employer of the staff noun at k, after "of" or
// recalled by "its" or "their" before it, or nil.
func (st *sent) employerOf(cd *candidate, k int) []*mention {
	if k+2 < len(st.low) && st.low[k+1] == "of" {
		n := k + 2
		if determiners.has(st.low[n]) && n+1 < len(st.low) {
			n++
		}
		if m := st.mentionAt(n); m != nil && !m.place && m.actor.ID != "" && m.kind != "person" && m.kind != "pronoun" {
			return []*mention{m}
		}
		return nil
	}
	if k == 0 || st.low[k-1] != "its" && st.low[k-1] != "their" {
		return st.t62PremisesHolder(cd, k)
	}
	// The nearest organisation named before the trigger, not its doer;
	// a state ("Iran detained two of its citizens") is left alone, as
	// "its" may then be the doer itself.
	for n := len(st.mentions) - 1; n >= 0; n-- {
		m := &st.mentions[n]
		if m.j > cd.i || m.place || cityOfOffice(st, m) || sharesMention([]*mention{m}, cd.src) {
			continue
		}
		if m.kind == "person" || m.kind == "pronoun" || m.kind == "anaphor" || m.kind == "country" || m.kind == "capital" ||
			m.actor.ID == "" || m.actor.ID == m.actor.Country {
			return nil
		}
		return []*mention{m}
	}
	return nil
}
