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
	if claimVerbs.has(st.low[k]) && claimant(sp.actor) {
		return truce.StatusClaimed
	}
	n := reportedClause(st, k, i)
	// "said they had captured", "said its fighters had killed", not "said
	// it welcomed the vote". But "said it had decided to disband"
	// announces a decision, which the group alone can make: no claim to
	// dispute.
	if s := ownSubject(st, n); s >= 0 && s < i && claimant(sp.actor) &&
		(st.low[s] == "had" || st.low[s] == "have" || st.low[s] == "has") &&
		(s+1 >= len(st.low) || !decisionVerbs.has(st.low[s+1])) {
		return truce.StatusClaimed
	}
	if accusedIn(st, k, n, i, sp) != nil || chargedIn(st, k, i) {
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
var claimVerbs = filtered(wordSet("claimed", "claims", "claim"))

// ownMen are the nouns a speaker names its own fighters by: "the group
// said its fighters had downed a drone".
var ownMen = filtered(wordSet("fighters", "men", "forces", "troops", "units", "militants", "members", "gunmen", "combatants", "mujahideen"))

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
		if n+1 < len(st.low) && ownMen.has(st.low[n+1]) {
			return n + 2
		}
	}
	return -1
}

// decisionVerbs announce what a speaker has resolved to do: "it had
// decided to lay down its arms", "they have agreed to withdraw".
var decisionVerbs = filtered(map[string]bool{
	"decided": true, "agreed": true, "resolved": true, "voted": true, "chosen": true,
	// What a group makes of itself is its own to announce: "they had
	// merged into a single movement", "it had dissolved itself".
	"merged": true, "dissolved": true, "disbanded": true, "formed": true, "united": true,
})

// armed reports whether an actor is a non-state armed group, whose word on
// its own deeds is a claim. A state's forces reporting their operation
// report it ("Iraqi forces said they had cleared …").
func armed(a truce.Actor) bool {
	return !isState(a) && (a.Sector == "REB" || a.Sector == "MLT" || isArmedGroup(a))
}

// reportVerbs attribute what follows them to their subject.
var reportVerbs = filtered(map[string]bool{
	"reports": true, "reported": true, "said": true, "says": true, "claimed": true, "claims": true,
	"announced": true, "confirmed": true, "stated": true, "told": true, "say": true,
})

// attributes reports whether w attributes what goes with it to a speaker:
// a report verb, an inquiry's finding ("inspectors concluded that …"), or
// an accusation or declaration, which names its speaker but does not
// change roles elsewhere ("medics accused the army of …").
// The words are gathered in attributionWords: reportVerbs, admitVerbs,
// findingVerbs and "declared", "accused", "accuses", "added", "saying".
func attributes(w string) bool {
	return attributionWords.has(w)
}

// admitVerbs attribute what goes with them as a report verb does, here only
// (roles read reportVerbs): "the strike was a mistake, the command
// admitted"; "…, with doctors reporting 20 dead".
var admitVerbs = filtered(map[string]bool{
	"acknowledged": true, "acknowledges": true, "admitted": true, "admits": true, "reporting": true,
})

// frameBreaks end what a report verb before them governs: "the army
// reported calm, but a shell landed …".
var frameBreaks = filtered(map[string]bool{
	";": true, "but": true, "while": true, "whereas": true, "although": true, "though": true, "meanwhile": true,
})

// governingReport returns the report verb (or "according") before the
// trigger whose content the trigger is in, or -1: "the ministry said that
// Armenian units had fired", "according to the UN, militias killed".
// governingReport (perf28_report.go) keeps its answers on the sentence.
func governingReportAt(st *sent, i int) int {
	for k := i - 1; k >= 0 && k >= i-40; k-- {
		w := st.low[k]
		if frameBreaks.has(w) {
			return -1
		}
		if w == "according" && k+1 < len(st.low) && st.low[k+1] == "to" {
			return k
		}
		if attributes(w) && (st.toks[k].tag != "VBN" || k > 0 && st.low[k-1] == "," || thatFollows(st, k)) {
			return k
		}
		if (mediumVerbs.has(w) || chargeVerb(st, k)) && thatFollows(st, k) {
			return k
		}
	}
	return -1
}

// mediumVerbs report through a medium when a "that" clause follows them:
// "the ministry wrote on Telegram that …", "the spokesman posted on X
// that …". Without one they tell of the writing itself ("wrote a letter").
var mediumVerbs = filtered(map[string]bool{
	"wrote": true, "writes": true, "posted": true, "posts": true, "tweeted": true, "tweets": true,
})

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

