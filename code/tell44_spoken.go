package code

import "github.com/truce-project/truce"

// tell44SpokenTypes are the kinds of act that are themselves words: an
// accusation, a denial, a demand, a statement of support, a threat, a
// pledge, talks, a protest. Gold never gives them the status "claimed",
// which is a doer's word for a deed of its own ("the rebels said they had
// taken the town"): a speech act is told by being made.
var tell44SpokenTypes = filtered(wordSet(truce.Accuse, truce.Reject, truce.Request, truce.Support,
	truce.Threaten, truce.Protest, truce.Agree, truce.Consult))

// tell44SpokenStatus returns the status of an event a claim frame made
// claimed: reported when it is a speech act, as in "the group said it had
// taken the camp and denied targeting civilians" (the denial is made, not
// claimed) or "said its fighters had pulled back, and accused the army of
// shelling villages".
func tell44SpokenStatus(ev *truce.Event) string {
	if ev.Status == truce.StatusClaimed && tell44SpokenTypes.has(ev.Type) {
		return truce.StatusReported
	}
	return ev.Status
}

// tell44AccuserGoesOn reports whether the trigger at i, after the "of" at
// k of a charge, is the accuser's own next verb rather than part of the
// charge: "Minsk accused Warsaw of stoking tension and warned that it
// would respond". What one is accused of is told in gerunds ("of stoking
// tension and arming the rebels"); a finite verb joined by "and" is a
// second predicate of the subject, so the warning is made, not alleged.
func tell44AccuserGoesOn(st *sent, k, i int) bool {
	if i < k+3 || st.low[i-1] != "and" {
		return false
	}
	if t := st.toks[i].tag; t != "VBD" && t != "VBZ" {
		return false
	}
	// "of having shot protesters and burned homes": the perfect gerund
	// carries both participles.
	return st.toks[k+1].tag == "VBG" && st.low[k+1] != "having"
}

// tell44ChargeWords name what another side answers by denying it; "claim"
// is left out, as a side may claim its own deed ("a claim the army
// disputed").
var tell44ChargeWords = filtered(wordSet("charge", "charges", "accusation", "accusations", "allegation", "allegations"))

// tell44ChargeAnswers deny a charge named in apposition.
var tell44ChargeAnswers = filtered(wordSet("denied", "denies", "rejected", "rejects", "dismissed", "dismisses", "disputed", "disputes"))

// tell44ToldChargeDenied reports whether the trigger at i is told by a
// report verb and then named a charge that another denies: "residents said
// soldiers had detained dozens of men, a charge the army rejected". What a
// speaker says another did, once called a charge and denied, is alleged;
// chargeDenied reads the same apposition after "that" or "over".
func tell44ToldChargeDenied(st *sent, i int) bool {
	if k := governingReport(st, i); k < 0 || st.low[k] == "according" {
		return false
	}
	return chargeAnswered(st, i+1, &tell44ChargeWords, &tell44ChargeAnswers, tell44ClauseEnds)
}

// tell44ClauseEnds ends the search for a charge at a new attribution or
// a frame's break.
func tell44ClauseEnds(w string) bool { return attributes(w) || frameBreaks.has(w) }
