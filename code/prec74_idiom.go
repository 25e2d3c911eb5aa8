package code

// Words of violence aimed at words (prec74, found by probing): "the
// opposition attacked the government's handling of the crisis", "the
// senate shot down the proposal", "vowed to fight the ruling in court",
// "came under fire for his remarks". A plan, a ruling or a remark can be
// criticised, blocked or appealed, never shot at, so the verb is a figure
// of speech whoever its doer is. prec27's figurativeViolence catches the
// blaze and the economy; these are the things of politics, which come
// after a possessor it does not read ("the army's decision").

import "github.com/truce-project/truce"

// prec74VerbalObjects are things made of words or decisions: what a
// violent verb can hit only in a figure of speech. Things with a place
// (a post, a project's site, a conference hall, a celebration's crowd)
// and people are left out, since they can be attacked.
var prec74VerbalObjects = filtered(wordSet(
	"plan", "plans", "proposal", "proposals", "policy", "policies", "decision", "decisions",
	"record", "bill", "bills", "law", "laws", "legislation", "budget", "budgets", "reform", "reforms",
	"ruling", "rulings", "verdict", "verdicts", "sentence", "conviction", "motion", "motions",
	"appeal", "appeals", "request", "requests", "idea", "ideas", "remarks", "comments", "statement",
	"statements", "speech", "speeches", "words", "claim", "claims", "allegations", "accusations",
	"charges", "case", "lawsuit", "report", "reports", "findings", "strategy", "handling",
	"approach", "measure", "measures", "amendment", "amendments", "initiative", "agenda",
	"narrative", "rhetoric", "stance", "argument", "arguments", "debate", "hashtag", "nomination",
	"candidacy", "appointment", "results", "outcome", "referendum", "resolution", "decree",
	"order", "extradition", "deportation", "move", "treaty", "accord", "deal", "agreement",
	"talks", "negotiations", "process", "editorial", "article", "tweet", "tweets"))

// prec74ViolentVerbs are the verb forms of violence that English also
// uses of arguing, voting and suing: "attacked the plan", "shot down the
// bill", "torpedoed the talks", "hijacked the debate", "fought the
// ruling", "struck down the law".
var prec74ViolentVerbs = filtered(wordSet(
	"attack", "attacks", "attacked", "attacking", "assault", "assaults", "assaulted", "assaulting",
	"shoot", "shoots", "shot", "shooting", "torpedo", "torpedoes", "torpedoed", "torpedoing",
	"hijack", "hijacks", "hijacked", "hijacking", "blast", "blasts", "blasted", "blasting",
	"fight", "fights", "fought", "fighting", "battle", "battles", "battled", "battling",
	"bomb", "bombs", "bombed", "bombing", "strike", "strikes", "struck", "striking",
	"hit", "hits", "hitting", "kill", "kills", "killed", "killing", "storm", "storms", "stormed", "storming"))

// prec74VerbalAttack reports whether the verb trigger cd, an attack, a
// coercion or a threat told by a verb of violence, has for its object a
// thing of words: the head noun of the noun phrase after it (past a
// particle, determiners, a possessor and modifiers) is one of
// prec74VerbalObjects. Dev: no sentence of the kind (0 events either
// way); in the probes, 13 of 13 such sentences ("attacked the plan",
// "shot down the appeal", "vowed to fight the ruling", "hijacked the
// debate") coded an attack, a seizure or a threat, and the attacks on a
// convoy or on positions beside them stay.
func prec74VerbalAttack(st *sent, cd *candidate, plover string) bool {
	if cd.e.pos != 'V' || plover != truce.Assault && plover != truce.Coerce && plover != truce.Threaten {
		return false
	}
	verb := false
	for k := cd.i; k < cd.j; k++ {
		if prec74ViolentVerbs.has(st.low[k]) {
			verb = true
		}
	}
	if !verb {
		return false
	}
	k := cd.j
	if k < len(st.low) && (st.low[k] == "down" || st.low[k] == "up") {
		k++
	}
	head, _ := nounPhraseHead(st, k)
	return head >= 0 && prec74VerbalObjects.has(st.low[head])
}

