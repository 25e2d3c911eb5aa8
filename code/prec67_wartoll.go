package code

// prec67: a whole war's toll to date whose subject runs past the war noun.
//
// "The war between the army and the militia, which broke out two years
// ago, has killed tens of thousands", "the conflict in the south has
// claimed thousands of lives". cumulativeToll reads "the war has killed"
// and tollToDateAside "the insurgency, which began in 1994, has killed";
// both want the war noun just before "has" or before the aside. Here a
// phrase ("between the army and the militia", "in the north-east") stands
// between, so the head of the subject is found by walking the sentence
// from its start. What a whole war has killed up to now is background in
// every batch; "Clashes between the two clans have killed 12 since Monday"
// names fighting, not a war, and stays.

// prec67WarTollAcross reports whether the verb trigger cd, in the present
// perfect, tells the toll of a whole war named at the head of a subject
// that runs on past it: "The war between Sudan's factions, which began
// last year, has killed thousands".
func prec67WarTollAcross(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || !cd.e.has(flagKill) && !cd.e.has(flagViolent) {
		return false
	}
	h := perfectHasAt(st, cd.i)
	if h < 2 {
		return false
	}
	end := h
	if st.low[h-1] == "," {
		if end = asideOpening(st, h-1); end < 0 || asideClosing(st, end) != h-1 {
			return false
		}
	}
	head := prec67SubjectHead(st, end)
	// (The war noun just before "has" or the aside is the older rules'.)
	return head >= 0 && head < end-1 && wholeWarNouns.has(st.low[head])
}

// prec67SubjectHead returns the head of the noun phrase that opens the
// sentence and runs up to end, when what follows the head up to end is a
// phrase on a preposition ("the war between the army and the RSF", "the
// conflict in the north-west"), or -1. The head is the first noun not
// owned by a possessive ("Sudan's civil war" heads on "war").
func prec67SubjectHead(st *sent, end int) int {
	head := -1
	for k := 0; k < end && k < 8; k++ {
		t := st.toks[k]
		if nounTagged(st, k) && (k+1 >= len(st.toks) || st.toks[k+1].tag != "POS") && !nounTagged(st, k+1) {
			head = k
			break
		}
		if t.tag != "DT" && t.tag != "PRP$" && t.tag != "CD" && !isModifier(t) {
			return -1
		}
	}
	if head < 0 || head+1 >= end {
		return head
	}
	if st.toks[head+1].tag != "IN" {
		return -1
	}
	for k := head + 2; k < end; k++ {
		if w := st.low[k]; w == ";" || w == ":" || w == "," || finiteVerb(st.toks[k].tag) && st.mentionAt(k) == nil {
			return -1
		}
	}
	return head
}
