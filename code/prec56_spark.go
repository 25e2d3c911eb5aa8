package code

// prec56: the fight an attack sets off is that attack going on.
//
// "attacked army posts along the border, setting off hours of heavy
// exchanges of fire": the span before the fight ("hours of", "a day of")
// does not make it another act. Nor does an aside that sets the attack's
// time between the attack and the participle: "attacked the palace while
// the president was chairing a cabinet meeting, setting off a five-hour
// gun battle with the guard" (the participle's doer is the attackers,
// whatever the while-clause tells).

// prec56SparkedAfterSpan reports whether the noun at i is the fighting a
// participle of setting off takes after a span: ", setting off hours of
// heavy exchanges of fire", ", sparking days of clashes".
func prec56SparkedAfterSpan(st *sent, i int) bool {
	k := i - 1
	for k >= 0 && k >= i-3 && (st.low[k] == "a" || st.low[k] == "an" || isModifier(st.toks[k])) && st.mentionAt(k) == nil {
		k--
	}
	if k < 2 || st.low[k] != "of" || !durationWords.has(st.low[k-1]) {
		return false
	}
	k -= 2
	n := k
	for k >= 0 && k >= n-2 && (st.low[k] == "a" || st.low[k] == "an" || isModifier(st.toks[k])) && st.mentionAt(k) == nil {
		k--
	}
	spark := k >= 1 && sparkWords.has(st.low[k])
	if k >= 2 && st.low[k] == "off" && st.low[k-1] == "setting" {
		spark, k = true, k-1
	}
	return spark && st.low[k-1] == ","
}

// prec56AsideOpeners open a clause that only sets an act's time or
// circumstance: "while the president was chairing a meeting".
var prec56AsideOpeners = filtered(wordSet("while", "as", "when"))

// prec56SparkedAcross reports whether the fight noun cd, set off by a
// participle, belongs to the attack prev although a time clause stands
// between them: "attacked the palace while the cabinet met, setting off a
// gun battle". Only such a clause may stand between; a semicolon, "but",
// "and" or a clause of another kind ends the attack's sentence part.
func prec56SparkedAcross(st *sent, prev, cd *candidate) bool {
	if !sparkedBy(st, cd.i) && !prec56SparkedAfterSpan(st, cd.i) {
		return false
	}
	aside := false
	for k := prev.j; k < cd.i; k++ {
		if st.clause[k] == st.clause[prev.i] {
			continue
		}
		w := st.low[k]
		if st.clause[k] != st.clause[k-1] {
			if aside || !prec56AsideOpeners.has(w) {
				return false
			}
			aside = true
		}
		if w == ";" || w == "but" || w == "and" {
			return false
		}
	}
	return aside
}
