package code

// Precision pass over a sentence's built events, after prec30: each rule
// lives in its own prec31_*.go file.

// prec31 drops, once a sentence's events are built, those a careful
// coder would not record: a fight named only as the setting of another
// act ("after weeks of fighting") and talks or a truce that only date
// another act ("hours before a truce was due to start") and attacks people
// fled ("families who fled rebel raids"), see prec31_setting.go; a deed told in a
// relative clause on its object ("the town, which rebels seized in May"),
// see prec31_gap.go; a deed named after "for" as a reason or purpose
// ("wanted for kidnappings"), see prec31_reason.go; "meet" said of a
// demand or deadline ("if the demand is not met"), see prec31_sense.go;
// raiders leaving after their attack ("before pulling back"), see
// prec31_leave.go. Issue 3's prec33 rules run in the same loop: a
// dispersal told twice, see prec33_dispersal.go; burning hung on a raid,
// see prec33_arson.go; a blame that names an act, see prec33_blame.go; an
// act named after "without" or "party to", see prec33_without.go; an act
// named inside the condition a clause waits on ("unless the ban is
// lifted"), see prec35_condition.go.
func (c *Coder) prec31(st *sent, cands, built []*candidate) {
	for _, cd := range built {
		if cd.folded {
			continue
		}
		if c.prec31Drops(prec31Before, st, cands, built, cd) {
			continue
		}
		if drop := c.protestAsForcePrec33(built, cd); drop != nil {
			drop.folded = true
			c.trace(st, drop, "a protest word coded as the force used on it beside another force act by the same doers (\"used water cannon to break up a rally\"): one act")
			if drop == cd {
				continue
			}
		}
		c.prec31Drops(prec31After, st, cands, built, cd)
	}
}

// prec31Rule is one check of the prec31 pass: whether a built event is one
// a careful coder would not record, and why.
type prec31Rule struct {
	drop func(st *sent, cands, built []*candidate, cd *candidate) bool
	why  string
}

// prec31Before run, in order, before the dispersal fold; prec31After after it.
var (
	prec31Before = []prec31Rule{
		{objectRelativePrec31, "a deed told in a relative clause on its object (\"the town, which rebels seized in May\"): which one is meant, not the news"},
		{demandMetPrec31, "\"meet\" said of a demand, deadline or condition (\"if the demand is not met\"): satisfied, no meeting"},
		{raidersLeavePrec31, "raiders leaving after the attack just told (\"looted shops before pulling back\"): the end of the raid, no withdrawal"},
		{forReasonPrec31, "a deed named as the reason or purpose of another word (\"wanted for kidnappings\"): not told as news"},
		{timeAnchorPrec31, "talks or a truce that only date another act (\"hours before a truce was due to start\"): still ahead"},
		{fledFromPrec31, "attacks people fled, saying who the people are (\"food for families who fled rebel raids\"): not the news"},
	}
	prec31After = []prec31Rule{
		{arsonAsidePrec33, "burning told by a comma participle after the raid or shelling of the same doers (\"seized the town, torching the police station\"): its damage, one act"},
		{blameNamesPrec33, "a blame in a clause that restricts a noun (\"kidnappings blamed on bandits\", \"attacks that it blamed on gangs\"): says which act is meant"},
		{nounWithoutPrec33, "an act named after \"without\" or \"party to\" (\"ended without agreement\", \"was not party to the talks\"): no act of its own"},
		{conditionActPrec35, "an act named inside the condition a clause waits on (\"would reimpose the curbs if the ban is not lifted\"): has not happened"},
		{conditionPresentPrec37, "the verb of a condition told in the present tense (\"will expel the troops unless Addis Ababa tears up the deal\"): has not happened"},
		{gsr24ConditionNoun, "the object of the verb of a condition (\"will pull out unless the government signs a truce\"): has not happened"},
		{fightSettingPrec31, "a fight named as the setting of another act (\"after weeks of fighting\"): not the news"},
		{stormThenAbductPrec37, "the storming of a place told as the way in of the abduction the same men go on to (\"stormed a school and seized 287 pupils\"): one act, the abduction"},
		{avertedActPrec37, "an act another verb kept from happening (\"withdrew to avoid air strikes\", \"averting an attack\"): has not happened"},
		{gsr23AidStoppedPrec, "aid named as what a verb stops (\"obstructing aid to the region\"): no aid given"},
		{gsr31SelfSanction, "a sanction a government would aim at its own state (\"suspended flights to Congo\" said by Kinshasa): the place is the flights' end, no side"},
	}
)

// prec31Drops folds cd at the first of rules that drops it, and reports
// whether one did.
func (c *Coder) prec31Drops(rules []prec31Rule, st *sent, cands, built []*candidate, cd *candidate) bool {
	for _, r := range rules {
		if r.drop(st, cands, built, cd) {
			cd.folded = true
			c.trace(st, cd, r.why)
			return true
		}
	}
	return false
}
