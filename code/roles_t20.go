package code

// Targets named by where a sanction's goods come from, and by whose
// ground a speaker calls its own: "halted all imports from Lebanon" aims
// the ban at Lebanon, though "from" makes the name a place; "Rebel
// factions said artillery had pounded their positions" aims the shelling
// at the rebels, and "Baku accused Armenian forces of shelling the towns
// of Tartar and Barda" at Azerbaijan's people, though the sentence names
// them only as its speaker.

import (
	"strings"

	"github.com/truce-project/truce"
)

// ownTarget returns whom a violent act with no target of its own is aimed
// at when the sentence's speaker or accuser says the ground hit is its
// own (speakerOwned, accuserHit), or nil.
func (st *sent) ownTarget(cd *candidate) []*mention {
	if m := st.speakerOwned(cd); m != nil {
		return m
	}
	return st.accuserHit(cd)
}

// tradeOrigin returns the state whose goods a sanction trigger ending in
// "from" bars: "Beijing suspended imports from Taiwan", "banned all
// imports from the Philippines". It returns nil when no country or
// capital follows the trigger. A trigger not ending in "from" may still
// name the goods before their origin (see goodsOrigin).
func (st *sent) tradeOrigin(cd *candidate) []*mention {
	if !strings.HasPrefix(cd.e.cameo, "16") || cd.j == 0 || cd.j >= len(st.low) {
		return nil
	}
	if st.low[cd.j-1] != "from" {
		return st.goodsOrigin(cd)
	}
	return st.stateAt(cd.j)
}

// ownerSectors are the sectors of an unnamed armed group that speaks of
// "its positions" or "their camps" as its own.
var ownerSectors = filtered(wordSet("REB", "MLT", "CRM", "INS"))

// speakerOwned returns whom a violent act hits when its only target is
// ground or people the sentence's opening speaker calls its own:
// "Separatist fighters said army drones had struck their positions" hits
// the separatists; "Kenyan police said gunmen had ambushed their convoy"
// hits the Kenyan police; "Israel said Hezbollah had fired rockets at its
// northern towns" hits Israel. A named non-state speaker is
// left to the actor rules, which already give it what it owns. Left
// alone, "their camps" would take a sector of its own (refugees) or the
// country of the attacker named beside it. It returns nil otherwise.
func (st *sent) speakerOwned(cd *candidate) []*mention {
	if !cd.e.has(flagViolent) || len(cd.tgt) > 1 {
		return nil
	}
	var t *mention
	if len(cd.tgt) == 1 {
		t = cd.tgt[0]
		if !ownedGeneric(st, t) {
			return nil
		}
	} else if k := st.ownedAfter(cd.j); k > 0 {
		// "fired rockets at its northern towns": ground no lexicon names.
		t = &mention{i: k, j: k + 1, kind: "sector"}
	} else {
		return nil
	}
	f := st.firstActor()
	if f == nil || f == t || f.i >= t.i || f.kind == "pronoun" || sharesMention([]*mention{f}, cd.src) {
		return nil
	}
	state := isState(f.actor) && f.actor.Country != ""
	if !state && (f.kind != "sector" || f.actor.ID != "" || !ownerSectors.has(f.actor.Sector)) {
		return nil
	}
	co := st.coordinated(f)
	e := co[len(co)-1].j
	said := false
	for k := e; k < len(st.low) && k <= e+3 && k < t.i; k++ {
		if speechVerbs.has(st.low[k]) || reportVerbs.has(st.low[k]) {
			said = true
			break
		}
	}
	if !said {
		return nil
	}
	// An attacker of the speaker's own state is no foe: "the army said
	// its troops had shelled their positions" is told of someone else.
	for _, m := range cd.src {
		if m.actor.Country != "" && m.actor.Country == f.actor.Country {
			return nil
		}
	}
	if !state {
		return co
	}
	// "its checkpoints", ground the lexicon gives a sector, is placed in
	// the speaker's country by the actor rules; "their convoy", ground it
	// does not know, is the speaking force's or state's own.
	if t.actor.Sector != "" {
		return nil
	}
	return []*mention{f}
}