// prec74UnderFireFor reports whether a passive attack trigger ("came
// under fire", "came under attack") is followed by "for" or "over" and the
// reason of a rebuke: a possessive ("for his remarks", "over its
// handling"), a gerund ("for allowing"), or a thing of words ("over the
// decision"). A patrol comes under fire "for two hours" or "over the
// weekend"; a minister "for his comments". Dev: the rule fires on no dev
// event (all 5 dev "came under fire" are shootings and stay).
func prec74UnderFireFor(st *sent, cd *candidate) bool {
	if !cd.e.has(flagPassive) || cd.j-cd.i < 3 || st.low[cd.j-2] != "under" || cd.j+1 >= len(st.low) {
		return false
	}
	if w := st.low[cd.j]; w != "for" && w != "over" {
		return false
	}
	next := st.toks[cd.j+1]
	if next.tag == "PRP$" || next.tag == "VBG" {
		return true
	}
	head, _ := nounPhraseHead(st, cd.j+1)
	return head >= 0 && prec74VerbalObjects.has(st.low[head])
}

// offSensePrec74 tells why the trigger cd is read here as a figure of
// speech, or "".
func offSensePrec74(st *sent, cd *candidate, plover string) string {
	if prec74VerbalAttack(st, cd, plover) {
		return "a verb of violence aimed at words or a decision (\"attacked the government's plan\", \"shot down the bill\"): a figure of speech"
	}
	if prec74UnderFireFor(st, cd) {
		return "\"came under fire for\" a remark or a decision: a rebuke, no shooting"
	}
	if prec74NounSign(st, cd) {
		return "\"sign\" as a noun (\"the latest sign of a thaw\"): no signing"
	}
	if prec74TraitGerund(st, cd) {
		return "what someone has a history or record of doing (\"has a history of attacking churches\"): a trait, no act"
	}
	if prec74OwnedArms(st, cd) {
		return "arms owned, bought or made (\"has tens of thousands of rockets\"): not used"
	}
	if prec74WordyAttack(st, cd) {
		return "an attack in words (\"a scathing attack on the central bank\"): a rebuke"
	}
	if prec74WonContest(st, cd) {
		return "a seizure of what is won in a vote or a game (\"captured 60 percent of the vote\", \"seized the initiative\"): no force"
	}
	if prec74FightAgainstIll(st, cd, plover) {
		return "an attack aimed at an ill (\"an offensive against tax evasion\", \"fighting an outbreak of cholera\"): policy, no violence"
	}
	if prec74FeelingBurst(st, cd) {
		return "an explosion of a feeling (\"an explosion of anger\"): no blast"
	}
	if prec74WordyAgent(st, cd, plover) {
		return "a violent verb whose doers ask or write (\"ambushed by reporters\"): a figure of speech"
	}
	if prec74MeetingCalledOff(st, cd, plover) {
		return "a meeting that was called off or put off (\"the talks were postponed\"): none was held"
	}
	return ""
}

// prec74NounSign reports whether the trigger cd is a bare "sign" read as
// the verb of signing where it is the noun: "the latest sign of a thaw",
// "a sign that ties are warming". After a determiner, an adjective or a
// possessive, or before "of" or "that", "sign" is a token, not a
// signature. Dev: 1 of 1 such AGREE (the other 2 bare "sign" triggers,
// "are to sign", "did not sign", stay).
func prec74NounSign(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || cd.j-cd.i != 1 || st.low[cd.i] != "sign" && st.low[cd.i] != "signs" {
		return false
	}
	if cd.j < len(st.low) && (st.low[cd.j] == "of" || st.low[cd.j] == "that") {
		return true
	}
	if cd.i == 0 {
		return false
	}
	switch st.toks[cd.i-1].tag {
	case "DT", "JJ", "JJS", "JJR", "PRP$", "POS", "CD":
		return st.low[cd.i-1] != "to"
	}
	return false
}

// prec74TraitNouns, before "of" and a gerund, name a trait someone is
// known for: "has a history of attacking churches", "a record of
// abducting aid workers".
var prec74TraitNouns = filtered(wordSet("history", "record", "habit", "pattern", "tradition", "reputation", "practice"))

// prec74TraitGerund reports whether the gerund trigger cd follows "of"
// and a trait noun: what someone has a history of doing names no act of
// the news. Dev: 0 events.
func prec74TraitGerund(st *sent, cd *candidate) bool {
	return cd.i >= 2 && st.toks[cd.i].tag == "VBG" && st.low[cd.i-1] == "of" && prec74TraitNouns.has(st.low[cd.i-2])
}

