package code

// readingScreens drop a lexicon reading whose words, read closer, name no
// event; each gives the reason --explain shows.
var readingScreens = []struct {
	drop func(*sent, *candidate) bool
	why  string
}{
	{lex39SaidActMissing, "\"said the … violated\" naming no act of a side"},
	{lex41HandBackScreen, "people handed back (\"handed the detainees back to\"): no ground given up"},
	{lex41CutNoLine, "a passive cut whose subject names no line of communication (\"the road was cut\")"},
	{lex48ForceMission, "a mission of forces, aid or monitors sent (\"a peacekeeping mission\"): no visit"},
	{lex48FreeAdjective, "\"free\" as an adjective (\"free trade\", \"walked free\"): the verb stands after a modal or \"to\""},
	{lex46TurnBackScreen, "a force turning back no person kept out (\"turned back buses\", \"turned away from\")"},
	{toll41HarmToll, "a verb of injury telling a toll or a state, with no doer (\"65 were wounded\", \"the injured\")"},
	{lex47OtherSense, "\"shot\" or \"beaten\" as a noun or in another sense (\"a shot at goal\", \"shot down\", \"beaten back\")"},
	{prec51CountedNoun, "a verb's -s form counted in millions (\"120 million pounds\"): a measure, not an act"},
	{lex47NoDoer, "a passive \"shot\" or \"beaten\" with no doer (\"was shot in the leg\"): what befell a victim"},
	{lex47OpensList, "\"shot\" or \"beaten\" opening a list of harms of one act (\"shot and killed\", \"shot residents and burned granaries\")"},
	{prec53MedicalHelp, "help sought for care (\"sought medical help\"): no plea to a party"},
	{prec53StoppedClass, "a bare plural of violence an effort is to stop (\"struggled to contain jihadist attacks\"): a class, not an act"},
	{gsr30ClearedOfCharge, "\"cleared\" of a charge (\"cleared him of all charges\"): found blameless, no ground taken"},
	{lex56NoneTaken, "a verb of taking away naming no one taken (\"led the march away\")"},
	{toll46BodiesNoViolence, "dead found with no sign they were killed (\"recovered the bodies of 12 miners from the landslide\")"},
	{prec55AttackedGathering, "a gathering an explosive attack hit (\"a blast hit a rally\", \"whose rally was targeted\"): the scene, not a protest"},
	{gsr31TruceBody, "a truce noun naming who watches over a truce (\"truce monitors\", \"the ceasefire committee\"): no truce told"},
	{gsr31FlightsNoState, "flights or links cut by no named state (\"the carrier suspended flights to\"): no sanction"},
	{gsr31HandedDocument, "a paper handed over (\"handed over a letter to\", \"a petition handed over to\"): a message delivered, no release"},
	{prec56RankingSentence, "a sentence ranking an act told before (\"It was the second attack …\"): a comparison, no news"},
	{prec56ForcedClosure, "a closing an act forced on what it hit (\"forcing shops to shut\"): a harm, not a party's restriction"},
	{prec68RobbedAndHarmed, "a harm done to a victim robbed by men of no side (\"was robbed and killed by two men\"): ordinary crime"},
	{prec56ProcedureModifier, "an act noun qualifying a noun of rules or procedure (\"asylum rules\", \"a decommissioning process\")"},
	{prec56StoppedGerund, "the act a verb of stopping takes (\"would stop bombing\", \"refrained from shelling\"): not done"},
	{prec60FoughtWholeWar, "a whole war fought or waged (\"fought a 16-year civil war\", \"waged an insurgency\"): a side's history, not a clash"},
	{prec60HinderedForces, "forces a hindrance is aimed at (\"set off bombs to delay reinforcements\"): no deployment told"},
	{prec60EnabledGoal, "an act another act hastens or clears the way for (\"to speed their deportation\", \"clearing the way for drills\"): a goal, not done"},
	{prec60PastAttackReferred, "an earlier attack dated in the possessive as what an act answers (\"behind last month's massacre\"): told before"},
	{prec60ReleasedThing, "a thing released (\"a video was released\", \"releasing $300 million\"): no one set free"},
	{prec60CircumstanceMeeting, "a meeting that sets the scene of another act (\"shot him as he met villagers\"): its setting, not news"},
	{prec61RepelledAttackBy, "an attack turned back, with its attacker after \"by\" (\"repelled an attack by rebels\"): the noun tells it"},
	{prec61RepelGoal, "an attack to be turned back that an act helps with (\"to help repel the advance\"): a goal, not a fight"},
	{prec61HarmlessCargo, "a vehicle driven in with a cargo that is no bomb (\"a truck loaded with melons\"): no bombing"},
	{prec58FirstPersonTalk, "a talk told by its speaker (\"we talked about a ceasefire\"): an account of a meeting, not one named"},
	{gsr36CyberAttack, "a cyber attack spelt in two words (\"a wave of cyber attacks\"): no armed attack"},
	{gsr36PurposeClause, "an act in a clause of purpose (\"so that imports are banned\"): an aim, not done"},
}

// readingScreened returns why cd's reading names no event, or "".
func readingScreened(st *sent, cd *candidate) string {
	for _, s := range readingScreens {
		if s.drop(st, cd) {
			return s.why
		}
	}
	return ""
}

// actBeforeParts find, for a trigger, the act built earlier in the
// sentence it is part of; each gives the reason --explain shows.
var actBeforeParts = []struct {
	of  func(*sent, []*candidate, *candidate) *candidate
	why string
}{
	{lex41HandBackOfWithdrawal, "ground handed back by the withdrawal just told (\"withdrew …, handing the city back to\")"},
	{lex39AttackFreeing, "captives freed by the attack just told (\"stormed the prison, freeing 500 inmates\")"},
	{prec41AccusingGrounds, "the grounds of the accusation just told (\"issued a warrant for him, accusing him of\")"},
	{toll41JoinedHarm, "the wounded of the attack just told (\"killed 40 and wounded 13 others\")"},
	{lex47JoinedHarm, "one more harm of the act just told (\"raped, beaten or robbed\", \"beaten and detained\")"},
	{prec60StruckTarget, "the targets the strike just told hit (\"struck rebel targets\"): one attack, read once"},
	{prec56FreedCaptives, "how the people the release just told frees came to be held (\"freed 200 people detained during the protests\")"},
}

// partOfActBefore returns the act built earlier in the sentence that cd
// is part of, and why, or nil.
func partOfActBefore(st *sent, built []*candidate, cd *candidate) (*candidate, string) {
	for _, p := range actBeforeParts {
		if prev := p.of(st, built, cd); prev != nil {
			return prev, p.why
		}
	}
	return nil, ""
}
