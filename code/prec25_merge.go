package code

// One killing told by two deeds: a mob that kills someone and then burns
// the body has done one act of violence, not an attack and an arson.

import "github.com/truce-project/truce"

// remainsWords name what is left of someone killed.
var remainsWords = filtered(wordSet("body", "bodies", "corpse", "corpses", "remains"))

// burnedRemains returns the earlier attack of the sentence whose victim's
// body the arson trigger cd burns, or nil: "a mob beat a trader to death
// and set his body on fire", "was stoned to death and her body burned",
// "shot the driver and burned his corpse". The burning is the end of the
// killing told just before it, whatever roles the passive gives its words;
// "killed two guards and torched the depot" burns something else and
// stays an event of its own.
func burnedRemains(st *sent, built []*candidate, cd *candidate) *candidate {
	if cd.ev.Type != truce.Assault || cd.ev.Mode != "destroy" || !remainsNear(st, cd) {
		return nil
	}
	for n := len(built) - 1; n >= 0; n-- {
		b := built[n]
		if b.folded || b.st != st || b.ev.Type != truce.Assault || b.ev.Mode == "destroy" || b.j > cd.i {
			continue
		}
		if and := lastAndBetween(st, b.j, cd.i); and >= 0 && onlyRemainsBetween(st, and+1, cd.i) {
			return b
		}
	}
	return nil
}

// remainsNear reports whether a word for a body stands inside the trigger
// cd ("set his body on fire"), right after it ("burned the corpse") or
// right before it ("her body set alight").
func remainsNear(st *sent, cd *candidate) bool {
	from, to := cd.i-3, cd.j+3
	if from < 0 {
		from = 0
	}
	if to > len(st.low) {
		to = len(st.low)
	}
	for k := from; k < to; k++ {
		if remainsWords.has(st.low[k]) {
			return true
		}
	}
	return false
}

// onlyRemainsBetween reports whether the words from a to b name at most
// the body burned, with no doer of their own: "and set his body on fire"
// (none), "and her body set alight" ("her body"). "And police burned"
// brings in someone else.
func onlyRemainsBetween(st *sent, a, b int) bool {
	for k := a; k < b; k++ {
		if t := st.toks[k].tag; !remainsWords.has(st.low[k]) && t != "PRP$" && t != "DT" && t != "RB" && t != "POS" {
			return false
		}
	}
	return true
}

// completionWords end a process: "completing a withdrawal", "ending a
// three-year deployment".
var completionWords = filtered(wordSet("completing", "completed", "ending", "ended", "finishing", "concluding", "capping"))

// completedProcess returns the earlier act of the sentence, of the same
// category, that the noun trigger cd names as the process it completes,
// or nil: "the last Belgian troops left Chad on Sunday, completing a
// pullout the junta had demanded", "handed over their final base,
// ending a withdrawal that began in March". The noun sums up what the verb
// told as its last step; it is the same event. A noun that is the act
// itself ("Belgium completed its withdrawal") has no earlier act to join.
func completedProcess(st *sent, built []*candidate, cd *candidate) *candidate {
	k := cd.i - 1
	// "completing a withdrawal" may be one trigger whose first word ends
	// the process.
	if completionWords.has(st.low[cd.i]) {
		k = cd.i
	} else if !nounUse(st, cd) {
		return nil
	}
	for k >= 0 && k >= cd.i-4 && !completionWords.has(st.low[k]) {
		if t := st.toks[k].tag; t != "DT" && t != "PRP$" && t != "POS" && t != "CD" && !isModifier(st.toks[k]) {
			return nil
		}
		k--
	}
	if k < 1 || !completionWords.has(st.low[k]) || st.low[k-1] != "," {
		return nil
	}
	for n := len(built) - 1; n >= 0; n-- {
		if b := built[n]; !b.folded && b.st == st && b.ev.Type == cd.ev.Type && b.j <= k {
			return b
		}
	}
	return nil
}