// prec74OwningVerbs hold arms without using them: "has tens of thousands
// of rockets", "possesses dozens of warheads", "bought drones from Iran".
var prec74OwningVerbs = filtered(wordSet("has", "have", "had", "having", "possess", "possesses", "possessed", "possessing",
	"own", "owns", "owned", "owning", "stockpile", "stockpiles", "stockpiled", "stockpiling", "amass", "amassed",
	"amasses", "amassing", "acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying",
	"purchase", "purchases", "purchased", "purchasing", "obtain", "obtains", "obtained", "obtaining",
	"produce", "produces", "produced", "producing", "manufacture", "manufactures", "manufactured", "manufacturing"))

// prec74OwnedArms reports whether the violent noun trigger cd is arms
// that the verb governing it owns, buys or makes: the noun phrase before
// it (numbers, "tens of thousands of", modifiers) opens right after one
// of prec74OwningVerbs, and that verb is no auxiliary ("has fired
// rockets" has "fired" between). heldWeapon reads arms seized or found.
func prec74OwnedArms(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' || !cd.e.has(flagViolent) || st.toks[cd.i].tag[0] != 'N' {
		return false
	}
	k := cd.i - 1
	for k >= 0 && k >= cd.i-8 && (nounPremodifier(st.toks[k]) || st.low[k] == "of" || st.toks[k].tag[0] == 'N' && st.mentionAt(k) == nil) {
		k--
	}
	return k >= 0 && prec74OwningVerbs.has(st.low[k])
}

// prec74CalledOffForms are the participles that put off or cancel a
// meeting: "the talks were called off", "the summit has been postponed".
var prec74CalledOffForms = filtered(wordSet("postponed", "cancelled", "canceled", "scrapped", "delayed",
	"shelved", "aborted", "scuppered", "adjourned", "deferred", "called", "put"))

// prec74MeetingCalledOff reports whether the meeting noun cd is the
// subject of a passive that cancels or puts it off: "talks between the
// army and the rebels were called off", "the summit in Minsk was
// postponed". No meeting was held; the act, if any, is the cancelling
// ("called off a visit" is coded from its verb). Dev: 0 events.
func prec74MeetingCalledOff(st *sent, cd *candidate, plover string) bool {
	if plover != truce.Consult || cd.e.pos != 'N' {
		return false
	}
	for k := cd.j; k+1 < len(st.low) && k <= cd.j+10; k++ {
		w := st.low[k]
		if w == "," || w == ";" {
			return false
		}
		if w != "was" && w != "were" && w != "been" && w != "be" {
			if finiteVerb(st.toks[k].tag) && !auxiliaryWords.has(w) {
				return false
			}
			continue
		}
		p := st.low[k+1]
		if !prec74CalledOffForms.has(p) {
			return false
		}
		if p == "called" || p == "put" {
			return k+2 < len(st.low) && st.low[k+2] == "off"
		}
		return true
	}
	return false
}

// prec74VerbalAttackAdjectives make an attack one of words: "a blistering
// attack on the prime minister", "a thinly veiled attack on Washington".
var prec74VerbalAttackAdjectives = filtered(wordSet("blistering", "scathing", "stinging", "withering", "verbal",
	"veiled", "vitriolic", "rhetorical", "excoriating", "written", "outspoken", "televised"))

// prec74AttackNouns are the nouns of attack an adjective of words may
// turn into a rebuke.
var prec74AttackNouns = filtered(wordSet("attack", "attacks", "assault", "assaults", "broadside", "broadsides", "offensive"))

// prec74WordyAttack reports whether the noun trigger cd is an attack that
// an adjective a word or two before it makes one of words: "launched a
// scathing attack on the central bank", "a thinly veiled attack on
// Washington". Dev: 0 events.
func prec74WordyAttack(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' || !prec74AttackNouns.has(st.low[cd.i]) {
		return false
	}
	for k := cd.i - 1; k >= 0 && k >= cd.i-3; k-- {
		if prec74VerbalAttackAdjectives.has(st.low[k]) {
			return true
		}
		if !isModifier(st.toks[k]) && st.toks[k].tag != "RB" {
			return false
		}
	}
	return false
}

