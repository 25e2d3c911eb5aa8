package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// frameStatus reads the status a report frame gives what it reports: an
// armed group saying it did something claims it ("the insurgents said they
// had captured the town"); a state saying another country's forces had
// done something alleges it ("Baku said Armenian units had fired on its
// positions").
func frameStatus(st *sent, i int) string {
	k := governingReport(st, i)
	if k < 0 || st.low[k] == "according" {
		return ""
	}
	sp := reportSpeaker(st, k)
	if sp == nil {
		return ""
	}
	// "claimed responsibility for the ambush", "claimed the bombing".
	if claimVerbs[st.low[k]] && armed(sp.actor) {
		return truce.StatusClaimed
	}
	n := reportedClause(st, k, i)
	// "said they had captured", "said its fighters had killed", not "said
	// it welcomed the vote". But "said it had decided to disband"
	// announces a decision, which the group alone can make: no claim to
	// dispute.
	if s := ownSubject(st, n); s >= 0 && s < i && armed(sp.actor) &&
		(st.low[s] == "had" || st.low[s] == "have" || st.low[s] == "has") &&
		(s+1 >= len(st.low) || !decisionVerbs[st.low[s+1]]) {
		return truce.StatusClaimed
	}
	if accusedIn(st, k, n, i, sp) != nil {
		return truce.StatusAlleged
	}
	return ""
}

// allegedBy returns the report verb before the trigger at i, its speaker
// and the one it accuses, when what it reports is a state's word on what
// another country's forces had done: "Baku said Armenian units had fired
// on its positions". k is -1 otherwise.
func allegedBy(st *sent, i int) (k int, sp, accused *mention) {
	k = governingReport(st, i)
	if k < 0 || st.low[k] == "according" {
		return -1, nil, nil
	}
	if sp = reportSpeaker(st, k); sp == nil {
		return -1, nil, nil
	}
	if accused = accusedIn(st, k, reportedClause(st, k, i), i, sp); accused == nil {
		return -1, nil, nil
	}
	return k, sp, accused
}

// reportedClause returns the first token of what the report verb at k
// says, before the trigger at i: past "on Monday", "that" and commas.
func reportedClause(st *sent, k, i int) int {
	n := k + 1
	// "said in a statement that", "told parliament on Monday that": a
	// phrase with no verb before the "that" says where it was said.
	for x := n; x < i && x <= k+6; x++ {
		if st.low[x] == "that" {
			n = x + 1
			break
		}
		if st.low[x] == "," || strings.HasPrefix(st.toks[x].tag, "VB") || st.toks[x].tag == "MD" {
			break
		}
	}
	for n < i && (st.low[n] == "on" || st.low[n] == "that" || st.low[n] == "," || st.toks[n].tag == "NNP" && st.mentionAt(n) == nil) {
		n++
	}
	return n
}

// accusedIn returns the actor a state speaker's report at k says had done
// the act at i, its clause opening at n, or nil: another country's actor,
// the subject of a verb in the past perfect.
func accusedIn(st *sent, k, n, i int, sp *mention) *mention {
	// "said … had fired", or told now: "says … have used".
	present := st.low[k] == "says" || st.low[k] == "say"
	pastPerfect := false
	for x := k + 1; x < i; x++ {
		if st.low[x] == "had" || present && (st.low[x] == "have" || st.low[x] == "has") {
			pastPerfect = true
		}
	}
	if !pastPerfect || sp.actor.Country == "" || !isState(sp.actor) {
		return nil
	}
	if st.isPassive(i) {
		return nil // "fighters had been killed": the speaker's own toll
	}
	// The reported clause must open with the accused: "said Armenian
	// units had fired", not "said it was Islamabad that had asked".
	for n < i && (st.toks[n].tag == "DT" || strings.HasPrefix(st.toks[n].tag, "JJ")) && st.mentionAt(n) == nil {
		n++
	}
	// The trigger must be what the accused did ("had fired rockets"), not a
	// noun further on ("in violation of the ceasefire").
	if m := st.mentionAt(n); m != nil && !m.place && m.actor.Country != "" && m.actor.Country != sp.actor.Country &&
		i-m.j <= 4 {
		return m
	}
	return nil
}

// claimVerbs make a group's report on an act a claim of it: "IS claimed
// responsibility for the bombing", "the BLA claimed the attack".
var claimVerbs = wordSet("claimed", "claims", "claim")

// ownMen are the nouns a speaker names its own fighters by: "the group
// said its fighters had downed a drone".
var ownMen = wordSet("fighters", "men", "forces", "troops", "units", "militants", "members", "gunmen", "combatants", "mujahideen")