// accuseVerbs lay a charge whose substance follows "of": "accused
// Dushanbe of shelling villages".
var accuseVerbs = filtered(wordSet("accused", "accuses", "accuse", "accusing"))

// accuserHit returns whom an attack told as the substance of a charge
// hits, when the attack names no target but its ground is the accuser's:
// "the rebels accused the army of launching air strikes on their bases"
// hits the rebels; "Hanoi accused Chinese vessels of shelling villages near
// Lang Son" hits Vietnam's civilians, the village being in Vietnam. A
// charge about ground in another country ("Ankara accused Israel of
// bombing Gaza") or naming no ground leaves the target unknown, and nil
// is returned.
func (st *sent) accuserHit(cd *candidate) []*mention {
	if !cd.e.has(flagViolent) || cd.i < 3 || st.low[cd.i-1] != "of" {
		return nil
	}
	// "its bases" found as the target is the accuser's ground, told below.
	for _, m := range cd.tgt {
		if !ownedGeneric(st, m) {
			return nil
		}
	}
	cl := st.clause[cd.i]
	v := -1
	for k := cd.i - 2; k >= 0 && k >= cd.i-12 && st.clause[k] == cl; k-- {
		if accuseVerbs.has(st.low[k]) {
			v = k
			break
		}
	}
	if v < 0 {
		return nil
	}
	accuser := st.subject(v)
	if accuser == nil && st.low[v] == "accusing" {
		if m := st.mainSubject(v); m != nil {
			accuser = st.coordinated(m)
		}
	}
	if len(accuser) == 0 || accuser[0].place || accuser[0].i > v {
		return nil
	}
	// "of firing on its positions": the ground the accuser owns.
	if st.ownedAfter(cd.j) > 0 {
		return accuser
	}
	// "of shelling villages in Batken region": ground in the accuser's
	// country; its people are hit.
	cc := accuser[0].actor.Country
	if cc == "" {
		return nil
	}
	for n := range st.places {
		p := &st.places[n]
		if p.i < cd.j || p.i >= cd.j+12 || st.clause[p.i] != cl {
			continue
		}
		if p.place.Country != cc {
			return nil
		}
		return []*mention{{i: p.i, j: p.j, kind: "implied",
			actor: truce.Actor{Name: "civilians", Country: cc, Sector: "CVL", ID: cc + "CVL"}}}
	}
	return nil
}

// ownedGeneric reports whether m is ground or people told only as some
// actor's own: "its positions", "their camps".
func ownedGeneric(st *sent, m *mention) bool {
	return m.kind == "sector" && m.actor.ID == "" && m.i > 0 && (st.low[m.i-1] == "its" || st.low[m.i-1] == "their") && !aimNouns.has(st.low[m.j-1])
}

// aimNouns are what an attack's own "their" names, not ground owned by
// the speaker: "the strikes had hit their targets".
var aimNouns = filtered(wordSet("target", "targets", "objective", "objectives", "mark", "aim", "aims", "goal", "goals"))

// ownedAfter returns the index of "its" or "their" opening a noun phrase
// within a few words after token j in its clause ("on their position",
// "at its northern towns"), or -1.
func (st *sent) ownedAfter(j int) int {
	if j == 0 || j >= len(st.low) {
		return -1
	}
	cl := st.clause[j-1]
	for k := j; k+1 < len(st.low) && k < j+5 && st.clause[k] == cl && st.low[k] != ","; k++ {
		if st.low[k] != "its" && st.low[k] != "their" {
			continue
		}
		n := k + 1
		if strings.HasPrefix(st.toks[n].tag, "JJ") && n+1 < len(st.low) {
			n++
		}
		if strings.HasPrefix(st.toks[n].tag, "NN") && !aimNouns.has(st.low[n]) {
			return k
		}
		return -1
	}
	return -1
}
