package code

import "github.com/truce-project/truce"

// mode67 reads one more finer CAMEO code (issue 3) off events once they
// are final, as mode59 to mode66 do: the trigger rows keep their codes for
// the confidence model, only the event's code (and Goldstein) change.
//
// A demand that a side pull back or stop its armed force is a demand for
// de-escalation of military engagement, CAMEO 1056, told by what is asked
// in the words after the trigger: a verb or noun of withdrawing or
// stopping ("withdraw", "pull out", "remove", "halt", "end", "desist",
// "departure", "an end to") followed closely by the force or the fighting
// ("its troops", "the warship", "attacks on shipping", "further
// aggression"), or a bare "withdraw from" the ground held. mode62 reads
// only the words of the trigger itself ("urged restraint"); where the rows
// leave the bare 105 of a demand to yield, gold gives 1056 (26 to 4 on
// dev, in 21 files, old and new). An end asked to military aid or ties
// ("an end to military aid") is no fighting and keeps its code.
//
// mode67Code returns the finer code of cd's event, or "" to keep its own.
func mode67Code(cd *candidate) string {
	switch {
	case cd.st == nil:
	case cd.ev.Type == truce.Request && mode67YieldAsks.has(cd.ev.CAMEO) && mode67ForceHaltAsked(cd.st.low, cd.i):
		return mode67DeescalateCode
	case cd.ev.Type == truce.Request && cd.ev.CAMEO == "104" && mode65LeaderOutAfter(cd.st.low, cd.j-1):
		return mode67LeadershipCode
	}
	return ""
}

// A demand whose content is that a leader or official go ("demanded the
// resignation of the prime minister", "asked the attorney general to
// resign", "urged him to step down") is one for a change of leadership,
// CAMEO 1041, where the row gives the 104 of a demand for political
// change (9 to 0 on dev, in 8 files, old and new); mode65 reads the same
// demand told of a demonstration. A demand to quit a bloc is no ouster.

// mode67LeadershipCode is CAMEO's demand for a change in leadership.
const mode67LeadershipCode = "1041"

// mode67DeescalateCode is CAMEO's demand for de-escalation of military
// engagement.
const mode67DeescalateCode = "1056"

// mode67Reach is the most tokens after the trigger the halt may be named;
// mode67ObjectReach the most tokens after the halt the force may be.
const (
	mode67Reach       = 16
	mode67ObjectReach = 5
)

// mode67ForceHaltAsked reports whether the words of low from the trigger
// at i on ask a side to withdraw or stop its force or its fighting.
func mode67ForceHaltAsked(low []string, i int) bool {
	for k := i; k < len(low) && k < i+mode67Reach; k++ {
		w := low[k]
		if w == "." || w == ";" {
			return false
		}
		if !mode67HaltWords.has(w) {
			continue
		}
		if mode67Withdraw.has(w) && k+1 < len(low) && low[k+1] == "from" {
			return true
		}
		for n := k + 1; n < len(low) && n <= k+mode67ObjectReach; n++ {
			v := low[n]
			if v == "," || v == "." || v == ";" {
				break
			}
			if mode67ForceWords.has(v) {
				return n+1 >= len(low) || !mode67NotFighting.has(low[n+1])
			}
		}
	}
	return false
}

// mode67Withdraw are the verbs of pulling back that need no object.
var mode67Withdraw = filtered(wordSet("withdraw", "withdraws", "withdrawing", "withdrew", "retreat", "retreating"))

// mode67HaltWords withdraw or stop something: verbs and their nouns.
var mode67HaltWords = filtered(wordSet("withdraw", "withdraws", "withdrawing", "withdrew", "withdrawal",
	"retreat", "retreating", "pull", "pullout", "pull-out", "remove", "removal", "recall", "halt", "halting",
	"stop", "stopping", "end", "ending", "cease", "ceasing", "desist", "departure", "evacuate", "evacuation"))

// mode67ForceWords name an armed force or its fighting.
var mode67ForceWords = filtered(wordSet("troops", "forces", "soldiers", "army", "military", "personnel",
	"warship", "warships", "ship", "ships", "vessel", "vessels", "boat", "boats", "gunboats", "attacks", "attack", "firing", "offensive",
	"offensives", "hostilities", "aggression", "fighting", "bombing", "bombings", "bombardment", "bombs",
	"strikes", "airstrikes", "shelling", "incursion", "incursions", "assault", "operations",
	"fighters", "militias", "tanks"))

// mode67NotFighting follow a force word used as an adjective for what is
// no fighting ("military aid", "military ties").
var mode67NotFighting = filtered(wordSet("aid", "assistance", "support", "cooperation", "ties", "spending",
	"exports", "sales", "supplies", "funding"))

// mode67YieldAsks are the codes of demands mode67 may make finer.
var mode67YieldAsks = filtered(wordSet("105", "104", "100", "10"))
