package code

// Protests: the people at the other end of a protest and the state forces
// that act at one.

import (
	"strings"

	"github.com/truce-project/truce"
)

// protestTargets adjusts the people at the other end of a protest: people
// shot or arrested "at rallies" or "during protests" are protesters, and a protest or
// riot against a country is against its government.
func protestTargets(ev *truce.Event, src, tgt []truce.Actor, st *sent, after bool) {
	for i := range tgt {
		a := &tgt[i]
		switch {
		case ev.Type == truce.Protest && isState(*a) && a.Sector == "":
			a.Sector, a.ID = "GOV", a.Country+"GOV"
		// "marched to the parliament building": the building is where
		// the crowd went; its protest is against the government.
		case ev.Type == truce.Protest && legislatureAsPlace(st, *a):
			a.Sector, a.ID = "GOV", a.Country+"GOV"
		// "detained dozens of people as they tried to gather for a
		// march": those arrested at a protest are protesters too.
		// "broke up a gathering and detained 15 people": a crowd
		// dispersed is a protest too.
		case (ev.Type == truce.Assault || ev.Type == truce.Coerce) && a.Sector == "CVL" && a.Country != "" && (protestScene(st) || ev.Mode == "crowd-control" || dispersalScene(st)):
			a.Sector, a.ID = "PRO", a.Country+"PRO"
		// "Thousands marched in Minsk. Police detained 120 people": the
		// people held right after a protest is told are its protesters.
		case ev.Mode == "arrest" && (after || st.hasAny(&protestVerbs)) && a.Sector == "CVL" && a.Country != "" && a.Text != "" && peopleWords.has(strings.ToLower(lastWord(a.Text))):
			a.Sector, a.ID = "PRO", a.Country+"PRO"
		// "police fired tear gas at a rally outside parliament against
		// the government": the state's own forces at a protest act on the
		// protesters, not on the state the protest is against.
		case (ev.Type == truce.Assault || ev.Type == truce.Coerce) && stateForces(src, a.Country) && ownState(*a) && (protestScene(st) || dispersalScene(st)):
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
		if isMonth(st, k) || x49CampaignRally(st, k) {
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
		if missionWords.has(st.low[m.j-1]) || m.j < len(st.low) && missionWords.has(st.low[m.j]) ||
			m.i > 1 && st.low[m.i-1] == "of" && missionWords.has(st.low[m.i-2]) {
			return []*mention{m}
		}
	}
	return nil
}

// missionBefore returns the state whose embassy or consulate the crowd
// stands at right before a protest trigger at i: "gathered outside the
// US embassy in Nairobi to protest" protests the United States.
func (st *sent) missionBefore(i int) []*mention {
	for n := len(st.mentions) - 1; n >= 0; n-- {
		m := &st.mentions[n]
		if m.j > i || m.actor.Country == "" {
			continue
		}
		if i-m.j > 8 || wordBetween(st, ",", m.j, i) {
			return nil
		}
		if st.buildingPlace(m) && (missionWords.has(st.low[m.j-1]) || m.j < len(st.low) && missionWords.has(st.low[m.j]) ||
			m.i > 1 && st.low[m.i-1] == "of" && missionWords.has(st.low[m.i-2])) {
			return []*mention{m}
		}
	}
	return nil
}

// missionWords are a state's missions abroad.
var missionWords = filtered(map[string]bool{"embassy": true, "embassies": true, "consulate": true, "consulates": true})

// buildingWords name a state's or body's premises: where crowds gather,
// not who acts.
var buildingWords = filtered(map[string]bool{
	"embassy": true, "embassies": true, "consulate": true, "consulates": true, "ministry": true,
	"parliament": true, "headquarters": true, "palace": true, "residence": true, "courthouse": true,
})

// buildingPreps put a building where people stand or go: "outside the
// embassy", "in front of the ministry", "marched to the consulate".
var buildingPreps = filtered(map[string]bool{
	"outside": true, "inside": true, "near": true, "at": true, "to": true, "toward": true,
	"towards": true, "around": true, "opposite": true, "front": true, "past": true,
})

// buildingPlace reports whether a mention names a building as the place
// people stand at ("Demonstrators gathered outside the US embassy in
// Nairobi to protest", "rallied in front of the interior ministry to
// demand"): the embassy's or ministry's state is not the doer of the acts
// the crowd goes on to. "the embassy of Turkey" counts as well.
func (st *sent) buildingPlace(m *mention) bool {
	k := st.prepBefore(m)
	of := k >= 1 && st.low[k] == "of" && buildingWords.has(st.low[k-1])
	if of {
		// "outside the embassy of Turkey": the building's own phrase.
		b := k - 1
		for b > 0 && (determiners.has(st.low[b-1]) || isModifier(st.toks[b-1])) && st.mentionAt(b-1) == nil {
			b--
		}
		k = b - 1
	} else if !buildingWords.has(st.low[m.j-1]) && (m.j >= len(st.low) || !buildingWords.has(st.low[m.j])) {
		return false
	}
	if k < 0 || !buildingPreps.has(st.low[k]) && st.low[k] != "of" {
		return false
	}
	// "a tower at the headquarters of the UN force": the force may be
	// there, not only its building.
	if of && st.low[k] == "at" {
		return false
	}
	// "in front of the consulate"
	if st.low[k] == "of" {
		return k >= 1 && st.low[k-1] == "front"
	}
	return true
}

// protestJustTold reports whether one of the two sentences before st tells
// of a protest: the story's arrests that follow are made at it.
func (d *doc) protestJustTold(st *sent) bool {
	for _, p := range d.sents {
		if n := st.s.Index - p.s.Index; n >= 1 && n <= 2 && (protestScene(p) || p.hasAny(&protestVerbs)) {
			return true
		}
	}
	return false
}

// peopleWords are the nouns of an unnamed crowd held: "detained 151
// people"; "six men were arrested" after a rally may be suspects.
var peopleWords = filtered(wordSet("people", "persons", "individuals", "others"))

// protestVerbs tell a protest as a verb: "detained 120 people as thousands
// marched".
var protestVerbs = filtered(wordSet("marched", "marching", "rallied", "protested", "demonstrated"))
