package code

// subjectOfClausePrec31 reports whether the attack noun prev is the
// subject of the toll verb cd in a clause a subordinator opens: "called
// for the troops to leave, two days after a drone strike near the airport
// killed two commanders", "before a car bomb outside the station wounded
// nine". "After" there opens a clause, not a phrase: the noun is no
// preposition's object but the doer of the verb, which tells the noun's
// own toll. (Compare "protesters angry at the killings attacked the
// embassy", where the verb has its own subject.)
func subjectOfClausePrec31(st *sent, prev, cd *candidate) bool {
	if prev.j > cd.i || !finiteTollPrec31(st, cd) {
		return false
	}
	for k := prev.i - 1; k >= 0 && k >= prev.i-6; k-- {
		w := st.low[k]
		if clauseOpenersPrec31.has(w) {
			return true
		}
		if !determiners.has(w) && !isModifier(st.toks[k]) && st.mentionAt(k) == nil {
			return false
		}
	}
	return false
}

// finiteTollPrec31 reports whether cd is a verb in the active voice with
// a tense of its own ("killed", "wounded"), not a participle.
func finiteTollPrec31(st *sent, cd *candidate) bool {
	t := st.toks[cd.i].tag
	return cd.e.has(flagKill) && (t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBN" && !st.isPassive(cd.i))
}

// clauseOpenersPrec31 open a clause with a subject and verb of its own.
var clauseOpenersPrec31 = filtered(map[string]bool{
	"after": true, "before": true, "since": true, "until": true, "once": true, "when": true, "as": true,
})