// hopeWords voice a hope, whose content has not happened: "diplomats hope
// the gesture will revive talks".
var hopeWords = filtered(wordSet("hope", "hopes", "hoped", "hoping", "wish", "wishes"))

// hopedFor reports whether the trigger at i lies in what a hope looks
// forward to: a hope verb before it in its stretch of the sentence, with a
// modal after the hope word in that stretch ("envoys hope the release will
// pave the way for negotiations", "are hoping the visit could produce an
// accord"). A trigger that is the content's subject ("hope the prisoner
// release will …") names what the hope rests on, told before. "Welcomed
// the vote and said it hoped it would speed …" keeps the welcome.
func hopedFor(st *sent, i int) bool {
	k := -1
	for n := i - 1; n >= 0 && n >= i-14; n-- {
		if st.low[n] == "," || frameBreaks.has(st.low[n]) {
			return false
		}
		if hopeWords.has(st.low[n]) && strings.HasPrefix(st.toks[n].tag, "VB") {
			k = n
			break
		}
	}
	if k < 0 {
		return false
	}
	for n := k + 1; n < len(st.low) && n <= k+12; n++ {
		if st.low[n] == "," || frameBreaks.has(st.low[n]) {
			return false
		}
		if futureModals.has(st.low[n]) {
			return true
		}
	}
	return false
}

// futureModals speak of what may come: "will help", "could produce".
var futureModals = filtered(wordSet("will", "would", "could", "can", "might", "may", "'ll"))

// unmetWords, after "had been" and before "to", tell an expectation the
// past perfect marks as unmet: "had been expected to sign a deal", "had
// been due to meet".
var unmetWords = filtered(wordSet("expected", "due", "supposed", "meant", "scheduled"))

// unmetExpectation reports whether the trigger at i is what an earlier
// expectation looked forward to: "negotiators had been expected to sign a
// deal on prisoner exchanges", "the envoys had hoped to meet". Told in the
// past perfect, the expectation was overtaken; the act did not come. A
// measure told by what it "was supposed to" or "was meant to" do ("sanctions
// on Minsk were meant to starve the regime") is judged, not imposed.
func unmetExpectation(st *sent, i int) bool {
	if strings.HasPrefix(st.toks[i].tag, "NN") {
		for n := i + 1; n+2 < len(st.low) && n <= i+6; n++ {
			if st.low[n] == "," || finiteVerb(st.toks[n].tag) && st.low[n] != "was" && st.low[n] != "were" {
				break
			}
			if (st.low[n] == "was" || st.low[n] == "were") && (st.low[n+1] == "supposed" || st.low[n+1] == "meant") && st.low[n+2] == "to" {
				return true
			}
		}
	}
	for n := i - 1; n >= 2 && n >= i-6; n-- {
		if st.low[n] == "," || frameBreaks.has(st.low[n]) {
			return false
		}
		if st.low[n] != "to" {
			continue
		}
		switch {
		case unmetWords.has(st.low[n-1]) && st.low[n-2] == "been" && n >= 3 && st.low[n-3] == "had":
			return true
		case st.low[n-1] == "hoped" && st.low[n-2] == "had":
			return true
		}
	}
	return false
}

// commentatorNouns name people whose words are commentary, not reports of
// acts: "analysts say", "critics argue", "historians still debate".
// Experts are left out: "a UN panel of experts said" reports.
var commentatorNouns = filtered(wordSet("analysts", "critics", "historians", "economists", "observers", "commentators", "authors", "scholars", "pundits", "academics"))

// opinionVerbs give a commentator's view: "analysts expect", "critics
// contend".
var opinionVerbs = filtered(wordSet("say", "says", "said", "argue", "argues", "argued", "contend", "contends", "believe", "believes", "expect", "expects",
	"fear", "fears", "think", "thinks", "reckon", "reckons", "estimate", "estimates", "debate", "disagree", "suggest", "suggests", "note", "noted", "warn", "warns"))

// inverseOpinionVerbs open an opinion's source after its content: "…,
// argues a study by a Nairobi think tank". "Said" is left out: ", said a
// spokesman" reports.
var inverseOpinionVerbs = filtered(wordSet("argues", "argued", "contends", "suggests", "concludes"))

