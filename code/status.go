package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// statusNear reads hedges, negations, conditions, plans, denials and
// attributions around a trigger.
func statusNear(st *sent, i int) string {
	// "…, a condition Manila rejected": told in a clause of its own.
	if s, ok := appositiveRelative(st, i); ok {
		if s == truce.StatusReported {
			return ""
		}
		return s
	}
	for k := i - 3; k <= i+1 && k < len(st.low); k++ {
		if k < 0 {
			continue
		}
		switch st.low[k] {
		case "allegedly", "purportedly", "supposedly", "reportedly":
			return truce.StatusAlleged
		case "slated", "planned", "scheduled", "upcoming", "follow-up", "proposed":
			return truce.StatusPlanned
		case "not", "never", "no", "n't", "without":
			if k < i && negatedCondition(st, k) {
				return truce.StatusHypothetical
			}
			if k < i {
				return truce.StatusNegated
			}
		}
	}
	for k := i + 1; k < len(st.low) && k < i+10; k++ {
		switch st.low[k] {
		case "slated", "scheduled":
			return truce.StatusPlanned
		}
	}
	// The lexicon's "would send * tanks to" after "said Berlin": a plan.
	if st.low[i] == "would" && reportedFuture(st, i) {
		return truce.StatusPlanned
	}
	// The lexicon's "would cost * lives" after "the rebels said that the
	// decision": a warning told, of what is to come, on no condition.
	if st.low[i] == "would" && warnedFuture(st, i) {
		return truce.StatusPlanned
	}
	if suspectedPast(st, i) {
		return truce.StatusAlleged
	}
	if conditional(st, i) {
		return truce.StatusHypothetical
	}
	// "did not reach any deal", "will not hold direct negotiations"; but
	// "which have never had ties, and agreed to talk": a comma and a
	// conjunction open another clause, out of the negation's reach, and so
	// does a comma and a participle ("said it had not been consulted,
	// calling the summit a sham").
	for k := i - 1; k >= 0 && k >= i-6 && st.clause[k] == st.clause[i] && !quoteMark(st.low[k]); k-- {
		if st.low[k] == "," && k+1 < i && (st.low[k+1] == "and" || st.low[k+1] == "but") {
			break
		}
		if st.low[k] == "," && k+1 <= i && st.toks[k+1].tag == "VBG" {
			break
		}
		if st.low[k] == "not" || st.low[k] == "n't" || st.low[k] == "never" {
			if negatedCondition(st, k) {
				return truce.StatusHypothetical
			}
			return truce.StatusNegated
		}
	}
	if fellShort(st, i) {
		return truce.StatusNegated
	}
	if denied(st, i) {
		return truce.StatusDenied
	}
	if accusedOf(st, i) || chargeDenied(st, i) || foundAgainst(st, i) {
		return truce.StatusAlleged
	}
	if planned(st, i) || dealTerms(st, i) {
		return truce.StatusPlanned
	}
	if disputed(st, i) || claimedToHave(st, i) {
		return truce.StatusClaimed
	}
	if s := frameStatus(st, i); s != truce.StatusAlleged || !jointDecision(st, i) {
		return s
	}
	return ""
}

// chargeNouns name an accusation an apposition can point back to.
var chargeNouns = map[string]bool{"charge": true, "accusation": true, "allegation": true, "claim": true}

// chargeDenied reports whether the trigger is what an apposition after it
// calls a charge someone denies: "Kigali was arming the rebels, a charge
// Rwanda denies", "over the delivery of drones to Moscow, an accusation
// Tehran rejects". The trigger must open the charged clause, right after
// "that" or "over", with no report verb between it and the apposition.
func chargeDenied(st *sent, i int) bool {
	opened := false
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if st.low[k] == "that" || st.low[k] == "over" {
			opened = true
			break
		}
	}
	if !opened {
		return false
	}
	for k := i + 1; k+2 < len(st.low); k++ {
		if attributes(st.low[k]) || frameBreaks[st.low[k]] {
			return false
		}
		if st.low[k] != "," {
			continue
		}
		n := k + 1
		if st.low[n] == "a" || st.low[n] == "an" || st.low[n] == "the" {
			n++
		}
		if n >= len(st.low) || !chargeNouns[st.low[n]] {
			continue
		}
		for m := n + 1; m < len(st.low) && m <= n+5; m++ {
			switch st.low[m] {
			case "deny", "denies", "denied", "reject", "rejects", "rejected", "disputes", "disputed":
				return true
			}
		}
		return false
	}
	return false
}

