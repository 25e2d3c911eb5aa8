package code

// Protests: the people at the other end of a protest and the state forces
// that act at one.

import "github.com/truce-project/truce"

// protestTargets adjusts the people at the other end of a protest: people
// shot or arrested "at rallies" or "during protests" are protesters, and a protest or
// riot against a country is against its government.
func protestTargets(ev *truce.Event, src, tgt []truce.Actor, st *sent) {
	for i := range tgt {
		a := &tgt[i]
		switch {
		case ev.Type == truce.Protest && isState(*a) && a.Sector == "":
			a.Sector, a.ID = "GOV", a.Country+"GOV"
		// "detained dozens of people as they tried to gather for a
		// march": those arrested at a protest are protesters too.
		case (ev.Type == truce.Assault || ev.Type == truce.Coerce) && a.Sector == "CVL" && a.Country != "" && protestScene(st):
			a.Sector, a.ID = "PRO", a.Country+"PRO"
		// "police fired tear gas at a rally outside parliament against
		// the government": the state's own forces at a protest act on the
		// protesters, not on the state the protest is against.
		case (ev.Type == truce.Assault || ev.Type == truce.Coerce) && stateForces(src, a.Country) && ownState(*a) && protestScene(st):
			a.Sector, a.ID = "PRO", a.Country+"PRO"
		}
	}
}

// stateForces reports whether the first source is country cc's own police,
// army or government.
func stateForces(src []truce.Actor, cc string) bool {
	if len(src) == 0 || cc == "" || !isState(src[0]) || src[0].Country != cc {
		return false
	}
	switch src[0].Sector {
	case "COP", "MIL", "GOV", "SPY":
		return true
	}
	return false
}

// ownState reports whether an actor is a state itself or its government
// or legislature: what a protest is against.
func ownState(a truce.Actor) bool {
	if !isState(a) {
		return false
	}
	switch a.Sector {
	case "", "GOV", "LEG":
		return true
	}
	return false
}

// protestScene reports whether a sentence tells of a protest.
func protestScene(st *sent) bool {
	for k, w := range st.low {
		if isMonth(st, k) {
			continue
		}
		switch w {
		case "rally", "rallies", "protest", "protests", "protesting", "protesters", "demonstrators",
			"demonstration", "demonstrations", "march", "marchers", "sit-in":
			return true
		}
	}
	return false
}

// isMonth reports whether token k is the month "March", not a march.
func isMonth(st *sent, k int) bool {
	return st.toks[k].text == "March"
}

// protestedMission returns the state whose embassy or consulate a protest
// is held at, later in the trigger's clause: "rallied outside the Russian
// embassy in Berlin" protests Russia, not Germany, whatever the flags
// the crowd waves.
func (st *sent) protestedMission(j int) []*mention {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.i < j || st.clause[m.i] != st.clause[j-1] || m.actor.Country == "" {
			continue
		}
		// "the Russian embassy", "the embassy of France".
		if missionWords[st.low[m.j-1]] || m.j < len(st.low) && missionWords[st.low[m.j]] ||
			m.i > 1 && st.low[m.i-1] == "of" && missionWords[st.low[m.i-2]] {
			return []*mention{m}
		}
	}
	return nil
}

// missionWords are a state's missions abroad.
var missionWords = map[string]bool{"embassy": true, "embassies": true, "consulate": true, "consulates": true}
