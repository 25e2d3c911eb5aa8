package code

// afterSentence runs, once a sentence's triggers are built into
// candidates, what needs them all: tolls, protests met with force,
// rescue raids, the precision passes, the last armed group named, and
// the ceasefires the sentence declares.
func (c *Coder) afterSentence(d *doc, st *sent, cands, built []*candidate) {
	// Both read the same counts: tolls changes events, not the sentence.
	reads := readTolls(st)
	c.toll41HarmfulCoercion(d, st, built)
	own := toll47OwnReads(d, st, cands, reads) // a fronted toll goes back to the attack before
	c.tolls(st, cands, own)
	c.tollUpdate(d, st, cands, own)
	toll53AlsoOne(st, cands, own)         // toll53: "a constable was also killed" adds one
	toll53PoliceHurt(d, st, cands, own)   // toll53: police hurt in unrest count on the crowd's riot
	toll53PropertyToll(d, st, cands, own) // toll53: a toll beside an act on property is the attack's before
	toll46DeadIncluded(d, st, cands)
	toll42KilledAttackers(d, st, cands)
	toll42LaterDeaths(st, cands, reads)
	toll46OneDiedLater(d, st, cands)
	mode53Massacres(st, built) // mode53: scores of civilians killed on the ground
	mode53BatonDispersals(st, built)
	lex47ShotOne(st, built)
	mode46ShotOnePassive(st, built)
	lex47ReducedCount(st, built)
	lex47Retold(d, st, built)
	prec46AnsweredCrowd(d, st, built)
	c.protestMet(d, st, cands, built)
	c.rescueRaid(d, st, built)
	c.prec25(d, st, built)
	c.prec26(d, st, built)
	c.prec27(d, st, built)
	c.prec28(st, cands, built)
	c.prec29(d, st, built)
	c.prec30(st, built)
	c.prec31(st, cands, built)
	prec45WrongedSide(st, built)
	prec61RepelledSide(st, built)
	prec50LaunchedFrom(d, st, built)
	c.gsr21IntentTarget(d, st, built)
	c.gsr23SpokenTarget(d, st, built)
	c.prec54RebelTruceTarget(d, built)
	c.prec56SigningRetold(d, st, cands, built)
	c.prec70CoupArrest(st, built)
	s52DuringDoer(d, st, built)
	c.s60ClashDoer(d, st, built) // s60: "killed in clashes with police": by the police
	c.t55ProtestedGovernment(d, st, built)
	c.t61WorkingVictims(d, built)
	c.s58MilitaryDoers(d, st, built)
	c.localSectors(d, built)
	c.t63CacheOwners(d, st, built)
	for n := len(st.mentions) - 1; n >= 0; n-- {
		// Copy only the group kept: a copy taken before the test
		// escapes, and every mention tried would cost an allocation.
		if isArmedGroup(st.mentions[n].actor) && !st.x68BackedBy(st.mentions[n].i) {
			a := st.mentions[n].actor
			d.lastGroup = &a
			break
		}
	}
	for _, cd := range cands {
		if !cd.folded && (cd.e.has(flagCease) || agreedHalt(cd)) {
			c.declareCeasefire(d, cd)
		}
	}
	c.signedTermsPrec35(d, st, built)
}
