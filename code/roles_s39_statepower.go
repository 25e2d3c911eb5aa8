package code

// Acts of state power told in the passive, with no agent: the state whose
// ground they fall on.

import "github.com/truce-project/truce"

// statePowerPassives gives a doer to an act only a state can do, told in
// the passive with no agent and no doer found: "a state of emergency was
// declared in the territory", "internet access was cut nationwide", "the
// herders were released late the same day". The doer is the government of
// the land where it happened (its sovereign, for a territory), else of the
// country the story is about.
func (c *Coder) statePowerPassives(d *doc) {
	for _, cd := range d.cands {
		if cd.folded || cd.st == nil || len(cd.ev.Source) > 0 || !statePowerActS39(&cd.ev) && !x66InvestigatedPassive(&cd.ev) || !cd.st.passiveTriggerS39(cd.i, cd.j) && !tell38FreedSubject(cd) {
			continue
		}
		cc := ""
		if l := cd.ev.Location; l != nil && l.Country != "" {
			cc = l.Country
			if s := sovereignOf[cc]; s != "" {
				cc = s
			}
		}
		if cc == "" {
			cc = d.story
		}
		if cc == "" {
			continue
		}
		cd.ev.Source = []truce.Actor{c.sectorActor(truce.Actor{Sector: "GOV"}, cc, d.date)}
	}
}

// statePowerActS39 reports whether ev is an act of a state's coercive or
// penal power at home: a restriction, curfew, emergency, ban or cut of
// communications, or freeing captives. (Expulsions and sanctions are left
// out: the state that expels is told by who speaks, not by the ground.)
func statePowerActS39(ev *truce.Event) bool {
	switch ev.Type {
	case truce.Coerce:
		switch ev.Mode {
		case "censor", "restrict", "curfew", "martial-law", "ban":
			return true
		}
	case truce.Retreat:
		return ev.Mode == "release"
	}
	return false
}

// passiveTriggerS39 reports whether the trigger [i, j) is told in the passive
// with no "by" agent: a passive participle in it ("were released", "was
// cut"), or a noun trigger followed by one ("a state of emergency was
// declared", "a curfew has been imposed").
func (st *sent) passiveTriggerS39(i, j int) bool {
	found := false
	for k := i; k < j && k < len(st.toks); k++ {
		if st.isPassive(k) {
			found = true
		}
	}
	if !found && j < len(st.low) && passiveAuxS39.has(st.low[j]) || !found && j+1 < len(st.low) && haveWords.has(st.low[j]) && st.low[j+1] == "been" {
		for k := j + 1; k < len(st.toks) && k <= j+3; k++ {
			if st.toks[k].tag == "VBN" && st.isPassive(k) {
				found = true
				break
			}
		}
	}
	if !found {
		return false
	}
	for k := j; k < len(st.low) && k < j+8; k++ {
		if st.low[k] == "by" {
			return false
		}
	}
	return true
}
