package code

import "github.com/truce-project/truce"

// Issue 3, round toll53: police hurt in unrest are the toll of the crowd
// that hurt them, not of the force the police used. "Crowds threw stones
// at police and torched a station … More than 100 police officers were
// injured as the police fired tear gas" gives the hundred to the riot, as
// ACLED records the injured of a riot on it. Dev: of the 17 counts of
// police or security officers hurt in a protest that the gold gives, 16
// sit on the crowd's event (a riot, or the crowd's attack on the police)
// and one on the police's dispersal (wire16-023, where the crowd only
// blocked a road and no riot is told, which this rule leaves alone). The
// rule moves such a toll only when a riot or an attack of the crowd on
// the same force is told in the sentence or the two before. Police
// killed are left where they are: the gold gives them to the clash they
// died in as often as to the riot (wire49-035, wire45-031).

// toll53PoliceHurt gives the wounded of the force an act of force against
// a crowd was done by to the crowd's violent act.
func toll53PoliceHurt(d *doc, st *sent, cands []*candidate, reads []tollRead) {
	for _, r := range reads {
		if r.field != "injuries" {
			continue
		}
		cd := tollEvent(st, cands, r)
		if cd == nil || cd.folded || cd.ev.ID == "" {
			continue
		}
		slot := &cd.ev.Injuries
		if *slot == nil || **slot != r.count {
			continue // the event's toll is not this count alone
		}
		sector := toll53ForceVictims(st, r, cd)
		if sector == "" || !toll53ForceOf(cd.ev.Source, sector) || !toll53CrowdTarget(cd.ev.Target) {
			continue
		}
		riot := toll53CrowdAct(d, st, cands, cd, sector)
		if riot == nil {
			continue
		}
		if riot.ev.Injuries != nil {
			continue
		}
		riot.ev.Injuries, *slot = *slot, nil
	}
}

// toll53ForceVictims returns the sector ("COP" or "MIL") of the people a
// toll counts when they are all of one armed force of the state: "more
// than 100 police officers", "eight police officers and national
// guardsmen" (security forces together count as the police). It returns
// "" when the toll counts anyone else or no one named.
func toll53ForceVictims(st *sent, r tollRead, cd *candidate) string {
	ms, people := tollVictimMentions(st, r, cd)
	if people || len(ms) == 0 {
		return ""
	}
	sector := ""
	for _, m := range ms {
		switch s := m.actor.Sector; {
		case s != "COP" && s != "MIL":
			return ""
		case sector == "" || s == "COP":
			sector = s
		}
	}
	return sector
}

// toll53ForceOf reports whether some actor is of a state's armed force,
// police or military, as sector is: the two stand in for each other in
// unrest ("riot police and troops").
func toll53ForceOf(as []truce.Actor, sector string) bool {
	return hasSector(as, sector) || sector == "COP" && hasSector(as, "MIL") || sector == "MIL" && hasSector(as, "COP")
}

// toll53CrowdTarget reports whether an act is done to a crowd: protesters
// or civilians.
func toll53CrowdTarget(as []truce.Actor) bool {
	for _, a := range as {
		if a.Sector == "PRO" || a.Sector == "CVL" {
			return true
		}
	}
	return false
}

// toll53CrowdAct returns the crowd's violent act told in st or in the two
// sentences before it: a riot, or an attack by protesters or civilians on
// the force of the given sector; the latest one, or nil.
func toll53CrowdAct(d *doc, st *sent, cands []*candidate, not *candidate, sector string) *candidate {
	crowd := func(p *candidate) bool {
		if p == not || p.folded || p.ev.ID == "" {
			return false
		}
		if isRiot(p) {
			return true
		}
		return p.ev.Type == truce.Assault && toll53CrowdTarget(p.ev.Source) && toll53ForceOf(p.ev.Target, sector)
	}
	for k := len(cands) - 1; k >= 0; k-- {
		if crowd(cands[k]) {
			return cands[k]
		}
	}
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		if p.st == st {
			continue
		}
		if p.st.s.Index < st.s.Index-2 {
			break
		}
		if crowd(p) {
			return p
		}
	}
	return nil
}
