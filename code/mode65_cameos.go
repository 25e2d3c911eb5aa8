package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// mode65 reads one more finer CAMEO code (issue 3) off events once they
// are final, as mode59, mode62 and mode64 do: the trigger rows keep their
// codes for the confidence model, only the event's code (and Goldstein)
// change.
//
// A demonstration whose crowd demands that a leader or official go is one
// for a change of leadership, CAMEO 1411. mode62 reads the demand in the
// words after the protest's trigger ("rallied to demand the resignation
// of the minister"); the demand is as often told elsewhere in the
// sentence: on the crowd before its verb ("demonstrators demanding the
// governor's resignation marched again"), on the crowd that force was
// used on ("police dispersed hundreds of protesters demanding that the
// mayor step down"), or in a later clause of the same crowd ("thousands
// rallied in the square ... and demanded the resignation of the premier").
// Where such a demand (a resignation, an ouster, a removal, a leader to
// step down) is told anywhere in the sentence of a demonstration coded
// 141, gold gives 1411 (8 to 0 on dev, old and new files alike). Where a
// policy is named first in the demand ("to demand the withdrawal of the
// bill and the resignation of ..."), gold gives 1412, and the code stays.
//
// mode65Code returns the finer code of cd's event, or "" to keep its own.
func mode65Code(cd *candidate) string {
	switch {
	case cd.st == nil:
	case cd.ev.Type == truce.Protest && cd.ev.CAMEO == "141" && mode65LeaderOutDemanded(cd.st.low):
		return mode65LeadershipCode
	case cd.ev.Type == truce.Agree && (cd.ev.CAMEO == "057" || cd.ev.CAMEO == "030") && mode65Deescalation(cd):
		return mode65DeescalateCode
	}
	return ""
}

// mode65DemandReach is the most tokens after a verb of demanding the
// leader's going may be named.
const mode65DemandReach = 10

// mode65LeaderOutDemanded reports whether the sentence of low tells a
// demand, no policy named first in it, that a leader or official go.
func mode65LeaderOutDemanded(low []string) bool {
	for k, w := range low {
		if mode65DemandVerb(low, k, w) && mode65LeaderOutAfter(low, k) {
			return true
		}
	}
	return false
}

// mode65LeaderOutAfter reports whether the words of low after the verb of
// demanding at k name, no policy first, a leader's or official's going.
func mode65LeaderOutAfter(low []string, k int) bool {
	for n := k + 1; n < len(low) && n <= k+mode65DemandReach; n++ {
		v := low[n]
		if v == ";" || v == "." || mode64PolicyWords.has(v) {
			break
		}
		if mode62Ouster.has(v) || v == "removal" ||
			(v == "step" || v == "stand") && n+1 < len(low) && low[n+1] == "down" {
			return true
		}
	}
	return false
}

// mode65DemandVerb reports whether low[k] (w) is a verb of demanding: a
// form of "demand", or of "call" or "chant" followed by "for".
func mode65DemandVerb(low []string, k int, w string) bool {
	if strings.HasPrefix(w, "demand") {
		return w == "demand" || w == "demands" || w == "demanded" || w == "demanding"
	}
	switch w {
	case "call", "calls", "called", "calling", "chant", "chants", "chanted", "chanting":
		return k+1 < len(low) && low[k+1] == "for"
	}
	return false
}

// An agreement or pledge to step back from force is one to de-escalate
// military engagement: "the two presidents agreed not to threaten or use
// force against each other", "the neighbours pledged to refrain from the
// use of force", "the sides agreed to de-escalate", "agreed to work toward
// calming tensions", "the army agreed to suspend its offensive for three
// days". Gold gives these CAMEO 0356 (12 to 0 on dev, in 12 files), where
// the rows give the 057 of an accord or the 030 of a pledge. A truce or a
// halt of the fighting agreed is mode64's 0871 and is read before; a
// pause in the fighting, a pull-back of troops (gold splits it between
// 0356 and the 0871 of a truce) are left.

// mode65DeescalateReach is the most tokens after the trigger the step
// back may be told.
const mode65DeescalateReach = 12

// mode65Deescalation reports whether what cd's agreement or pledge is to,
// after its trigger in the clause, is to de-escalate, to calm tensions,
// not to use force, or to suspend an offensive.
func mode65Deescalation(cd *candidate) bool {
	low := cd.st.low
	negated := false
	for k := cd.i; k < len(low) && k < cd.j+mode65DeescalateReach; k++ {
		w := low[k]
		switch {
		case k >= cd.j && mode59TalksStops.has(w):
			return false
		case mode65DeescalateWords.has(w):
			return true
		case mode65CalmVerbs.has(w) && k+1 < len(low) && (low[k+1] == "tensions" || low[k+1] == "tension"):
			return true
		case mode65NotWords.has(w):
			negated = true
		case negated && w == "force" && (low[k-1] == "use" || low[k-1] == "of" && k >= 2 && low[k-2] == "use"):
			return true
		case mode65SuspendVerbs.has(w):
			for n := k + 1; n < len(low) && n <= k+3; n++ {
				if mode65Offensives.has(low[n]) {
					return true
				}
			}
		}
	}
	return false
}

// mode65DeescalateWords name de-escalation itself.
var mode65DeescalateWords = filtered(wordSet("de-escalate", "de-escalates", "de-escalating", "de-escalation",
	"deescalate", "deescalation"))

// mode65CalmVerbs before "tensions" make it a de-escalation.
var mode65CalmVerbs = filtered(wordSet("calm", "calming", "ease", "easing", "reduce", "reducing", "defuse",
	"defusing", "lower", "lowering", "diffuse", "de-escalate"))

// mode65NotWords deny or forswear what follows: "not to use force",
// "refrain from the use of force".
var mode65NotWords = filtered(wordSet("not", "neither", "never", "refrain", "renounce", "renounced",
	"renouncing", "forswear", "non-use"))

// mode65SuspendVerbs put an operation on hold.
var mode65SuspendVerbs = filtered(wordSet("suspend", "suspends", "suspending", "pause", "pauses", "pausing"))

// mode65Offensives are the operations a side suspends.
var mode65Offensives = filtered(wordSet("offensive", "offensives", "operation", "operations", "incursion",
	"advance", "assault"))

// The codes mode65 gives.
const (
	mode65LeadershipCode = "1411" // demonstrate for leadership change
	mode65DeescalateCode = "0356" // express intent to de-escalate military engagement
)
