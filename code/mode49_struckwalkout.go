package code

// A walkout told with the verb (issue 3, type): "nurses struck across the
// country", "dock workers struck for a third day", "teachers struck over
// unpaid wages". The lexicon reads "struck" as an attack that needs a
// target; done by working people with no object after the verb, it is a
// strike (PROTEST, CAMEO 143), coded as mode48WorkersStrike codes the
// noun. "Israel struck Gaza", "police struck protesters", "rebels struck
// back" and "the court struck down the law" stay as they are.

// mode49WalkoutSectors are the working people who strike by walking out
// (protesters, who also strike people, are left out).
var mode49WalkoutSectors = filtered(wordSet("LAB", "EDU", "HLH", "BUS", "MED", "JUD", "AGR"))

// mode49StruckForms are the forms of the verb "to strike".
var mode49StruckForms = filtered(wordSet("struck", "strike", "strikes", "striking"))

// mode49NotWalkoutParticles make the verb another act: "struck back",
// "struck down", "struck out", "struck up", "struck off", "struck again".
var mode49NotWalkoutParticles = filtered(wordSet("back", "down", "out", "up", "off", "again", "twice", "deal", "deals"))

// mode49StruckWalkout reports whether the verb trigger at the candidate is
// a walkout: a form of "strike" with working people as all its doers and
// no object after it (a preposition, an adverb of time or place, or the
// end of the clause follows).
func (b *building) mode49StruckWalkout() bool {
	cd, st := b.cd, b.st
	if cd.e.pos != 'V' || cd.j-cd.i != 1 || !mode49StruckForms.has(st.low[cd.i]) || len(b.src) == 0 {
		return false
	}
	for _, a := range b.src {
		if !mode49WalkoutSectors.has(a.Sector) {
			return false
		}
	}
	if cd.j >= len(st.low) {
		return true
	}
	if mode49NotWalkoutParticles.has(st.low[cd.j]) {
		return false
	}
	switch t := st.toks[cd.j].tag; {
	case t == "IN" || t == "TO" || t == "RB" || t == "CC" || t == "," || t == "." || t == ":":
		return true
	}
	return false
}
