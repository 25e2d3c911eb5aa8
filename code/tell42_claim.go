package code

import "github.com/truce-project/truce"

// tell42StateForceClaim reports whether the attack at i is what a state
// says its own forces did: "Israel said its aircraft had struck the
// convoy", "regional officials said their troops, who had been fighting
// the group for weeks, overran two bases", "the army said civilians were
// killed and that its air force had shot down two jets". A side's word on
// its own forces' blow is a claim, whichever of its voices gives it; the
// force must be named as the speaker's own ("its", "their", "our"), so
// that a state's word on another's deed stays a report or an allegation.
// It reads what tell35ForceClaim does not: a government or a country as
// the speaker, a two-word force ("its air force"), a relative clause
// between the force and its verb, and a second reported clause ("said …
// and that its …").
func tell42StateForceClaim(st *sent, i int) bool {
	k := governingReport(st, i)
	if k < 0 || !reportVerbs.has(st.low[k]) || st.low[k] == "told" || tell35Warded.has(st.low[i]) {
		return false
	}
	sp := reportSpeaker(st, k)
	if sp == nil || !tell42SpeaksForForce(st, sp) {
		return false
	}
	for _, n := range [2]int{reportedClause(st, k, i), tell42SecondClause(st, k, i)} {
		if n < 0 {
			continue
		}
		s := tell42OwnForceVerb(st, n, i)
		if s < 0 || s > i || s+1 < len(st.low) && tell35Warded.has(st.low[s+1]) {
			continue
		}
		if tell35PlainRun(st, s, i) {
			return true
		}
	}
	return false
}

// tell42SpeaksForForce reports whether a speaker may speak for a state's
// forces: the force itself, an armed group, the defence ministry, or the
// state's government or the country named for it.
func tell42SpeaksForForce(st *sent, sp *mention) bool {
	a := sp.actor
	if tell35Force(a) || claimant(a) || tell35DefenceVoice(st, sp) {
		return true
	}
	return isState(a) && (a.Sector == "GOV" || a.Sector == "")
}

// tell42SecondClause returns where a second clause reported by the verb
// at k opens ("said 26 civilians were killed, and that its air force had
// shot down five jets"), or -1.
func tell42SecondClause(st *sent, k, i int) int {
	for x := i - 1; x > k+1; x-- {
		w := st.low[x]
		if w == ";" || w == "." || frameBreaks.has(w) && x != k {
			return -1
		}
		if w == "that" && st.low[x-1] == "and" {
			return x + 1
		}
	}
	return -1
}

// tell42ForceNouns name a state's own forces or arms after "its": the
// nouns tell35 reads, and a force named in two words ("its air force").
var tell42ForceNouns = filtered(wordSet("force", "army", "military"))

// tell42OwnForceVerb returns the verb of the clause opening at n when its
// subject is the speaker's own men or arms ("its aircraft", "their
// troops", "its air force"), past a relative clause set off by commas
// ("their troops, who have been fighting there since May, overran"), or
// -1: "had" or "has" before a participle, or a verb in the past.
func tell42OwnForceVerb(st *sent, n, i int) int {
	if n >= len(st.low) || n >= i {
		return -1
	}
	if w := st.low[n]; w != "its" && w != "their" && w != "our" {
		return -1
	}
	x := -1
	for m := n + 1; m < len(st.low) && m <= n+3 && m < i; m++ {
		if w := st.low[m]; ownMen.has(w) || tell35OwnWeapons.has(w) || tell42ForceNouns.has(w) {
			x = m + 1
		}
	}
	if x < 0 || x >= i {
		return -1
	}
	// ", who have been fighting the group since December,": the clause
	// says more of the force; its verb comes after the closing comma.
	if st.low[x] == "," && x+1 < i && (st.low[x+1] == "who" || st.low[x+1] == "which") {
		close := -1
		for m := x + 2; m < i && m <= x+25; m++ {
			if st.low[m] == "," {
				close = m
				break
			}
		}
		if close < 0 {
			return -1
		}
		x = close + 1
	}
	if x >= len(st.low) {
		return -1
	}
	return tell35DeedVerb(st, x, i)
}

// tell42ClaimStatus is the status of an attack a state says its own forces
// did, or "" when it is not one.
func tell42ClaimStatus(st *sent, i int) string {
	if tell42StateForceClaim(st, i) {
		return truce.StatusClaimed
	}
	return ""
}

// tell42UnchargedTypes are the kinds of act no one is charged with: a
// demand, an offer, talks or a pledge a state says another made ("Kyiv
// said Moscow had demanded a pullback", "she said Washington had
// committed to curb arms smuggling") are reported, not alleged, as an
// attack or an arms delivery so told would be.
var tell42UnchargedTypes = filtered(wordSet(truce.Request, truce.Agree, truce.Consult))

// tell42UnchargedStatus returns the status of an event the reading of its
// report frame made alleged: reported when it is of a kind no one is
// charged with. An accusation's content is made alleged after it, whatever
// this returns.
func tell42UnchargedStatus(ev *truce.Event) string {
	if ev.Status == truce.StatusAlleged && tell42UnchargedTypes.has(ev.Type) {
		return truce.StatusReported
	}
	return ev.Status
}
