package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// tell35OwnWeapons are the nouns a force names its own arms by, as the
// subject of what it says it did: "the army said its jets had struck",
// "the ministry said its drones hit two camps".
var tell35OwnWeapons = filtered(wordSet("aircraft", "jets", "warplanes", "planes", "drones", "helicopters", "artillery",
	"gunships", "warships", "ships", "navy", "escort", "escorts", "soldiers", "units", "air", "special"))

// tell35ForceClaim reports whether the attack at i is what a state's armed
// force says it did itself: "the army said its jets had bombed the camp",
// "the military said on Friday that it killed 40 militants", "Africa
// Command said it had killed four fighters in an airstrike". A side's own
// word on its blow in a war is a claim, as an armed group's is (frameStatus
// reads those); the act must open the reported clause, right after the
// force itself or its men, with no other clause between ("said it had seen
// signs that the army used gas" is the speaker's charge, not its deed).
func tell35ForceClaim(st *sent, i int) bool {
	k := governingReport(st, i)
	if k < 0 || !reportVerbs.has(st.low[k]) || st.low[k] == "told" {
		return false
	}
	sp := reportSpeaker(st, k)
	if sp == nil || !tell35Force(sp.actor) && !claimant(sp.actor) && !tell35DefenceVoice(st, sp) || tell35Warded.has(st.low[i]) && !prec61OwnFight(st, i) {
		return false
	}
	n := reportedClause(st, k, i)
	s := tell35OwnVerb(st, n, i)
	if s < 0 || s > i || s+1 < len(st.low) && tell35Warded.has(st.low[s+1]) && !prec61OwnFight(st, s+1) {
		return false
	}
	return tell35PlainRun(st, s, i)
}

// tell35PlainRun reports whether the words from the verb at s to the
// attack at i go on telling the speaker's own deed, with no other clause
// between.
func tell35PlainRun(st *sent, s, i int) bool {
	for x := s + 1; x < i; x++ {
		switch w := st.low[x]; {
		case w == "that" || w == "which":
			// "planted the bomb that destroyed a truck" goes on telling the
			// deed; "had seen signs that the army used gas" tells another's.
			if p := st.toks[x-1]; !strings.HasPrefix(p.tag, "NN") || tell35EvidenceNouns.has(p.low) {
				return false
			}
		case w == "who" || w == ";" || frameBreaks.has(w) || attributes(w):
			return false
		case w == "after" || w == "before" || w == "when" || w == "as" || w == "since":
			return false // "said it had withdrawn after militants attacked"
		}
	}
	return true
}

// tell35EvidenceNouns name what a speaker saw or heard of another's deed:
// "it had found evidence that …", "it had received reports that …".
var tell35EvidenceNouns = filtered(wordSet("signs", "sign", "evidence", "reports", "report", "indications", "accounts",
	"proof", "information", "intelligence", "testimony", "allegations", "claims", "fears", "concerns"))

// tell35Force reports whether a speaker is a state's fighting force, named
// ("Nigeria's air force", a command such as US Africa Command) or not
// ("the army"): coded with a military sector.
func tell35Force(a truce.Actor) bool {
	return a.Sector == "MIL"
}

// tell35DefenceVoice reports whether a state speaker is named as the voice
// of its forces: "the defence ministry", "the military government", "the
// Ministry of Defense".
func tell35DefenceVoice(st *sent, sp *mention) bool {
	if sp.actor.Sector != "GOV" || sp.actor.Country != "" && !isState(sp.actor) {
		return false
	}
	// The words before a bare noun qualify it: "the military government".
	from := sp.i
	for from > 0 && from > sp.i-2 && isModifier(st.toks[from-1]) {
		from--
	}
	for x := from; x < sp.j && x < len(st.low); x++ {
		switch st.low[x] {
		case "defence", "defense", "military", "army", "war":
			return true
		}
	}
	return false
}

// tell35Warded are the verbs of a blow warded off: the force that repelled
// or intercepted an attack reports the attack made on it, and claims none
// of its own ("said it had repelled an assault on its post"). So are those
// of an area cleared, which report a sweep rather than claim a blow ("said
// they had cleared fighters from three villages").
var tell35Warded = filtered(wordSet("repelled", "repulsed", "foiled", "thwarted", "intercepted", "averted", "prevented", "defeated",
	"cleared", "driven", "drove", "flushed", "swept", "secured"))

// tell35OwnVerb returns the verb of the clause opening at n when its
// subject is the speaker ("it", "they", "we") or the speaker's own men or
// arms ("its troops", "its drones", "its fighters and allied militias"),
// or -1: "had" or "has" before a participle, or a verb in the past.
func tell35OwnVerb(st *sent, n, i int) int {
	if n >= len(st.low) || n > i {
		return -1
	}
	x := -1
	switch st.low[n] {
	case "it", "they", "we":
		x = n + 1
	case "its", "their", "our":
		for m := n + 1; m < len(st.low) && m <= n+3 && m < i; m++ {
			if ownMen.has(st.low[m]) || tell35OwnWeapons.has(st.low[m]) {
				x = m + 1
			}
		}
		// "its fighters and allied resistance forces had captured": a
		// partner named with the force's own men.
		if x >= 0 && x < len(st.low) && st.low[x] == "and" {
			for m := x + 1; m < len(st.low) && m <= x+4 && m < i; m++ {
				if ownMen.has(st.low[m]) {
					x = m + 1
					break
				}
			}
		}
	}
	if x < 0 || x >= len(st.low) {
		return -1
	}
	return tell35DeedVerb(st, x, i)
}

// tell35DeedVerb returns the verb of the deed told at x, past an adverb
// ("they later bombed"): a perfect auxiliary not followed by a decision
// or "been", a past verb, or the trigger i itself in "-ed"; -1 otherwise.
func tell35DeedVerb(st *sent, x, i int) int {
	if st.toks[x].tag == "RB" && x+1 < len(st.low) {
		x++
	}
	switch {
	case st.low[x] == "had" || st.low[x] == "has" || st.low[x] == "have":
		if x+1 < len(st.low) && (decisionVerbs.has(st.low[x+1]) || st.low[x+1] == "been") {
			return -1
		}
		return x
	case st.toks[x].tag == "VBD" || x == i && strings.HasSuffix(st.low[x], "ed"):
		return x
	}
	return -1
}
