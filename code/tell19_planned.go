package code

import "strings"

// Acts told as still to come by constructions the future tests in
// status.go and status_future.go do not reach: a protest called for a
// day ahead, a visit in a "when" clause under a future, a person or force
// "expected in" a place, an act someone is "preparing to" do.

// calledForDate reports whether the trigger at i is a strike or protest
// called for a day ahead: "unions called an indefinite strike from
// Monday", "the movement called fresh rallies for Thursday". Calling it
// is told now; the strike itself has not yet happened.
func calledForDate(st *sent, i int) bool {
	n := i
	for ; n < len(st.low) && n < i+5 && !calledProtestNouns.has(st.low[n]); n++ {
	}
	if n >= len(st.low) || !calledProtestNouns.has(st.low[n]) {
		return false
	}
	call := false
	for k := n - 1; k >= 0 && k >= n-5 && k >= i-4; k-- {
		if callVerbs.has(st.low[k]) {
			call = true
			break
		}
	}
	if !call || n+2 >= len(st.low) {
		return false
	}
	switch st.low[n+1] {
	case "for", "from", "starting", "beginning":
	default:
		return false
	}
	return aheadWord(st.low[n+2])
}

// calledProtestNouns are the protests a group calls ahead of time.
var calledProtestNouns = filtered(wordSet("strike", "strikes", "protest", "protests", "rally", "rallies",
	"demonstration", "demonstrations", "march", "marches", "sit-in", "sit-ins", "shutdown",
	"shutdowns", "boycott", "walkout", "stoppage", "hartal", "bandh"))

// callVerbs call a protest: "called a strike", "announced rallies".
var callVerbs = filtered(wordSet("called", "calls", "call", "calling", "announced", "announces", "declared"))

// aheadWord reports whether w opens a time a plan is set for: "Monday",
// "next week", "tomorrow".
func aheadWord(w string) bool {
	return weekdayOrMonth(w) || w == "tomorrow" || w == "next" || w == "later"
}

// whenClauseAhead reports whether the trigger at i is a present-tense
// verb in a "when", "once" or "before" clause that hangs from a future, or
// that names a time ahead: in "is expected to raise the issue when he
// visits Colombo next week" and "will sign the accord once she arrives in
// Baku" the visit and the arrival are still to come.
func whenClauseAhead(st *sent, i int) bool {
	if tag := st.toks[i].tag; tag != "VBZ" && tag != "VBP" {
		return false
	}
	sub := -1
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if aheadSubordinators.has(st.low[k]) {
			sub = k
			break
		}
		if tag := st.toks[k].tag; strings.HasPrefix(tag, "VB") || tag == "MD" || st.low[k] == "," {
			return false
		}
	}
	if sub < 0 {
		return false
	}
	for k := sub - 1; k >= 0 && k >= sub-12; k-- {
		w := st.low[k]
		if w == "." || w == ";" || w == "said" || w == "says" {
			break
		}
		if w == "will" || w == "shall" || w == "'ll" || w == "would" && reportedFuture(st, k) || w == "to" && k > 0 && (futureTo.has(st.low[k-1]) || st.low[k-1] == "is" || st.low[k-1] == "are") {
			return true
		}
	}
	return timeAheadAfter(st, i+1)
}

// aheadSubordinators open a clause whose present tense tells what is to
// come when the clause it hangs from does.
var aheadSubordinators = filtered(wordSet("when", "once", "before", "until"))

// expectedAt reports whether the words before the noun trigger at i say
// its subject is expected there: "the emir is expected at a summit in
// Riyadh", "more troops are expected in the capital".
func expectedAt(st *sent, i int) bool {
	for k := i - 1; k >= 2 && k >= i-7; k-- {
		w := st.low[k]
		if w == "at" || w == "in" || w == "for" {
			return st.low[k-1] == "expected" && beForms.has(st.low[k-2])
		}
		// ("at a Gulf Cooperation Council summit": a name qualifies it.)
		if m := st.mentionAt(k); m != nil && !m.place {
			continue
		}
		if !isModifier(st.toks[k]) && w != "a" && w != "an" && w != "the" {
			return false
		}
	}
	return false
}

// expectedAfter reports whether the noun trigger at i is the subject of
// "is expected in" or "are expected at": "up to 5,000 troops are expected
// in the city".
func expectedAfter(st *sent, i int) bool {
	k := i + 1
	if k+2 < len(st.low) && beForms.has(st.low[k]) && st.low[k+1] == "expected" {
		switch st.low[k+2] {
		case "in", "at", "within", "by":
			return true
		}
	}
	return false
}

// beForms are the forms of "be" before a passive "expected".
var beForms = filtered(wordSet("is", "are", "was", "were", "be", "being"))

// preparingTo reports whether the verb trigger at i is what its subject
// is getting ready to do: "a US delegation prepared to visit Honiara",
// "Kyiv is preparing to send more troops". The act has not yet happened.
func preparingTo(st *sent, i int) bool {
	for k := i - 1; k >= 1 && k >= i-2; k-- {
		if st.low[k] == "to" {
			switch st.low[k-1] {
			case "prepare", "prepares", "prepared", "preparing", "readying", "readied":
				return true
			}
			return false
		}
		if !strings.HasPrefix(st.toks[k].tag, "RB") {
			return false
		}
	}
	return false
}

// timeAheadAfter reports whether a time ahead ("next week", "later this
// month", "tomorrow") follows from token k within its clause.
func timeAheadAfter(st *sent, k int) bool {
	for n := k; n < len(st.low) && n < k+8; n++ {
		switch st.low[n] {
		case ",", ".", ";", "after", "since":
			return false
		case "tomorrow":
			return true
		case "next":
			return n+1 < len(st.low) && (timeNouns.has(st.low[n+1]) || weekdayOrMonth(st.low[n+1]))
		case "later":
			return n+1 < len(st.low) && st.low[n+1] == "this"
		}
	}
	return false
}
