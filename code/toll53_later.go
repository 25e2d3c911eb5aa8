package code

// Issue 3, round toll53: wounded who died later add to the toll when a
// later sentence tells it. "A car bomb killed 20 people and wounded 50.
// Three of the wounded later died." is 23 dead, as "killing 20 and
// wounding 50, three of whom later died" is; the sentence after had read
// "three of the wounded" as a part of a toll told before (subsetOf) and
// dropped it. A sentence that also gives the new toll ("raised the toll
// to nine, saying two of the wounded had died", wire6-009) already
// counts them and is left as it is. Dev: the gold counts the wounded who
// died later in all its tellings in one sentence (wire20-035, wire6-009's
// raised toll); no dev sentence tells them alone after the attack.

// toll53WoundedDiedLater reports whether the read r counts some of the
// wounded who then died ("[three] of the wounded later died") and is the
// only count of dead in its sentence.
func toll53WoundedDiedLater(st *sent, r tollRead, reads []tollRead) bool {
	if r.field != "fatalities" || !r.more || r.end+2 >= len(st.low) || r.k != r.end+2 || st.low[r.end] != "of" || !injuryWords.has(st.low[r.k]) {
		return false
	}
	for _, o := range reads {
		if o.field == "fatalities" && o.i != r.i {
			return false
		}
	}
	return true
}
