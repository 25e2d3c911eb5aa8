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
	// "…, a deal that Somalia promptly denounced": so is one that names
	// back the act it judges (lex43).
	if lex43DeedApposition(st, i) {
		return ""
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
			if k < i && ownConjunct(st, k, i) {
				continue
			}
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
	if st.low[i] == "would" && reportedOrJoinedFuture(st, i) {
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
	// "said soldiers would be sent to the border": a plan announced.
	if passivePlan(st, i) || farPassivePlanPrec38(st, i) {
		return truce.StatusPlanned
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
			if ownConjunct(st, k, i) {
				break
			}
			if negatedCondition(st, k) {
				return truce.StatusHypothetical
			}
			return truce.StatusNegated
		}
	}
	if fellShort(st, i) || gsr24FellShortBare(st, i) {
		return truce.StatusNegated
	}
	if denied(st, i) {
		return truce.StatusDenied
	}
	if accusedOf(st, i) || chargeDenied(st, i) || foundAgainst(st, i) || tell44ToldChargeDenied(st, i) {
		return truce.StatusAlleged
	}
	if planned(st, i) || dealTerms(st, i) || tell39CoordinatedPlan(st, i) {
		return truce.StatusPlanned
	}
	if disputed(st, i) || claimedToHave(st, i) {
		return truce.StatusClaimed
	}
	// "strikes that residents said had killed civilians": the toll's
	// teller reports the attack, whoever speaks before it.
	if tollWitness(st, i) != nil {
		return ""
	}
	if s := frameStatus(st, i); s != truce.StatusAlleged || !jointDecision(st, i) {
		return s
	}
	return ""
}