// disputeWords, after a second speaker, contradict the first: "but NATO
// said it had seen no sign of a pullback".
var disputeWords = map[string]bool{
	"denied": true, "denies": true, "disputed": true, "disputes": true, "rejected": true, "dismissed": true,
	"sign": true, "evidence": true, "false": true,
}

// disputed reports whether the trigger is what a speaker said of its own
// side and another speaker then contradicted: "Moscow said some of its
// troops were leaving the border, but NATO said it had seen no sign of
// it". The speaker's word on its own deed is then a claim.
func disputed(st *sent, i int) bool {
	k := governingReport(st, i)
	if k < 0 || st.low[k] == "according" {
		return false
	}
	own := false
	for n := k + 1; n < i; n++ {
		switch st.low[n] {
		case "its", "their", "our", "we", "they", "it":
			own = true
		}
	}
	if !own {
		return false
	}
	for n := i + 1; n < len(st.low); n++ {
		if st.low[n] != "but" && st.low[n] != "while" {
			continue
		}
		report := false
		for m := n + 1; m < len(st.low) && m <= n+25; m++ {
			w := st.low[m]
			report = report || reportVerbs[w]
			if report && (disputeWords[w] && (w != "sign" && w != "evidence" || st.low[m-1] == "no")) {
				return true
			}
			if denialVerbs[w] {
				return true // "but Kyiv denied it"
			}
		}
		return false
	}
	return false
}

// conditional reports whether the trigger's clause makes it depend on
// something else or only possible: "would accept a pause", "could
// threaten", "if the rebels withdraw", "for as long as no attacks are
// launched". A hypothetical material act codes no event (build), so the
// cues stay few: "unless" is left out.
func conditional(st *sent, i int) bool {
	// "Were Washington to lift its embargo, …", "Should talks fail, …":
	// an inverted condition opens the sentence.
	if len(st.low) > 2 && (st.low[0] == "were" || st.low[0] == "should" || st.low[0] == "had") && st.clause[i] == st.clause[0] {
		for k := 1; k < len(st.low) && k <= 12; k++ {
			// "Were X to …"; "Should/Had X …," (a question would end in
			// a question mark, which news seldom prints)
			if st.low[k] == "to" && st.low[0] == "were" || st.low[k] == "," && st.low[0] != "were" && st.low[len(st.low)-1] != "?" {
				return true
			}
			if st.low[k] == "," {
				break
			}
		}
	}
	if monthMay(st, i) {
		return false
	}
	switch st.low[i] {
	case "would", "could", "might", "may":
		// The lexicon's "would accept"; "would never accept" is a
		// refusal made now; "said Berlin would send tanks" a stated plan.
		if st.low[i] == "would" && reportedFuture(st, i) {
			return false
		}
		return i+1 >= len(st.low) || st.low[i+1] != "never" && st.low[i+1] != "not"
	}
	for k := i - 1; k >= 0 && st.clause[k] == st.clause[i] && !quoteMark(st.low[k]); k-- {
		switch st.low[k] {
		case "would":
			// "said they would boycott all contact": the future of a
			// report, a stated plan, unless a condition follows.
			if reportedFuture(st, k) || ultimatum(st, i) {
				return false
			}
			return true
		case "could", "might", "if", "may":
			if monthMay(st, k) {
				continue
			}
			return true
		case "long":
			if k > 0 && k+1 < len(st.low) && st.low[k-1] == "as" && st.low[k+1] == "as" {
				return true
			}
		}
	}
	// "as long as" opens a clause of its own ("as" breaks clauses).
	for k := i - 1; k >= 2 && k >= i-8; k-- {
		if st.low[k] == "as" && st.low[k-1] == "long" && st.low[k-2] == "as" {
			return true
		}
	}
	return false
}

// suspectedPast reports whether the trigger's clause says only that it may
// have happened: "forces may have used chlorine gas", "might have fired
// the shell". Such a suspicion is an allegation of a past act, not a
// possibility still to come; "could have killed hundreds" is a
// counterfactual and stays out.
func suspectedPast(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && st.clause[k] == st.clause[i] && !quoteMark(st.low[k]); k-- {
		switch st.low[k] {
		case "may", "might":
			if monthMay(st, k) {
				continue
			}
			return k+2 <= i && st.low[k+1] == "have" && (k+2 == i || st.toks[k+2].tag == "VBN" || st.toks[k+2].tag == "VBD")
		case "could", "would", "should", "if", "not", "never":
			return false
		}
	}
	return false
}

