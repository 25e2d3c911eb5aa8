package code

// Who fought whom: the sides of a violent event and the sectors that make a
// battle or an attack on civilians.

import (
	"strings"

	"github.com/truce-project/truce"
)

// bySides: an armed clash with only civilians on the other side is an
// attack on civilians, and an attack on civilians whose two sides both
// fight is an armed clash. A battle word names two armed sides itself:
// "a gun battle near the village" is no attack on the villagers unless an
// armed attacker is named.
func bySides(x *acx) bool {
	tgtCivil, tgtArmed := x.sides(x.ev.Target)
	_, srcArmed := x.sides(x.ev.Source)
	switch {
	case x.is(acledBattles, subClash) && tgtCivil && !tgtArmed && (srcArmed || !x.twoSided()):
		return x.set(acledCivilians, subAttack)
	case x.is(acledCivilians, subAttack) && tgtArmed && srcArmed:
		return x.set(acledBattles, subClash)
	case x.is(acledCivilians, subAttack) && len(x.ev.Source) == 0 && !tgtCivil && hasArmed(x.ev.Target) && x.ev.Mode != "sexual":
		// "Twenty soldiers were killed in an ambush": soldiers and police
		// fall in fighting, whoever the text leaves unnamed.
		return x.set(acledBattles, subClash)
	}
	return false
}

// twoSided reports whether the trigger names a fight between two sides:
// "clashed", "a gun battle", "exchanged fire".
func (x *acx) twoSided() bool {
	if x.e.has(flagSym) {
		return true
	}
	for _, w := range x.e.words {
		if battleWords.has(w) {
			return true
		}
	}
	return false
}

// battleWords are the words of two-sided fighting.
var battleWords = filtered(wordSet("clash", "clashes", "clashed", "battle", "battles", "fighting", "firefight",
	"gunfight", "skirmish", "skirmishes", "fire", "gunfire"))

// sides reports whether some actor is civilian and whether some is armed.
func sides(as []truce.Actor) (civil, armed bool) {
	for _, a := range as {
		civil = civil || civilianSector.has(a.Sector)
		armed = armed || armedSector.has(a.Sector) || isState(a) && a.Sector == ""
	}
	return civil, armed
}

// sides is sides with the sentence read: a country named by its people
// ("opened fire on a van carrying four Americans", "shot dead two Israeli
// brothers") is civilians, not the state and its forces.
func (x *acx) sides(as []truce.Actor) (civil, armed bool) {
	for _, a := range as {
		if x.peopleOf(a) {
			civil = true
			continue
		}
		c, r := sides([]truce.Actor{a})
		civil, armed = civil || c, armed || r
	}
	return civil, armed
}

// peopleOf reports whether actor a, a country with no sector, is named in
// the sentence by a demonym that stands for people: a plural noun ("four
// Americans") or an adjective before a word for people ("Israeli
// brothers"), not before its forces ("Israeli troops").
func (x *acx) peopleOf(a truce.Actor) bool {
	if a.Sector != "" || !isState(a) || a.Text == "" {
		return false
	}
	for _, m := range x.st.mentions {
		if m.kind != "demonym" || m.actor.ID != a.ID || m.j <= m.i || m.j > len(x.st.low) {
			continue
		}
		last := x.st.low[m.j-1]
		if !strings.EqualFold(x.st.toks[m.j-1].text, lastWord(a.Text)) {
			continue
		}
		if m.j < len(x.st.low) && peopleNouns.has(x.st.low[m.j]) {
			return true
		}
		if strings.HasSuffix(last, "s") && (m.j == len(x.st.low) || !nounAfterDemonym(x.st, m.j)) {
			return true
		}
	}
	return false
}

// nounAfterDemonym reports whether a capitalised word follows token k, as
// a name the demonym only qualifies would ("the Swiss Guards").
func nounAfterDemonym(st *sent, k int) bool {
	t := st.toks[k].text
	return t != "" && strings.ToUpper(t[:1]) == t[:1] && strings.ToLower(t[:1]) != t[:1]
}

// peopleNouns are words for people who are not a force: after a demonym
// they make it civilians.
var peopleNouns = filtered(wordSet("people", "civilians", "citizens", "nationals", "men", "women", "children", "man", "woman", "child",
	"boy", "girl", "boys", "girls", "brothers", "sisters", "brother", "sister", "tourists", "tourist", "family", "families",
	"couple", "villagers", "residents", "workers", "worker", "students", "student", "pilgrims", "passengers", "farmers",
	"fishermen", "teenagers", "teenager", "worshippers", "shepherds", "hostages", "journalist", "journalists"))

// hasArmed reports whether some actor is of an armed sector.
func hasArmed(as []truce.Actor) bool {
	for _, a := range as {
		if armedSector.has(a.Sector) {
			return true
		}
	}
	return false
}

