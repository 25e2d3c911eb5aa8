package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// A crowd's act against a state building: "rioters burned a police post",
// "protesters set fire to the electoral tribunal", "a crowd stoned the
// courthouse". The police or the court is named by the building the crowd
// went for; the protest, as one marching to parliament
// (legislatureAsPlace), is against the government of that state. The
// organ the building belongs to stays a target beside it.

// t40FacilityNouns are the buildings and posts of a state organ a crowd
// may attack: "police station", "police post", "court building".
var t40FacilityNouns = filtered(wordSet("station", "stations", "post", "posts", "building", "buildings",
	"headquarters", "office", "offices", "outpost", "outposts", "courthouse", "courthouses",
	"checkpoint", "checkpoints", "barracks", "booth", "booths", "kiosk", "kiosks", "premises",
	"compound", "compounds", "precinct", "precincts"))

// t40CourtNouns are a court or a tribunal named as the building itself:
// "set fire to the electoral tribunal", "stoned the courthouse".
var t40CourtNouns = filtered(wordSet("tribunal", "tribunals", "court", "courts", "courthouse", "courthouses"))

// t40ProtestedState adds to a protest whose targets are all the police or
// the courts of one state, named by a building the crowd went for, that
// state's government.
func (b *building) t40ProtestedState() {
	c, d, st := b.c, b.d, b.st
	if b.cd.ev.Type != truce.Protest || len(b.tgt) == 0 {
		return
	}
	cc := ""
	for _, a := range b.tgt {
		if !isState(a) || a.Country == "" || a.Sector != "COP" && a.Sector != "JUD" || cc != "" && a.Country != cc {
			return
		}
		if !st.t40FacilityNamed(a) {
			return
		}
		cc = a.Country
	}
	// A crowd of another state's people ("Serbs stoned a Kosovo police
	// post") protests against that state too; its own police acting is
	// no protest against itself.
	for _, a := range b.src {
		if isState(a) && a.Country == cc && (a.Sector == "COP" || a.Sector == "GOV" || a.Sector == "MIL" || a.Sector == "JUD") {
			return
		}
	}
	g, ok := c.actors.Lookup(cc+"GOV", d.date)
	if !ok {
		return
	}
	g.Text = ""
	b.tgt = append(b.tgt, g)
}

// t40FacilityNamed reports whether the sentence names a, by the last word
// of the words it was named by, as a building: that word a court
// ("the electoral tribunal"), or followed by a facility noun past
// modifiers ("police post", "police headquarters").
func (st *sent) t40FacilityNamed(a truce.Actor) bool {
	w := lastWord(a.Text)
	if w == "" {
		return false
	}
	for k := range st.low {
		if !strings.EqualFold(st.toks[k].text, w) {
			continue
		}
		if t40CourtNouns.has(st.low[k]) {
			return true
		}
		for n := k + 1; n < len(st.low) && n <= k+2; n++ {
			if t40FacilityNouns.has(st.low[n]) {
				return true
			}
			if !isModifier(st.toks[n]) {
				break
			}
		}
	}
	return false
}