// monthMay reports whether token k is the month May, not the modal:
// "since May 2021", "on 5 May", "May 12" — a capital inside the sentence,
// or a number next to it.
func monthMay(st *sent, k int) bool {
	if st.low[k] != "may" {
		return false
	}
	if k > 0 && st.toks[k].text == "May" {
		return true
	}
	if k+1 >= len(st.low) {
		return false
	}
	w := st.low[k+1]
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// quoteMark reports whether w is a quotation mark, which bounds the scope
// of a modal or a negation: in '"We may strike at night," the minister
// warned' the "may" is the quote's, not the warning's.
func quoteMark(w string) bool {
	return w == `"` || w == "``" || w == "''"
}

// denialVerbs deny what follows them: "denied supplying weapons", "denies
// that its forces had fired".
var denialVerbs = map[string]bool{"denied": true, "denies": true, "deny": true, "denying": true}

// denied reports whether the trigger is what a denial in its clause
// denies: "Rwanda denied supplying weapons to the rebels", "the army denied
// that it had shelled the town".
func denied(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && st.clause[k] == st.clause[i]; k-- {
		if !denialVerbs[st.low[k]] {
			continue
		}
		for n := k + 1; n < i; n++ {
			if st.low[n] == "," || st.low[n] == "and" {
				return false // "denied any role, accused Israel of …"
			}
		}
		next := st.low[k+1]
		return k+1 == i || next == "that" || next == "having" || next == "any" || next == "involvement" ||
			next == "responsibility" || st.toks[k+1].tag == "VBG"
	}
	return false
}

// accusedOf reports whether the trigger is what someone is accused of:
// "accused the army of shelling the camp", "officers were accused of
// beating a detainee".
func accusedOf(st *sent, i int) bool {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if st.low[k] != "of" {
			continue
		}
		for n := k - 1; n >= 0 && n >= k-8; n-- {
			switch st.low[n] {
			case "accused", "accusing", "accuses", "accuse", "suspected":
				return true
			}
		}
		return false
	}
	return false
}

// futureTo are the words that, followed by "to" and a verb, put the act in
// the future: "plans to open", "are expected to meet", "is set to sign".
var futureTo = map[string]bool{
	"due": true, "expected": true, "set": true, "plans": true, "plan": true, "planning": true,
	"intends": true, "intend": true, "poised": true, "going": true, "scheduled": true, "slated": true,
	// "promised to send police", "vowed to rebuild the bridge".
	"promised": true, "promises": true, "pledged": true, "pledges": true, "vowed": true, "vows": true,
}

// promisedAct reports whether a trigger is an act a promise opens, which
// is yet to be done: the lexicon's "promised to send * reinforcements",
// "pledged to deploy". The bare promise ("pledged to send arms") is the
// pledge, made now, and a threat promised is made now too, as is a promise
// coded as one ("pledged to send food aid", CAMEO 03x) and a defiance
// vowed ("vowed to press ahead with the vote", CAMEO 12x): to vow not to
// yield is to refuse now.
func promisedAct(cd *candidate) bool {
	st := cd.st
	c := cd.e.cameo
	return cd.j > cd.i+2 && futureTo[st.low[cd.i]] && st.low[cd.i+1] == "to" &&
		!strings.HasPrefix(c, "13") && !strings.HasPrefix(c, "03") && !strings.HasPrefix(c, "12")
}

// prepareVerbs ready a measure that is yet to be taken: "the EU prepared
// new sanctions", "ministers are drafting a fresh aid package".
var prepareVerbs = map[string]bool{
	"prepare": true, "prepares": true, "prepared": true, "preparing": true,
	"draft": true, "drafts": true, "drafted": true, "drafting": true,
}

// drawVerbs, with "up", ready a measure as prepareVerbs do: "to draw up
// fresh sanctions".
var drawVerbs = wordSet("draw", "draws", "drew", "drawn", "drawing")

// refusalVerbs refuse what they name: said in the future tense, they still
// refuse now ("will reject any deal").
var refusalVerbs = map[string]bool{
	"reject": true, "refuse": true, "turn": true, "rebuff": true, "decline": true, "veto": true,
}