// stateForce reports whether an actor is a state or one of its organs, not
// a group of its country: "CODREB" carries Congo's code but is no state.
func stateForce(a truce.Actor) bool {
	if !isState(a) {
		return false
	}
	switch a.Sector {
	case "", "GOV", "MIL", "COP", "SPY", "JUD", "LEG":
		return true
	}
	return false
}

// hasArmedGroup reports whether some actor is a non-state armed group.
func hasArmedGroup(as []truce.Actor) bool {
	for _, a := range as {
		if !isState(a) && (a.Sector == "REB" || a.Sector == "MLT") {
			return true
		}
	}
	return false
}

func hasSector(as []truce.Actor, sector string) bool {
	for _, a := range as {
		if a.Sector == sector {
			return true
		}
	}
	return false
}

// hasAnySector reports whether some actor has one of the sectors.
func hasAnySector(as []truce.Actor, sectors map[string]bool) bool {
	for _, a := range as {
		if sectors[a.Sector] {
			return true
		}
	}
	return false
}

// diedInFighting: people killed in a fight the sentence names at or after
// the trigger fell in a battle, whoever they were ("twelve villagers were
// killed in fighting between two militias", "forty inmates died when
// clashes broke out between rival gangs"): ACLED records the fight, with
// the bystanders among its dead. A killer named as the doer ("rebels
// killed three herders amid fighting") made them an attack of its own.
func diedInFighting(x *acx) bool {
	if x.i < 0 || x.ev.Mode == "sexual" || !(x.is(acledCivilians, subAttack) || x.is(acledBattles, subClash)) {
		return false
	}
	st := x.st
	for k := x.i; k < len(st.low); k++ {
		if st.low[k] == "between" && k > 0 && st.clause[k] == st.clause[x.i] && (foughtWords.has(st.low[k-1]) || pairedFightWords.has(st.low[k-1])) {
			return x.set(acledBattles, subClash)
		}
		if !foughtWords.has(st.low[k]) || k >= x.j && !x.sufferedDeath() {
			continue
		}
		for n := k - 1; n >= 0 && n >= k-2; n-- {
			if fightLinks.has(st.low[n]) {
				return x.set(acledBattles, subClash)
			}
		}
		if k >= 2 && st.low[k-1] == "of" && fightSpans.has(st.low[k-2]) {
			return x.set(acledBattles, subClash)
		}
	}
	return false
}

// pairedFightWords name violence that is a fight only when two sides are
// named with "between": "an ambush between feuding clans", "violence
// between herders and farmers".
var pairedFightWords = filtered(wordSet("ambush", "ambushes", "violence", "feud", "fight", "fights", "confrontation", "confrontations"))

// fightSpans measure a fight out in time: "killed in three days of
// fighting", "after weeks of clashes".
var fightSpans = filtered(wordSet("hours", "days", "nights", "weeks", "months"))

// foughtWords name a fight deaths can fall in; "fire" and "gunfire" are
// left out, for the police's fire on a crowd is no battle.
var foughtWords = filtered(wordSet("fighting", "clashes", "clash", "battle", "battles", "firefight", "gunfight", "gunbattle",
	"skirmish", "skirmishes", "crossfire", "shootout", "shootouts", "shoot-out"))

// fightLinks tie a death to the fight it fell in: "killed in fighting",
// "died when clashes erupted", "amid heavy fighting".
var fightLinks = filtered(wordSet("in", "during", "amid", "when", "as"))

// sufferedDeath reports whether the trigger tells the deaths from the
// dead's side, in the passive or with "died" ("three herders were killed",
// "nine fishermen died"), naming no killer before it.
func (x *acx) sufferedDeath() bool {
	if diedWords.has(x.st.low[x.i]) {
		return true
	}
	return x.i > 0 && passiveAux.has(x.st.low[x.i-1])
}

// diedWords tell a death without a killer.
var diedWords = filtered(wordSet("died", "perished"))

// passiveAux, before a participle, make it passive.
var passiveAux = filtered(wordSet("was", "were", "been", "being"))

// backedState reports whether a state force heads the clause before the
// trigger with allies backing it ("government troops backed by local
// militias drove the insurgents out", "soldiers, supported by vigilantes,
// took the village"): the state leads, whoever else the doers take in.
func (x *acx) backedState() bool {
	st := x.st
	for _, m := range st.mentions {
		if m.i >= x.i || m.j > len(st.toks) || st.clause[m.i] != st.clause[x.i] || !stateForce(m.actor) {
			continue
		}
		k := m.j
		if k < x.i && st.low[k] == "," {
			k++
		}
		if k+1 < x.i && backingWords.has(st.low[k]) && st.low[k+1] == "by" {
			return true
		}
	}
	return false
}

// backingWords, before "by", name the allies that back a force.
var backingWords = filtered(wordSet("backed", "supported", "aided", "assisted", "helped", "accompanied"))
