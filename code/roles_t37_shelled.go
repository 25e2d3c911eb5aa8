package code

// A settlement shelled or bombed with no one named as hit: "Navy vessels
// shelled fishing hamlets near Myebon", "a military helicopter dropped a
// bomb on the town of Saraqeb". Its people are hit whoever fires, the
// place's own state forces too: a strike from afar is no search of a
// village (groundHit leaves a raid by the place's own forces alone).

import "github.com/truce-project/truce"

// t37InhabitedEdges name the inhabited parts of a place a strike hits:
// "shelled the outskirts of Kharkiv".
var t37InhabitedEdges = filtered(wordSet("outskirts", "suburbs", "suburb", "neighbourhoods", "neighborhoods", "neighbourhood", "neighborhood"))

// t37RemoteModes are the modes of a strike from afar.
var t37RemoteModes = filtered(wordSet("aerial", "drone", "heavy-weapons"))

// t37RemoteGround gives a strike from afar that found no target the
// civilians of the place it hit, when what it hit is a settlement, homes
// or a school or clinic (groundSector) in a known country. It reports
// whether it did.
func (b *building) t37RemoteGround() bool {
	c, d, cd, st, e, loc := b.c, b.d, b.cd, b.st, b.e, b.loc
	if !t37RemoteModes.has(e.mode) || len(b.tgt) > 0 || len(b.src) == 0 {
		return false
	}
	cc := ""
	if loc != nil {
		cc = loc.Country
	} else if a := b.src[0]; stateSides.has(a.Sector) && !st.t37OtherCountry(a.Country) {
		// "Navy vessels shelled hamlets near Myebon", a place the
		// gazetteer lacks: a state's forces firing in a sentence that
		// names no other country fire at home.
		cc = a.Country
	}
	if cc == "" {
		return false
	}
	sector := groundSector(st, cd, c.lex.facilities)
	if sector == "" && cd.struck != nil {
		sector = groundSector(st, cd.struck, c.lex.facilities)
	}
	// "shelled fishing hamlets": a modifier groundSector does not pass;
	// "shelled the outskirts of Kfar Kila": the edge of a town.
	for k := cd.j; sector == "" && k < len(st.low) && k < cd.j+3 && st.mentionAt(k) == nil; k++ {
		// "dropped barrel bombs on the area": the place told before.
		if st.low[k] == "area" && k > 0 && st.low[k-1] == "the" {
			sector = "CVL"
		}
		if groundSettlements.has(st.low[k]) || t37InhabitedEdges.has(st.low[k]) {
			sector = "CVL"
		}
	}
	switch sector {
	case "CVL", "EDU", "HLH":
	default:
		return false
	}
	a, ok := c.actors.Lookup(cc+"CVL", d.date)
	if !ok {
		return false
	}
	b.tgt = []truce.Actor{a}
	return true
}

// t37OtherCountry reports whether the sentence names an actor or a place
// of another country than cc.
func (st *sent) t37OtherCountry(cc string) bool {
	for n := range st.mentions {
		if c := st.mentions[n].actor.Country; c != "" && c != cc {
			return true
		}
	}
	for _, p := range st.places {
		if p.place.Country != "" && p.place.Country != cc {
			return true
		}
	}
	return false
}