// commentary reports whether the trigger at i lies in what commentators
// think: the content after "analysts in Nairobi expect", "critics contend
// that", or before ", argues a new study". Their view of what may come or
// what it means is no act; an act told before them in the sentence ("the
// army shelled the town; analysts said …") stays.
func commentary(st *sent, i int) bool {
	for _, k := range st.commentatorPlaces() {
		if k >= i {
			break
		}
		for v := k + 1; v < i && v <= k+7; v++ {
			if st.low[v] == "," || frameBreaks.has(st.low[v]) {
				break
			}
			if opinionVerbs.has(st.low[v]) {
				return !breakBetween(st, v, i)
			}
		}
	}
	for v := i + 1; v+1 < len(st.low); v++ {
		if frameBreaks.has(st.low[v]) {
			return false
		}
		if inverseOpinionVerbs.has(st.low[v]) && st.low[v-1] == "," && (st.toks[v+1].tag == "DT" || commentatorNouns.has(st.low[v+1])) {
			return true
		}
	}
	return false
}

// Acts only spoken of: a kind of act named by likeness, an agreement
// told as what it would do.

// likenessWords make the noun after them a kind of act, compared with the
// one told, not an act of its own: "similar attacks", "such rallies".
var likenessWords = filtered(wordSet("similar", "such", "comparable"))

// actOfKind reports whether the trigger noun at cd is named only as a kind
// of act: "separatists have carried out similar attacks in the area",
// "such protests are held every week". The likeness points at acts told
// elsewhere or at a habit; "the first such raid since 2019" names again
// the raid just told.
func actOfKind(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' && !strings.HasPrefix(st.toks[cd.i].tag, "NN") || mode37CountedMeeting(st, cd) {
		return false
	}
	for k := cd.i - 1; k >= 0 && k >= cd.i-3; k-- {
		if likenessWords.has(st.low[k]) {
			return true
		}
		if !isModifier(st.toks[k]) {
			break
		}
	}
	return false
}

// conditionalAgreement reports whether an indefinite agreement noun is the
// subject of a modal that tells what it would do: "a binding accord on
// grazing rights could end the raids", "a written treaty might calm the
// border". Such an agreement is spoken of, not made. A truce that "would
// begin at midnight" is often the news of one announced, so a ceasefire
// noun needs "could" or "might".
func conditionalAgreement(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' || !isAgreementNoun(cd.e) {
		return false
	}
	k := cd.i - 1
	for k >= 0 && st.low[k] != "a" && st.low[k] != "an" && isModifier(st.toks[k]) && !finiteVerb(st.toks[k].tag) {
		k--
	}
	if k < 0 || st.low[k] != "a" && st.low[k] != "an" {
		return false
	}
	for n := cd.j; n < len(st.low) && n <= cd.j+8; n++ {
		switch w := st.low[n]; {
		case w == "could" || w == "might":
			return true
		case w == "would":
			return !cd.e.has(flagCease)
		case w == "," || w == "that" || w == "which" || w == "who" || frameBreaks.has(w) || finiteVerb(st.toks[n].tag):
			return false
		case n == cd.j && strings.HasPrefix(st.toks[n].tag, "VB"):
			return false // "a deal signed on Monday would give …"
		}
	}
	return false
}

// finiteVerb reports whether a tag is a verb with a tense, which begins a
// predicate: not a participle inside a phrase ("an accord on grazing
// rights").
func finiteVerb(tag string) bool {
	return tag == "VB" || tag == "VBD" || tag == "VBZ" || tag == "VBP"
}

// describedParty reports whether the trigger verb at cd, in the present
// simple, opens a relative clause that describes a party (an actor named
// just before it) rather than telling an act: "Tehran, which supports the Houthis, condemned …",
// "a movement that seeks independence". A report verb there ("which says
// 40 died") still frames what it reports.
func describedParty(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || attributes(st.low[cd.i]) {
		return false
	}
	if t := st.toks[cd.i].tag; t != "VBZ" && t != "VBP" {
		return false
	}
	k := cd.i - 1
	if k >= 1 && st.toks[k].tag == "RB" {
		k--
	}
	if k < 1 {
		return false
	}
	// The clause must hang on a party: "a law on Monday that bars
	// Amnesty" tells what the law does.
	a := k - 1
	if st.low[a] == "," && a >= 1 {
		a--
	}
	switch st.low[k] {
	case "which", "who", "that":
		return st.mentionAt(a) != nil
	}
	return false
}
