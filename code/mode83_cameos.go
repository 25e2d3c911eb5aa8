package code

import "github.com/truce-project/truce"

// mode83 reads more finer CAMEO codes (issue 3) off events once they are
// final, as mode59 to mode82 do: the trigger rows keep their codes for the
// confidence model, only the event's code (and Goldstein) change.
//
// Talks resumed or opened, and sides that meet again, are a negotiation
// under way, CAMEO 046, not the bare meeting (040), the visit (042, 043)
// or the meeting at a third place (044) that the meeting rows give them:
// "the parties are to resume political talks next month", "talks are set
// to resume this week", "the two sides will open technical talks", "the
// two commissions would meet again in the capital". A round that picks up
// where the last one stopped is bargaining, as mode81 reads talks measured
// in time. Gold gives 046 to 9 of the 10 such events we code otherwise on
// dev (the other, experts to meet again, is the 036 of a meeting promised,
// which we miss either way), and to the 2 resumed negotiations we code
// 046 already. "Resume" that opens another clause ("agreed to resume
// flights after talks") is not read: the words must stand next to the
// talks or follow them in their own clause.
//
// Two sides that discussed something ("the two ministers discussed the
// border", "diplomats discussed the incident") consulted, CAMEO 040, not
// the 043 of a visit received that the meeting row gives: gold gives 040
// to the 3 events on dev where this reading fires (a fourth gold event,
// issues to be discussed bilaterally, is a 126 we miss either way).
//
// mode83Code returns the finer code of cd's event, or "" to keep its own.
func mode83Code(cd *candidate) string {
	ev := &cd.ev
	switch {
	case cd.st == nil || ev.Type != truce.Consult:
	case mode83MeetingCodes[ev.CAMEO] && mode83TalksResumed(cd.st.low, cd.i, cd.j):
		return mode83NegotiateCode
	case ev.CAMEO == "043" && cd.i < len(cd.st.low) && mode83DiscussVerbs.has(cd.st.low[cd.i]):
		return mode83ConsultCode
	}
	return ""
}

// The codes mode83 gives.
const (
	mode83NegotiateCode = "046" // engage in negotiation
	mode83ConsultCode   = "040" // consult, not specified below
)

// mode83MeetingCodes are the meeting codes a resumed round of talks leaves.
var mode83MeetingCodes = map[string]bool{"040": true, "042": true, "043": true, "044": true}

// mode83ResumeReach is the most tokens after the talks their verb of
// resuming may be: "talks between the two sides, hosted by three
// neighbours, will resume".
const mode83ResumeReach = 16

// mode83TalksResumed reports whether the trigger [i, j) is talks resumed
// or opened ("resume talks", "resume political talks", "talks ... will
// resume") or a verb of meeting followed by "again".
func mode83TalksResumed(low []string, i, j int) bool {
	if i >= len(low) || j > len(low) {
		return false
	}
	if mode83MeetVerbs.has(low[i]) {
		return j < len(low) && low[j] == "again"
	}
	if j != i+1 || !mode83TalksNouns.has(low[i]) {
		return false
	}
	if i >= 1 && mode83ResumeVerbs.has(low[i-1]) || i >= 2 && mode83ResumeVerbs.has(low[i-2]) {
		return true
	}
	return mode79Names(low, j, objectClauseEnd(low, j, j+mode83ResumeReach), mode83ResumeOnly)
}

// mode83MeetVerbs are the forms of "meet".
var mode83MeetVerbs = filtered(wordSet("meet", "meets", "met", "meeting"))

// mode83TalksNouns are the nouns for a round of talks.
var mode83TalksNouns = filtered(wordSet("talks", "negotiations"))

// mode83ResumeVerbs are the forms of the verbs that resume, restart or
// open a round of talks, read just before the talks.
var mode83ResumeVerbs = filtered(wordSet("resume", "resumes", "resumed", "resuming",
	"restart", "restarts", "restarted", "restarting",
	"reopen", "reopens", "reopened", "reopening",
	"open", "opens", "opened", "opening"))

// mode83ResumeOnly are the verbs of talks resuming read after the talks
// ("talks will resume"), where "open" would be the talks' own object.
var mode83ResumeOnly = filtered(wordSet("resume", "resumes", "resumed", "resuming",
	"restart", "restarts", "restarted", "restarting"))

// mode83DiscussVerbs are the forms of "discuss".
var mode83DiscussVerbs = filtered(wordSet("discuss", "discusses", "discussed", "discussing"))
