package code

// The subject a verb after "and" shares when the clause it joins has a
// subject of its own: "Al-Shabaab abandoned the village, and Somali troops
// moved in and set up a base" — the troops set up the base, not the
// militants who opened the sentence.

// joinedClauseSubject returns the actor that opens a clause joined by "and"
// or a comma between first, the first actor of the trigger's clause, and
// the "and" at a that joins the trigger's verb: the subject right before
// the finite verb nearest to a. Else nil.
//
// A material act joined this way to the verb of what a speaker reports is
// the reported doer's too: "residents said RSF fighters had broken into
// homes and carried off cars" (deed set true).
func (st *sent) joinedClauseSubject(first *mention, a int, deed bool) *mention {
	if first == nil || a <= first.j {
		return nil
	}
	v := -1
	for k := a - 1; k >= first.j; k-- {
		if finiteAt(st, k) || pastAfterSubject(st, k) {
			v = k
			break
		}
	}
	if v <= first.j {
		return nil
	}
	// The subject ends right before the verb, or before one adverb.
	e := v
	if e > 0 && st.toks[e-1].tag == "RB" && st.mentionAt(e-1) == nil {
		e--
	}
	b := st.mentionAt(e - 1)
	if b == nil || b == first || b.j != e {
		return nil
	}
	if st.opensJoinedClause(b, first.j) || deed && st.reportedDoer(b, first.j) {
		return b
	}
	return nil
}

// opensJoinedClause reports whether the actor b, named after token lo,
// opens a clause of its own joined by "and", a comma or a semicolon, with
// its own finite verb right after it: "…, and Somali troops moved in".
func (st *sent) opensJoinedClause(b *mention, lo int) bool {
	if b.place || b.kind == "pronoun" && objectPronoun(st, b) || b.i <= lo || b.j >= len(st.toks) {
		return false
	}
	v := st.pastNameAndAside(b.j)
	if v < len(st.toks) && st.toks[v].tag == "RB" && v+1 < len(st.toks) {
		v++
	}
	if v >= len(st.toks) || !finiteAt(st, v) && !pastAfterSubject(st, v) {
		return false
	}
	o := b.i - 1
	if o > 0 && determiners.has(st.low[o]) {
		o--
	}
	if o <= lo || st.low[o] != "and" && st.low[o] != "," && st.low[o] != ";" {
		return false
	}
	// ("women and children kidnapped in Maru": a past form the tagger
	// reads as a participle is a verb only after ", and" or ";", for a
	// subject that heads no list.)
	if !finiteAt(st, v) && (st.low[o] == "and" && st.low[o-1] != "," || st.low[o] == "," || st.coordinated(b)[0] != b) {
		return false
	}
	// ("the army and police raided …": a subject coordinated with the
	// one before is the same one.)
	return !(st.low[o] == "and" && o == lo)
}

// ownJoinedDoer reports whether the doer found for the verb of cd opens a
// clause of its own after the earlier verb prev: "X abandoned the village,
// and Y moved in and set up a base" — Y sets up the base, not X.
func ownJoinedDoer(st *sent, prev, cd *candidate) bool {
	if len(cd.src) == 0 {
		return false
	}
	m := cd.src[0]
	return m.i >= prev.j && m.j < cd.i && st.opensJoinedClause(m, prev.j-1)
}

// pastNameAndAside returns the token after the rest of a name the
// dictionary matched only in part ("the EU [Monitoring Mission]") and a
// relative aside after it (", whose patrols saw the signs,"), from k.
func (st *sent) pastNameAndAside(k int) int {
	for k < len(st.toks) && (st.toks[k].tag == "NNP" || st.toks[k].tag == "NNPS") && st.mentionAt(k) == nil {
		k++
	}
	if k+1 >= len(st.toks) || st.low[k] != "," || !asideRelatives.has(st.low[k+1]) {
		return k
	}
	for e := k + 2; e < len(st.toks) && e < k+16; e++ {
		if st.low[e] == "," {
			return e + 1
		}
	}
	return k
}

// asideRelatives open a relative clause set off by commas.
var asideRelatives = filtered(wordSet("who", "whose", "which"))

// reportedDoer reports whether the actor b, named after token lo, is the
// subject of the clause a verb of saying reports: "said [that] b …".
func (st *sent) reportedDoer(b *mention, lo int) bool {
	o := b.i - 1
	if o > 0 && determiners.has(st.low[o]) {
		o--
	}
	if o > 0 && st.low[o] == "that" {
		o--
	}
	return o >= lo && reportVerbs.has(st.low[o])
}

// deedAct reports whether a trigger tells a deed (CAMEO 14 and up:
// protest, force posture, coercion, assault, fighting) rather than words.
func deedAct(e *entry) bool {
	return len(e.cameo) >= 2 && e.cameo[:2] >= "14" && e.cameo[:2] != "16"
}

// pastSubordinate returns the subject of the main clause when the verb
// after ", and" at a follows a subordinate clause that m, the first actor
// of the verb's clause, lies in: "the government declared an emergency
// after killings blamed on rival gangs, and imposed a curfew" — the
// government imposed it, not the gangs. Else nil.
func (st *sent) pastSubordinate(m *mention, a int) *mention {
	if m == nil || a < 1 || st.low[a-1] != "," {
		return nil
	}
	s := a
	for s > 0 && st.clause[s-1] == st.clause[a] {
		s--
	}
	if s == 0 || s > m.i || !clauseOpenersAfterGoods.has(st.low[s]) {
		return nil
	}
	for v := s - 1; v >= 0; v-- {
		if finiteAt(st, v) && st.toks[v].tag != "MD" {
			if sub := st.subject(v); len(sub) > 0 && sub[0] != m && sub[0].i < s {
				return sub[0]
			}
			return nil
		}
	}
	return nil
}

// pastAfterSubject reports whether token k is a past form right after an
// actor, which the tagger may read as a participle: "troops moved in".
func pastAfterSubject(st *sent, k int) bool {
	if k < 1 || st.toks[k].tag != "VBN" {
		return false
	}
	m := st.mentionAt(k - 1)
	return m != nil && m.j == k && !m.place
}