// planned reports whether the trigger is an act announced for the future:
// "Poland will send troops", "the leaders are due to meet again", "Hamas
// is to release the hostages", "delegations were expected to meet".
func planned(st *sent, i int) bool {
	if w := st.low[i]; w == "will" || w == "shall" {
		// The lexicon's "will send"; "will not hold talks" is a refusal
		// made now.
		return i+1 >= len(st.low) || st.low[i+1] != "not" && st.low[i+1] != "never"
	}
	if strings.HasPrefix(st.toks[i].tag, "NN") && futureAfter(st, i) {
		return true
	}
	// "will turn down any grants", "will reject the ruling": a refusal
	// announced is made now, and so is a demand ("will demand redress").
	if refusalVerbs[st.low[i]] || demandVerbs[st.low[i]] {
		return false
	}
	verbs := 0
	for k := i - 1; k >= 0 && k >= i-6 && st.clause[k] == st.clause[i]; k-- {
		w, tag := st.low[k], st.toks[k].tag
		switch {
		case (w == "will" || w == "shall" || w == "'ll") && k+1 < len(st.low) && (st.low[k+1] == "not" || st.low[k+1] == "never"):
			return false // "will not put the request on its agenda": a refusal
		case w == "will" || w == "shall" || w == "'ll":
			return true
		case w == "would" && reportedFuture(st, k):
			return true
		case w == "to" && k > 0 && futureTo[st.low[k-1]]:
			return true
		case w == "to" && k > 0 && (st.low[k-1] == "is" || st.low[k-1] == "are"):
			return true // "Hamas is to release"
		case prepareVerbs[w] && strings.HasPrefix(st.toks[i].tag, "NN"):
			return true // "the bloc prepared new sanctions"
		case w == "up" && k > 0 && drawVerbs[st.low[k-1]] && strings.HasPrefix(st.toks[i].tag, "NN"):
			return true // "ministers are drawing up new sanctions"
		case tag == "VB":
			if verbs++; verbs > 1 {
				return false
			}
		case strings.HasPrefix(tag, "RB"), tag == "DT", strings.HasPrefix(tag, "JJ"), tag == "CD", tag == "PRP$", w == "be":
		default:
			return strings.HasPrefix(st.toks[i].tag, "NN") && futureVerbBefore(st, k)
		}
	}
	return false
}

// futureVerbBefore reports whether the verb of the clause a noun trigger
// hangs from, at or before k, is in the future: "will host Putin in Alaska
// for talks". It stops at a verb in another tense or a "that" clause.
func futureVerbBefore(st *sent, k int) bool {
	for n := k; n >= 0 && n > k-10 && st.clause[n] == st.clause[k]; n-- {
		w, tag := st.low[n], st.toks[n].tag
		switch {
		case w == "will" || w == "shall":
			return true
		case w == "to" && n > 0 && futureTo[st.low[n-1]]:
			return true // "is due to arrive in Kabul for talks"
		case w == "that" || tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "VBN" || tag == "MD":
			return false
		}
	}
	return false
}

// onsetVerbs, after a reported "would", say an event noun is to take
// place: "talks would follow", "the pullout would begin on Monday".
var onsetVerbs = map[string]bool{
	"follow": true, "begin": true, "start": true, "resume": true, "open": true, "take": true,
}

// futureAfter reports whether a noun trigger is the subject of a verb in
// the future: "talks between the two sides will resume", "the
// withdrawal is due to begin".
func futureAfter(st *sent, i int) bool {
	aside, end := false, i+10
	for k := i + 1; k < len(st.low) && k <= end; k++ {
		w := st.low[k]
		// "talks between the two sides, hosted by Cuba, will resume": an
		// aside set off by commas stands between the noun and its verb.
		if w == "," && !aside && st.clause[k-1] == st.clause[i] {
			if c := futureAsideEnd(st, k); c > 0 {
				k, aside, end = c, true, max(end, c+2)
				continue
			}
		}
		if st.clause[k] != st.clause[i] && !aside {
			return false
		}
		// "agreed to a truce that will take effect on Monday": the
		// relative clause tells the truce's future; the clause the noun
		// stands in tells the event's.
		if (w == "that" || w == "which") && !aside {
			return false
		}
		switch {
		case w == "will" || w == "shall":
			return true
		case w == "would" && k+1 < len(st.low) && onsetVerbs[st.low[k+1]] && governingReport(st, i) >= 0:
			// "told reporters that talks would follow"; but "said the
			// truce would hold as long as …" is a forecast.
			return true
		case (w == "is" || w == "are") && k+2 < len(st.low) && st.low[k+2] == "to" && futureTo[st.low[k+1]]:
			return true
		case strings.HasPrefix(st.toks[k].tag, "VB") || w == ",":
			return false
		}
	}
	return false
}

