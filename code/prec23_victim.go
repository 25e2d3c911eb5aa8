package code

// The charge that set a crowd on its victim, found recurring in blind wire
// copy and across the dev set: "a mob beat a man to death after accusing
// him of theft", "a crowd burned churches after two men were accused of
// desecrating the Koran", "students stoned a classmate to death, accusing
// her of blasphemy". The charge is the attack's pretext, told to explain
// it; it is no accusation of one party by another to code beside the
// attack. A state's charge against those it sanctions, expels or detains
// ("imposed sanctions on the minister, accusing him of corruption") is a
// political act and stays: only a violent act's victim is meant here.

import "strings"

// accuseForms are the accusation verbs a pretext is told with.
var accuseForms = filtered(wordSet("accused", "accusing", "accuse", "accuses"))

// victimPronouns name the victim of the act told just before.
var victimPronouns = filtered(wordSet("him", "her", "them"))

// victimAccused reports whether the accusation cd is the pretext of a
// violent act told before it in the sentence: the accused is that act's
// victim, named by a pronoun or as the passive's subject, and the charge
// comes after "after" or in a participle set off by a comma.
func victimAccused(st *sent, before []*candidate, cd *candidate) bool {
	if !strings.HasPrefix(cd.e.cameo, "11") || !accuseForms.has(st.low[cd.i]) || cd.i == 0 {
		return false
	}
	violent := false
	for _, p := range before {
		if p.e.has(flagViolent) && !p.e.has(flagTerritory) && !strings.HasPrefix(p.e.cameo, "17") && !strings.HasPrefix(p.e.cameo, "11") {
			violent = true
		}
	}
	if !violent {
		return false
	}
	next := ""
	if cd.j < len(st.low) {
		next = st.low[cd.j]
	}
	passive := passiveAccused(st, cd.i)
	if !victimPronouns.has(next) && !passive {
		return false
	}
	// "…, accusing her of blasphemy".
	if st.low[cd.i-1] == "," && st.low[cd.i] == "accusing" {
		return true
	}
	// "after accusing him", "after being accused", "after two men were
	// accused", "after a fellow trader accused him".
	for k := cd.i - 1; k >= 0 && k >= cd.i-7; k-- {
		w := st.low[k]
		if w == "after" {
			return true
		}
		if w == "," || w == ";" || clauseBreaks.has(w) {
			return false
		}
	}
	return false
}

// passiveAccused reports whether the accusation verb at i is a passive
// whose subject is the accused: "being accused", "were accused".
func passiveAccused(st *sent, i int) bool {
	if i == 0 || st.low[i] != "accused" {
		return false
	}
	switch st.low[i-1] {
	case "being", "was", "were", "been":
		return true
	}
	return false
}
