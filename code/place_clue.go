package code

// Clues in the words around a place name that tell whether the event was
// there: a town the attack hit, a speaker's town, the ends of a road and
// where people fled to.

import "strings"

// struckTown reports whether a town is what the violent trigger right
// before it hit: "missiles struck Strelsau", "shelling of Zenda", "strikes
// on Strelsau" happened in the town even where its name also stands for
// the government the attack is aimed at. A town troops patrol is where
// they are: "foreign soldiers began patrolling Strelsau".
func struckTown(cd *candidate, p *placeRef) bool {
	if !cd.e.has(flagViolent) && !strings.HasPrefix(cd.st.low[cd.j-1], "patrol") || coarse(p.place.Precision) || p.place.Precision == "none" || p.place.Precision == "border" {
		return false
	}
	k := cd.j
	if k < p.i && (cd.e.pos == 'N' && (cd.st.low[k] == "on" || cd.st.low[k] == "of") || cd.e.pos == 'V' && cd.st.low[k] == "on") {
		k++
	}
	return k == p.i
}

// speakerPlace reports whether a place only says where the speaker of a
// report is: in "officials in Strelsau said a drone struck a depot near
// Zenda" the strike was at Zenda. The place follows "in" and a report, accusation
// or blame verb follows it within a few words, before the trigger. Such a place is kept
// for when no other is named ("residents in Zenda said soldiers shot two
// men"). So is one of an attribution that closes the sentence (see
// trailingSpeaker).
func speakerPlace(cd *candidate, p *placeRef) bool {
	st := cd.st
	if p.i < 2 || st.low[p.i-1] != "in" {
		return false
	}
	if p.j > cd.i {
		return trailingSpeaker(st, cd, p)
	}
	for k := p.j; k < cd.i && k <= p.j+3; k++ {
		if reportVerbs.has(st.low[k]) || attributes(st.low[k]) || blameVerbs.has(st.low[k]) {
			return true
		}
	}
	return false
}

// blameVerbs name an act while charging someone with it; where the
// accusers sit is not where the act was: "lawmakers in Strelsau accused
// the army of killing 12 villagers when troops raided Zenda".
var blameVerbs = filtered(wordSet("blamed", "blames", "alleged", "alleges", "denounced", "condemned", "charged"))

// roadBetween tells whether a place is the first (1) or second (2) end of
// a road named "between" them (or "linking" them), or neither (0): an ambush "on the road
// between Zenda and Hentzau" is placed at the first town named.
func roadBetween(st *sent, p *placeRef) int {
	k := p.i - 1
	if k >= 1 && (st.low[k] == "and" || st.low[k] == "to") {
		if q := st.placeEndingAt(k); q != nil && roadBetween(st, q) == 1 {
			return 2
		}
		return 0
	}
	if k >= 2 && st.low[k] == "between" && (roadNouns.has(st.low[k-1]) || st.low[k-1] == "stretch") {
		return 1
	}
	// "the highway linking Zenda and Hentzau", "the road connecting Zenda to
	// Hentzau": the same two ends.
	if k >= 2 && roadLinks.has(st.low[k]) && (roadNouns.has(st.low[k-1]) || st.low[k-1] == "stretch") {
		return 1
	}
	return 0
}

// roadLinks are the words that name a road by its two ends, as "between"
// does: "the highway linking Zenda and Hentzau".
var roadLinks = filtered(map[string]bool{
	"linking": true, "connecting": true, "joining": true,
})

// fleeVerbs send people away from danger; where they flee to is not where
// the danger was: "militias burned homes in Zenda, sending thousands
// fleeing to Ruritania".
var fleeVerbs = filtered(map[string]bool{"fled": true, "flee": true, "flees": true, "fleeing": true, "escaped": true, "escaping": true})

// answeredPlace reports whether a place lies in the phrase that names
// the act a response answers while the trigger lies outside it: in
// "jets struck depots across Ruritania in retaliation for raids on
// shipping off Zenda" the strikes were not off Zenda.
func answeredPlace(cd *candidate, p *placeRef) bool {
	return answeredAct(cd.st, p.i) && !answeredAct(cd.st, cd.i)
}

// kindOf reports whether a place only says what kind of town the name
// after it is: "the Black Sea port of Zenda", "the Ruritanian Alps
// village of Hentzau" were at Zenda and Hentzau.
func kindOf(st *sent, p *placeRef) bool {
	n := p.j
	return n+2 < len(st.low) && townKinds.has(st.low[n]) && st.low[n+1] == "of" && capitalised(st.toks[n+2].text)
}

// townKinds name a settlement or site that "of" and its name follow; a
// unit such as a region or province is left out: "the Zenda region of
// Ruritania" is in Zenda.
var townKinds = filtered(map[string]bool{
	"town": true, "towns": true, "city": true, "village": true, "villages": true, "port": true,
	"resort": true, "island": true, "suburb": true, "enclave": true,
})