// futureAsideEnd returns the comma that closes an aside opened by the comma at
// c ("talks, hosted by Qatar, will resume"), when a future verb follows
// it, or -1. The aside may hold a list ("hosted by Cuba, Norway and
// Mexico,") but no finite verb.
func futureAsideEnd(st *sent, c int) int {
	for k := c + 1; k < len(st.low) && k <= c+14; k++ {
		if tag := st.toks[k].tag; tag == "VBD" && k > c+1 || tag == "VBZ" || tag == "VBP" || tag == "MD" || frameBreaks[st.low[k]] {
			return -1
		}
		if st.low[k] != "," || k+1 >= len(st.low) {
			continue
		}
		switch st.low[k+1] {
		case "will", "shall", "is", "are":
			return k
		}
	}
	return -1
}

// retaliatory reports whether the text marks the event as a response.
func retaliatory(st *sent, i int) bool {
	for k := i - 3; k < i && k >= 0; k++ {
		if st.low[k] == "retaliatory" || st.low[k] == "retaliation" || st.low[k] == "reprisal" {
			return true
		}
	}
	for k := 0; k+2 < len(st.low); k++ {
		if (st.low[k] == "in" && (st.low[k+1] == "retaliation" || st.low[k+1] == "response") && (st.low[k+2] == "for" || st.low[k+2] == "to")) && k < i+8 {
			return true
		}
	}
	return false
}

// reportedFuture reports whether the "would" at k is the future of a
// report ("the rebels said they would withdraw") with no condition on it
// in the sentence ("if", "unless").
func reportedFuture(st *sent, k int) bool {
	if k+1 < len(st.low) && (st.low[k+1] == "not" || st.low[k+1] == "never") {
		return false
	}
	for _, w := range st.low {
		if w == "if" || w == "unless" {
			return false
		}
	}
	// Only a speaker's word on what it will do itself ("they would", "it
	// would"), not a forecast ("the pause would be tested").
	if k == 0 {
		return false
	}
	switch st.low[k-1] {
	case "they", "it", "he", "she", "we":
	default:
		// "said Tokyo would lift curbs": an actor named as the subject;
		// "said his fighters would pull out": the speaker's own men.
		// "said a joint commission would meet", "said his country
		// would turn down funds": a body or the speaker's own country
		// named by a noun, when it is to act, not to be acted on or
		// described ("the pause would be tested").
		m := st.mentionAt(k - 1)
		if (m == nil || m.place || m.kind == "sector" && !(m.i > 0 && ownPronoun[st.low[m.i-1]])) && !actingNoun(st, k) {
			return false
		}
	}
	for v := k - 2; v >= 0 && v >= k-10; v-- {
		switch st.low[v] {
		case "said", "says", "announced", "confirmed", "told", "stated", "added", "promised", "pledged", "vowed", "insisted":
			return true
		}
	}
	return false
}

// warnedFuture reports whether the "would" at k that opens a trigger says
// what a speaker foretells, with no condition in the sentence: "the
// Taliban said that the decision would cost more lives".
func warnedFuture(st *sent, k int) bool {
	if k+1 < len(st.low) && (st.low[k+1] == "not" || st.low[k+1] == "never") {
		return false
	}
	for _, w := range st.low {
		if w == "if" || w == "unless" {
			return false
		}
	}
	r := governingReport(st, k)
	return r >= 0 && st.low[r] != "according" && k-r <= 8
}

// ownPronoun are the possessives by which a speaker names its own people.
var ownPronoun = map[string]bool{"his": true, "her": true, "its": true, "their": true, "our": true}

// actingNoun reports whether the word before the "would" at k is a common
// noun that heads the subject and the verb after "would" is an act, not
// "be" or "have": "a joint commission would meet", "the two delegations
// would hold talks".
func actingNoun(st *sent, k int) bool {
	if k+1 >= len(st.low) || st.toks[k+1].tag != "VB" {
		return false
	}
	switch st.low[k+1] {
	case "be", "have", "remain", "stay", "become", "need", "take", "cost", "lead", "mean", "allow":
		return false
	}
	tag := st.toks[k-1].tag
	return tag == "NN" || tag == "NNS"
}