// ownSubject returns the token after the subject of the reported clause
// opening at n when that subject is the speaker itself ("they", "it",
// "we") or its own men ("its fighters", "our forces"), or -1.
func ownSubject(st *sent, n int) int {
	if n >= len(st.low) {
		return -1
	}
	switch st.low[n] {
	case "they", "it", "we":
		return n + 1
	case "its", "their", "our":
		if n+1 < len(st.low) && ownMen[st.low[n+1]] {
			return n + 2
		}
	}
	return -1
}

// decisionVerbs announce what a speaker has resolved to do: "it had
// decided to lay down its arms", "they have agreed to withdraw".
var decisionVerbs = map[string]bool{"decided": true, "agreed": true, "resolved": true, "voted": true, "chosen": true}

// armed reports whether an actor is a non-state armed group, whose word on
// its own deeds is a claim. A state's forces reporting their operation
// report it ("Iraqi forces said they had cleared …").
func armed(a truce.Actor) bool {
	return !isState(a) && (a.Sector == "REB" || a.Sector == "MLT" || isArmedGroup(a))
}

// reportVerbs attribute what follows them to their subject.
var reportVerbs = map[string]bool{
	"reports": true, "reported": true, "said": true, "says": true, "claimed": true, "claims": true,
	"announced": true, "confirmed": true, "stated": true, "told": true, "say": true,
}

// attributes reports whether w attributes what goes with it to a speaker:
// a report verb, an inquiry's finding ("inspectors concluded that …"), or
// an accusation or declaration, which names its speaker but does not
// change roles elsewhere ("medics accused the army of …").
func attributes(w string) bool {
	return reportVerbs[w] || admitVerbs[w] || findingVerbs[w] || w == "declared" || w == "accused" || w == "accuses" || w == "added" || w == "saying"
}

// admitVerbs attribute what goes with them as a report verb does, here only
// (roles read reportVerbs): "the strike was a mistake, the command
// admitted"; "…, with doctors reporting 20 dead".
var admitVerbs = map[string]bool{
	"acknowledged": true, "acknowledges": true, "admitted": true, "admits": true, "reporting": true,
}

// frameBreaks end what a report verb before them governs: "the army
// reported calm, but a shell landed …".
var frameBreaks = map[string]bool{
	";": true, "but": true, "while": true, "whereas": true, "although": true, "though": true, "meanwhile": true,
}

// governingReport returns the report verb (or "according") before the
// trigger whose content the trigger is in, or -1: "the ministry said that
// Armenian units had fired", "according to the UN, militias killed".
func governingReport(st *sent, i int) int {
	for k := i - 1; k >= 0 && k >= i-40; k-- {
		w := st.low[k]
		if frameBreaks[w] {
			return -1
		}
		if w == "according" && k+1 < len(st.low) && st.low[k+1] == "to" {
			return k
		}
		if attributes(w) && (st.toks[k].tag != "VBN" || k > 0 && st.low[k-1] == "," || thatFollows(st, k)) {
			return k
		}
		if mediumVerbs[w] && thatFollows(st, k) {
			return k
		}
	}
	return -1
}

// mediumVerbs report through a medium when a "that" clause follows them:
// "the ministry wrote on Telegram that …", "the spokesman posted on X
// that …". Without one they tell of the writing itself ("wrote a letter").
var mediumVerbs = map[string]bool{
	"wrote": true, "writes": true, "posted": true, "posts": true, "tweeted": true, "tweets": true,
}

// thatFollows reports whether a "that" opens the complement of the verb at
// k within a few words: a report verb the tagger took for a participle
// ("the rebels declared on Saturday that …") still reports.
func thatFollows(st *sent, k int) bool {
	for n := k + 1; n < len(st.low) && n <= k+4; n++ {
		switch {
		case st.low[n] == "that":
			return true
		case st.low[n] == "," || strings.HasPrefix(st.toks[n].tag, "VB") || st.toks[n].tag == "MD":
			return false
		}
	}
	return false
}

// trailingReport returns the report verb (or "according") after the
// trigger that attributes the whole clause, or -1: "…, officials said",
// "…, said the army", "…, according to medics".
func trailingReport(st *sent, i int) int {
	for k := i + 1; k < len(st.low); k++ {
		w := st.low[k]
		if w == "according" && k+1 < len(st.low) && st.low[k+1] == "to" && st.low[k-1] == "," {
			return k
		}
		if !attributes(w) || w == "accused" || w == "accuses" {
			continue
		}
		if k+1 < len(st.low) && st.low[k+1] == "that" {
			continue
		}
		if st.low[k-1] == "," {
			return k // "…, said the army"
		}
		for n := k - 1; n > i && n >= k-14; n-- {
			if st.low[n] == "," {
				if bareVerbPhrase(st, n+1, k) {
					break // "…, then said": a second act of the subject
				}
				return k
			}
			if st.clause[n] != st.clause[k] {
				break
			}
		}
	}
	return -1
}
