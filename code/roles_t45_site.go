package code

import "github.com/truce-project/truce"

// Issue 3, round t45: a military site struck stands for the armed forces
// that hold it. "Drones struck an air base beside Port Sudan's airport",
// "rockets landed inside Balad air base", "shelled Syrian government
// positions": the attack is on the state's military, not on its government
// or on the town the site is near. The state is the one a demonym or
// possessive names on the site, else the one the attack happened in; a
// site a group names as its own ("a rebel base", "a Houthi military camp")
// is left to it.

// t45SiteNouns are sites that are military whatever qualifies them.
var t45SiteNouns = filtered(wordSet("airbase", "airbases", "barracks", "garrison", "garrisons"))

// t45BaseKinds make a base a military one: "air base", "naval base".
var t45BaseKinds = filtered(wordSet("air", "naval", "navy", "military", "army"))

// t45PostNouns are ground a force holds, military when an armed service
// or the government qualifies it: "army positions", "government posts".
var t45PostNouns = filtered(wordSet("position", "positions", "post", "posts", "outpost", "outposts", "camp", "camps", "airfield", "airfields"))

// t45PostOwners qualify ground as the state's forces'.
var t45PostOwners = filtered(wordSet("army", "military", "government"))

// t45StateForces are the sectors of a state that may hold a military site:
// "Syrian government positions", "an army base", "a Ukrainian air base".
var t45StateForces = filtered(wordSet("", "GOV", "MIL"))

// t45SitePreps may come between an attack verb and the site it hit: "landed
// inside the base", "fired on army posts".
var t45SitePreps = filtered(wordSet("on", "at", "inside", "into", "upon", "against"))

// militarySiteT45 makes the military of the state that holds a site an
// attack hit its target, in place of that state's government or the bare
// state, or as the target when the attack has none.
func (c *Coder) militarySiteT45(d *doc) {
	for _, cd := range d.cands {
		if cd.folded || cd.ev.Type != truce.Assault || cd.e == nil || cd.e.has(flagTerritory) {
			continue
		}
		k, owner, ok := t45SiteAfter(cd.st, cd.j)
		if !ok {
			continue
		}
		cc := ""
		if owner != nil {
			cc = owner.actor.Country
		} else if cd.ev.Location != nil {
			cc = cd.ev.Location.Country
		}
		if cc == "" || k < 0 {
			continue
		}
		for _, a := range cd.ev.Source {
			if a.Country == cc && isState(a) && (t45StateForces.has(a.Sector) || a.Sector == "COP") {
				cc = "" // a state striking its own site is not what this reads
			}
		}
		if cc == "" {
			continue
		}
		mil := c.sectorActor(truce.Actor{Sector: "MIL"}, cc, d.date)
		mil.Text = ""
		if len(cd.ev.Target) == 0 {
			cd.ev.Target = []truce.Actor{mil}
			continue
		}
		if hasCountrySectorT45(cd.ev.Target, cc, "MIL") {
			continue
		}
		for n, a := range cd.ev.Target {
			if a.Country == cc && isState(a) && (a.Sector == "GOV" || a.Sector == "") && t45StateByName(cd.st, a) {
				cd.ev.Target[n] = mil
				break
			}
		}
	}
}

// t45SiteAfter finds a military site named as the object of the trigger
// ending at j: past a preposition, determiners, numbers and modifiers. It
// returns the site's head token, the state mention that qualifies it, if
// any, and whether a site was found that no armed group names as its own.
func t45SiteAfter(st *sent, j int) (int, *mention, bool) {
	n := j
	if n < len(st.low) && t45SitePreps.has(st.low[n]) {
		n++
	}
	var owner *mention
	for ; n < len(st.low) && n <= j+7; n++ {
		w := st.low[n]
		if m := st.mentionAt(n); m != nil && !m.place {
			if !isState(m.actor) || !t45StateForces.has(m.actor.Sector) {
				return -1, nil, false // "a Houthi camp", "a rebel base"
			}
			if m.actor.Country != "" {
				owner = m
			}
		}
		if t45SiteNouns.has(w) || n > 0 && (t45BaseKinds.has(st.low[n-1]) && (w == "base" || w == "bases") || t45PostOwners.has(st.low[n-1]) && t45PostNouns.has(w) || st.x75BareBase(n)) {
			return n, owner, true
		}
		t := st.toks[n].tag
		if t != "DT" && t != "CD" && t != "POS" && !isModifier(st.toks[n]) {
			return -1, nil, false
		}
	}
	return -1, nil, false
}

// t45StateByName reports whether a, a state or its government, was named
// in st only by the state's or a town's name ("beside Port Sudan's
// airport", "Sudan"), not by a word for the government ("the presidential
// palace", "the ministry"), which the attack may have hit beside the site.
func t45StateByName(st *sent, a truce.Actor) bool {
	if a.Text == "" {
		return true
	}
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.actor.Text != a.Text {
			continue
		}
		switch m.kind {
		case "country", "capital", "demonym", "town":
			return true
		}
		return false
	}
	return false
}