// chargeNouns name an accusation an apposition can point back to.
var chargeNouns = filtered(map[string]bool{"charge": true, "accusation": true, "allegation": true, "claim": true})

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
		if attributes(st.low[k]) || frameBreaks.has(st.low[k]) {
			return false
		}
		if st.low[k] != "," {
			continue
		}
		n := k + 1
		if st.low[n] == "a" || st.low[n] == "an" || st.low[n] == "the" {
			n++
		}
		if n >= len(st.low) || !chargeNouns.has(st.low[n]) {
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
var disputeWords = filtered(map[string]bool{
	"denied": true, "denies": true, "disputed": true, "disputes": true, "rejected": true, "dismissed": true,
	"sign": true, "evidence": true, "false": true,
})

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
			report = report || reportVerbs.has(w)
			if report && (disputeWords.has(w) && (w != "sign" && w != "evidence" || st.low[m-1] == "no")) {
				return true
			}
			if denialVerbs.has(w) {
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
		if st.low[i] == "would" && reportedOrJoinedFuture(st, i) {
			return false
		}
		return i+1 >= len(st.low) || st.low[i+1] != "never" && st.low[i+1] != "not"
	}
	// "said the border would stay closed, accusing Benin of …": the
	// accusation is made now, whatever the clause before it foretells;
	// only an "if" reaches it.
	aside := speechAside(st, i)
	for k := i - 1; k >= 0 && st.clause[k] == st.clause[i] && !quoteMark(st.low[k]); k-- {
		if pastAfterAux(st, k, i) {
			break
		}
		switch st.low[k] {
		case "would":
			// "said they would boycott all contact": the future of a
			// report, a stated plan, unless a condition follows.
			if aside || conjoinedTense(st, k, i) {
				continue
			}
			if reportedOrJoinedFuture(st, k) || ultimatum(st, i) {
				return false
			}
			return true
		case "could", "might", "if", "may":
			if monthMay(st, k) || (aside || conjoinedTense(st, k, i)) && st.low[k] != "if" {
				continue
			}
			return true
		case "until", "till":
			// "would stay away until the soldiers freed the hostages":
			// what a plan or refusal waits for has not happened.
			if awaitedAfter(st, k) && !prec69JoinedPastAfter(st, k, i) {
				return true
			}
		case "long":
			if k > 0 && k+1 < len(st.low) && st.low[k-1] == "as" && st.low[k+1] == "as" && !prec69JoinedPastAfter(st, k, i) {
				return true
			}
		}
	}
	// "as long as" opens a clause of its own ("as" breaks clauses).
	for k := i - 1; k >= 2 && k >= i-8; k-- {
		if st.low[k] == "as" && st.low[k-1] == "long" && st.low[k-2] == "as" && !prec69JoinedPastAfter(st, k, i) {
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
var denialVerbs = filtered(map[string]bool{"denied": true, "denies": true, "deny": true, "denying": true})

// denied reports whether the trigger is what a denial in its clause
// denies: "Rwanda denied supplying weapons to the rebels", "the army denied
// that it had shelled the town".
func denied(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && st.clause[k] == st.clause[i]; k-- {
		if !denialVerbs.has(st.low[k]) {
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
		if ofPhraseCloses(st, k, i) || tell44AccuserGoesOn(st, k, i) {
			return false
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
var futureTo = filtered(map[string]bool{
	"due": true, "expected": true, "set": true, "plans": true, "plan": true, "planning": true,
	"intends": true, "intend": true, "poised": true, "going": true, "scheduled": true, "slated": true,
	// "promised to send police", "vowed to rebuild the bridge".
	"promised": true, "promises": true, "pledged": true, "pledges": true, "vowed": true, "vows": true,
})

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
	to := cd.i + 1 + lex49AdverbAt(st.low, cd.i+1) // "pledged on Monday to send"
	return cd.j > cd.i+2 && futureTo.has(st.low[cd.i]) && to < cd.j && st.low[to] == "to" &&
		!strings.HasPrefix(c, "13") && !strings.HasPrefix(c, "03") && !strings.HasPrefix(c, "12")
}

// prepareVerbs ready a measure that is yet to be taken: "the EU prepared
// new sanctions", "ministers are drafting a fresh aid package".
var prepareVerbs = filtered(map[string]bool{
	"prepare": true, "prepares": true, "prepared": true, "preparing": true,
	"draft": true, "drafts": true, "drafted": true, "drafting": true,
})

// drawVerbs, with "up", ready a measure as prepareVerbs do: "to draw up
// fresh sanctions".
var drawVerbs = filtered(wordSet("draw", "draws", "drew", "drawn", "drawing"))

// refusalVerbs refuse what they name: said in the future tense, they still
// refuse now ("will reject any deal").
var refusalVerbs = filtered(map[string]bool{
	"reject": true, "refuse": true, "turn": true, "rebuff": true, "decline": true, "veto": true,
})

// planned reports whether the trigger is an act announced for the future:
// "Poland will send troops", "the leaders are due to meet again", "Hamas
// is to release the hostages", "delegations were expected to meet".
func planned(st *sent, i int) bool {
	if w := st.low[i]; w == "will" || w == "shall" {
		// The lexicon's "will send"; "will not hold talks" is a refusal
		// made now.
		return i+1 >= len(st.low) || st.low[i+1] != "not" && st.low[i+1] != "never"
	}
	if strings.HasPrefix(st.toks[i].tag, "NN") && (futureAfter(st, i) || expectedAt(st, i) || expectedAfter(st, i)) {
		return true
	}
	if calledForDate(st, i) || whenClauseAhead(st, i) || preparingTo(st, i) {
		return true
	}
	// "will turn down any grants", "will reject the ruling": a refusal
	// announced is made now, and so is a demand ("will demand redress").
	if refusalVerbs.has(st.low[i]) || demandVerbs.has(st.low[i]) {
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
		case w == "would" && reportedOrJoinedFuture(st, k):
			return true
		case w == "to" && k > 0 && futureTo.has(st.low[k-1]):
			return true
		case w == "to" && k > 0 && (st.low[k-1] == "is" || st.low[k-1] == "are"):
			return true // "Hamas is to release"
		case prepareVerbs.has(w) && (strings.HasPrefix(st.toks[i].tag, "NN") || prec54CampaignNoun(st, i)):
			return true // "the bloc prepared new sanctions"
		case w == "up" && k > 0 && drawVerbs.has(st.low[k-1]) && strings.HasPrefix(st.toks[i].tag, "NN"):
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