// prec74ContestObjects are what a party wins in a vote, a game or a
// debate, not ground: "captured 60 percent of the vote", "seized the
// initiative", "grabbed the headlines".
var prec74ContestObjects = filtered(wordSet("vote", "votes", "percent", "share", "initiative", "momentum",
	"attention", "headlines", "imagination", "lead", "title", "titles", "championship", "majority",
	"seats", "medal", "medals", "crown", "nomination", "mood", "spotlight"))

// prec74SeizeVerbs take something by force, or win it.
var prec74SeizeVerbs = filtered(wordSet("seize", "seizes", "seized", "seizing", "capture", "captures", "captured",
	"capturing", "grab", "grabs", "grabbed", "grabbing", "snatch", "snatches", "snatched", "snatching"))

// prec74WonContest reports whether the verb trigger cd, a seizure or a
// capture, has for its object what is won in a vote, a game or a debate.
// Dev: 0 events.
func prec74WonContest(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || !prec74SeizeVerbs.has(st.low[cd.i]) || cd.j-cd.i != 1 {
		return false
	}
	head, _ := nounPhraseHead(st, cd.j)
	return head >= 0 && prec74ContestObjects.has(st.low[head])
}

// prec74Ills are ills a government fights with policy: "an offensive
// against tax evasion", "fighting an outbreak of cholera". prec27's
// unassailable holds the economy and disease by name; these are read as
// the head of the phrase after the trigger, past its modifiers.
var prec74Ills = filtered(wordSet("evasion", "outbreak", "outbreaks", "epidemic", "epidemics", "cholera",
	"ebola", "measles", "covid", "coronavirus", "corruption", "graft", "misinformation", "disinformation",
	"pollution", "emissions", "potholes", "poverty", "inflation", "unemployment", "illiteracy", "obesity"))

// prec74FightAgainstIll reports whether the attack cd is aimed at an
// ill: the head noun after the trigger, or after "against", "on" or
// "with" just after it, is one of prec74Ills. Dev: 0 events.
func prec74FightAgainstIll(st *sent, cd *candidate, plover string) bool {
	if plover != truce.Assault {
		return false
	}
	k := cd.j
	if k < len(st.low) && (st.low[k] == "against" || st.low[k] == "on" || st.low[k] == "with") {
		k++
	}
	head, _ := nounPhraseHead(st, k)
	if head >= 0 && head+2 < len(st.low) && st.low[head+1] == "of" {
		// "an outbreak of cholera"
		if prec74Ills.has(st.low[head]) {
			return true
		}
		head, _ = nounPhraseHead(st, head+2)
	}
	return head >= 0 && prec74Ills.has(st.low[head])
}

// prec74Feelings are what "explodes" in a figure of speech: "an explosion
// of anger", "an outburst of grief".
var prec74Feelings = filtered(wordSet("anger", "rage", "fury", "outrage", "joy", "grief", "frustration",
	"discontent", "emotion", "emotions", "resentment", "indignation", "enthusiasm", "interest", "creativity",
	"demand", "growth", "colour", "color", "laughter", "applause"))

// prec74FeelingBurst reports whether the noun trigger cd is an explosion
// of a feeling or a trend: "the report triggered an explosion of anger
// among farmers". Dev: 0 events.
func prec74FeelingBurst(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' || cd.j+1 >= len(st.low) || st.low[cd.j] != "of" {
		return false
	}
	w := st.low[cd.j-1]
	return (w == "explosion" || w == "explosions") && prec74Feelings.has(st.low[cd.j+1])
}

// prec74WordyAgents ask questions or write, and "ambush" or "attack" only
// in a figure of speech: "ambushed by reporters outside parliament",
// "attacked by critics".
var prec74WordyAgents = filtered(wordSet("reporters", "journalists", "questions", "critics", "commentators",
	"columnists", "hecklers", "photographers", "paparazzi", "pundits", "bloggers", "trolls"))

// prec74WordyAgent reports whether the passive violent verb cd has for
// its "by" agent people who ask or write: "the minister was ambushed by
// reporters". Dev: 0 events.
func prec74WordyAgent(st *sent, cd *candidate, plover string) bool {
	if plover != truce.Assault || cd.e.pos != 'V' || cd.j+1 >= len(st.low) || st.low[cd.j] != "by" || st.toks[cd.i].tag != "VBN" {
		return false
	}
	return prec74WordyAgents.has(st.low[cd.j+1])
}
