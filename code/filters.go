package code

// Sentences and words that code no event: advice and opinion, metaphors of
// sport, business and fiction, participles that describe a noun, and arms
// held rather than used.

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
)

// prescriptiveSentence reports whether a sentence gives advice or opinion
// ("Pakistan must confront its legacy", "a sustainable path requires …")
// rather than reporting an act: it has a prescriptive word and no verb in
// the past tense. A yes-or-no question ("Will the truce hold?", "Is Rome
// ready to mediate?") reports no act either.
func prescriptiveSentence(st *sent) bool {
	if yesNoQuestion(st) {
		return true
	}
	found := false
	for k, l := range st.low {
		if prescriptive.has(l) {
			found = true
		}
		if st.toks[k].tag == "VBD" || gsr22PerfectAct(st, k) {
			return false
		}
	}
	return found
}

// yesNoQuestion reports whether a sentence asks whether something is so:
// it opens with an auxiliary and ends with a question mark. A question
// opening with "who" or "why" takes its act as given ("Who shelled the
// market?") and is left to the other rules.
func yesNoQuestion(st *sent) bool {
	n := len(st.low)
	return n > 2 && st.low[n-1] == "?" && questionOpeners.has(st.low[0])
}

// questionOpeners are the auxiliaries that open a yes-or-no question.
var questionOpeners = filtered(wordSet("is", "are", "was", "were", "will", "would", "can", "could", "should",
	"shall", "does", "do", "did", "has", "have", "had", "may", "might"))

// prescriptive words mark opinion and advice, which code no event.
var prescriptive = filtered(map[string]bool{
	"must": true, "should": true, "requires": true, "require": true, "ought": true,
})

// officialActor reports whether some mention is a state body (government,
// forces, courts, parliament), an intergovernmental body or an armed group:
// a country's bare name may be its national team.
func officialActor(ms []*mention) bool {
	for _, m := range ms {
		switch m.actor.Sector {
		case "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO":
			return true
		}
		if isArmedGroup(m.actor) {
			return true
		}
	}
	return false
}

// businessOnly reports whether there are mentions and every one is a
// business.
func businessOnly(ms []*mention) bool {
	for _, m := range ms {
		if m.actor.Sector != "BUS" {
			return false
		}
	}
	return len(ms) > 0
}

// commerceTypes are the kinds of event companies make among themselves in
// the business pages (deals, talks, suits); a traders' strike (PROTEST) or
// a firm's donation (AID) stays.
var commerceTypes = filtered(map[string]bool{
	truce.Agree: true, truce.Consult: true, truce.Support: true, truce.Cooperate: true,
	truce.Accuse: true, truce.Reject: true, truce.Request: true, truce.Concede: true,
})

// politicalActor reports whether some mention is an armed or protesting
// actor, whose violence is not a metaphor whatever the sentence is about.
func politicalActor(ms []*mention) bool {
	for _, m := range ms {
		if armedSector.has(m.actor.Sector) || m.actor.Sector == "PRO" || isArmedGroup(m.actor) {
			return true
		}
	}
	return false
}

// domainOf returns the domain a sentence's words put it in (sport, the
// economy, disasters, accidents, drills, fiction), where words of violence
// are metaphors or accidents, or "". Drills and fiction come first: their
// violence is pretend whoever acts.
func (c *Coder) domainOf(st *sent) string {
	wd := c.domainsOf(st)
	if !wd.ofRead {
		wd.of, wd.ofRead = readDomain(st, wd), true
	}
	return wd.of
}

// readDomain is domainOf over the domains of st's words.
func readDomain(st *sent, wd *wordDomains) string {
	found := ""
	for _, at := range wd.at {
		k, d := at.k, at.word
		if d == "" {
			d = at.pair
		}
		if d == "accident" && projectileCrash(st, k) {
			d = ""
		}
		if d == "exercise" || d == "fiction" {
			return d
		}
		if found == "" {
			found = d
		}
	}
	return found
}

// projectiles are what is fired at a place and lands there: "shells
// crashed into residential blocks" tells of shelling, where "a bus crashed
// into a lorry" is an accident.
var projectiles = filtered(wordSet("shell", "shells", "rocket", "rockets", "missile", "missiles",
	"mortar", "mortars", "round", "rounds", "projectile", "projectiles", "bomb", "bombs",
	"grenade", "grenades", "munition", "munitions"))

// projectileCrash reports whether the accident word at k is a projectile
// landing: "a rocket crashed into the market", "mortar rounds crashed
// down on the camp".
func projectileCrash(st *sent, k int) bool {
	return k > 0 && projectiles.has(st.low[k-1])
}

// adjectival reports whether a participle modifies a noun ("freed
// prisoners", "the detained men") rather than telling of an act.
func adjectival(st *sent, i int) bool {
	t := st.toks[i].tag
	if t != "VBN" && t != "VBD" && t != "JJ" || i+1 >= len(st.toks) || !nounPhraseAt(st, i+1) {
		return false
	}
	if i == 0 {
		return true
	}
	// "Myanmar's military detained …": right after an actor it is a verb,
	// however the tagger read the actor's last word.
	if st.mentionAt(i-1) != nil {
		return false
	}
	// "carrying freed prisoners", "the detained men", "its armed wing": only
	// after a determiner, preposition, possessive, participle or adjective is
	// a participle an adjective; after a noun it is a verb ("Rebels accused
	// government forces of …").
	switch p := st.toks[i-1]; p.tag {
	case "DT", "IN", "VBG", "PRP$", "JJ", "CD", "POS":
		return true
	case "VBD", "VBN":
		// "have used banned chemical munitions": after a main verb's
		// participle it is the object's adjective; after an auxiliary
		// ("had banned rallies") it is the verb.
		return !auxiliaries.has(p.low)
	}
	return false
}

// nounPhraseAt reports whether a noun, or one adjective and a noun, starts
// at token k: "banned weapons", "banned chemical munitions".
func nounPhraseAt(st *sent, k int) bool {
	if strings.HasPrefix(st.toks[k].tag, "NN") {
		return true
	}
	return st.toks[k].tag == "JJ" && k+1 < len(st.toks) && strings.HasPrefix(st.toks[k+1].tag, "NN")
}

// reducedRelative reports whether a participle after a noun describes it
// ("proxies backed by India", "women accused of witchcraft", "students
// jailed after the 2018 protests") rather than telling of a new act.
func reducedRelative(st *sent, i int) bool {
	return st.toks[i].tag == "VBN" && i > 0 && strings.HasPrefix(st.toks[i-1].tag, "NN") &&
		i+1 < len(st.low) && participleModifiers.has(st.low[i+1])
}

// participleModifiers, right after a participle that follows a noun, make
// it describe the noun: the agent ("backed by"), the charge ("accused
// of"), the place or the time of what was done to it ("jailed in 2019",
// "detained before the vote", "convicted over the murder").
var participleModifiers = filtered(wordSet("by", "of", "in", "before", "after", "over", "during"))

// heldWeapon reports whether the violent noun at i names arms that were
// seized, found or handed over rather than used: "seized grenades and
// rifles during searches", "recovered two improvised explosive devices",
// "had delivered ballistic missiles to Russia", "a cache of mortar rounds".
// Arms or a strike a blame names as the cause of harm told before are no
// new attack either (see blamedCause).
func heldWeapon(st *sent, i int) bool {
	if blamedCause(st, i) || armsInHaul(st, i) {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-8 && st.clause[k] == st.clause[i]; k-- {
		if possessionWords.has(st.low[k]) {
			return true
		}
		if st.low[k] == "," || st.low[k] == "on" || st.low[k] == "against" || st.low[k] == "at" {
			return false
		}
	}
	return false
}

// blamedCause reports whether the violent noun at i is what a blame
// names as the cause of harm: "blamed a drone strike by the paramilitaries",
// "blamed the damage on a Ukrainian air-defence missile", "said the blast
// had been caused by a stray rocket". The blame is the news; the attack
// it names was told before. "Blamed the militia for the bombing" names
// the culprit, and the bombing stays. So does the means of an attack the
// sentence has just told: "An attack on a camp killed 29, the group said,
// blaming a military air strike".
func blamedCause(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8 && st.clause[k] == st.clause[i]; k-- {
		w := st.low[k]
		if blameWords.has(w) {
			return !(w == "blaming" && k > 0 && st.low[k-1] == ",")
		}
		if w == "by" && k > 0 && st.low[k-1] == "caused" {
			return true
		}
		if w == "," || w == "for" || w == "of" || w == "that" || strings.HasPrefix(st.toks[k].tag, "VB") {
			return false
		}
	}
	return false
}

// blameWords take as object the cause they blame: "blamed a missile".
var blameWords = filtered(map[string]bool{"blamed": true, "blames": true, "blaming": true, "blame": true})

// possessionWords take arms as their object without using them.
var possessionWords = filtered(map[string]bool{
	"seized": true, "seize": true, "seizing": true, "seizes": true, "recovered": true, "recovering": true,
	"confiscated": true, "confiscating": true, "found": true, "finding": true, "cache": true, "caches": true,
	"stockpile": true, "stockpiles": true, "delivered": true, "delivering": true, "supplied": true,
	"supplying": true, "smuggled": true, "smuggling": true, "defused": true, "defusing": true,
})

// commaParticiple reports whether a participle set off by a comma after a
// noun describes it: "Somali troops, backed by clan militias, retook …",
// "100,000 troops, backed by tanks and artillery".
func commaParticiple(st *sent, i int) bool {
	return i >= 2 && st.low[i-1] == "," && (st.toks[i].tag == "VBN" || st.toks[i].tag == "VBD") &&
		(strings.HasPrefix(st.toks[i-2].tag, "NN") || st.mentionAt(i-2) != nil) &&
		i+1 < len(st.low) && st.low[i+1] == "by"
}

// isWeaponWord reports whether a word names a weapon: "drones", "rockets".
func (c *Coder) isWeaponWord(w string) bool {
	_, ok := c.lex.weapons[w]
	return ok
}

// violentLater reports whether a violent verb trigger stands after token
// i in the sentence.
func violentLater(lx *lexicon, st *sent, i int) bool {
	for k := i; k < len(st.low); k++ {
		if es, n := lx.match(st.low, k); n > 0 {
			for _, e := range es {
				if e.pos == 'V' && e.has(flagViolent) && !e.has(flagWeapon) {
					return true
				}
			}
		}
	}
	return false
}

// deliberationWords weigh a course of action without taking it: "is
// considering sending troops", "weighing whether to impose sanctions",
// "will discuss a proposal to expel the envoy".
var deliberationWords = filtered(map[string]bool{
	"considering": true, "consider": true, "considers": true, "weighing": true, "weigh": true, "weighs": true,
	"mulling": true, "mull": true, "mulls": true, "contemplating": true, "contemplate": true, "pondering": true,
	"debating": true, "debate": true, "discuss": true, "discussing": true, "exploring": true, "studying": true,
	"reviewing": true,
})

// deliberated reports whether the trigger at i is the course a
// deliberation weighs, in its own clause a few words on, with no finite
// verb or comma between: "the ministry is considering sending more
// troops", "officials are weighing whether to impose sanctions". A
// deliberation is no act, and neither is what it weighs. "A bomb weighing
// 50kg exploded" has a verb of its own and stays.
func deliberated(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && st.clause[k] == st.clause[i]; k-- {
		w := st.low[k]
		if deliberationWords.has(w) {
			return true
		}
		if w == "whether" && k+1 < len(st.low) && st.low[k+1] == "to" {
			return true
		}
		if w == "," || w == ";" || w == "and" || w == "but" || w == "after" || w == "before" || w == "while" {
			return false
		}
		if t := st.toks[k].tag; t == "VBD" || t == "VBZ" || t == "VBP" && !auxiliaries.has(w) {
			return false
		}
	}
	return false
}

// possibilityWords make the noun after them an act that may come, not one
// that came: "a possible strike on oil facilities", "potential sanctions",
// "any deal between the two would need approval".
var possibilityWords = filtered(map[string]bool{
	"possible": true, "potential": true, "prospective": true, "hypothetical": true, "eventual": true,
	"any": true,
})

// negatedBefore reports whether a negation stands before token k in its
// clause: "did not confirm that it had carried out any raid".
func negatedBefore(st *sent, k int) bool {
	for m := k - 1; m >= 0 && st.clause[m] == st.clause[k]; m-- {
		switch st.low[m] {
		case "not", "n't", "never", "no", "without", "nor", "neither", "denied", "denies", "deny":
			return true
		}
	}
	return false
}

// owedWords, before "to", make the verb after them a step still
// owed: "the pact still has to be ratified", "both houses need to approve
// the treaty". "Had to" is left out: "troops had to withdraw" tells that
// they did.
var owedWords = filtered(map[string]bool{
	"has": true, "have": true, "needs": true, "need": true,
})

// pendingStep reports whether the trigger at cd is a step still owed, not
// one taken: a verb after "has to", "have to", "needs to", optionally with
// "be" before a passive ("the deal has to be signed by both leaders"), or
// an agreement noun that such a verb takes as object ("still has to sign
// the accord") or that is its subject ("the pact still has to be
// ratified").
func pendingStep(st *sent, cd *candidate) bool {
	if cd.e.pos == 'V' {
		return owedAt(st, cd.i) || gsr31ModalOwed(st, cd.i)
	}
	if !isAgreementNoun(cd.e) {
		return false
	}
	k := cd.i - 1
	for k >= 0 && (st.low[k] == "the" || st.low[k] == "a" || st.low[k] == "an" || isModifier(st.toks[k]) && !strings.HasPrefix(st.toks[k].tag, "VB")) {
		k--
	}
	if k >= 0 && strings.HasPrefix(st.toks[k].tag, "VB") && owedAt(st, k) {
		return true
	}
	// The subject, a few words on: "the deal with Tehran still has to
	// be approved".
	for k := cd.j; k+1 < len(st.low) && k <= cd.j+5; k++ {
		if owedWords.has(st.low[k]) && st.low[k+1] == "to" {
			return true
		}
		if w := st.low[k]; w == "," || w == ";" || w == "and" || w == "that" || w == "which" || strings.HasPrefix(st.toks[k].tag, "VB") {
			return false
		}
	}
	return false
}

// owedAt reports whether the verb at i follows "has to", "needs to" and
// the like, with or without "be".
func owedAt(st *sent, i int) bool {
	k := i - 1
	if k >= 0 && st.low[k] == "be" {
		k--
	}
	return k >= 1 && st.low[k] == "to" && owedWords.has(st.low[k-1])
}

// possibleAct reports whether the trigger noun at i is only spoken of as
// possible: "braced for a possible strike", "the prospect of potential
// sanctions", or "a deal is still possible".
func possibleAct(st *sent, cd *candidate) bool {
	// "any withdrawal of the troops": a verb entry whose first word the
	// tagger reads as a noun is spoken of as a thing, too.
	if cd.e.pos != 'N' && !strings.HasPrefix(st.toks[cd.i].tag, "NN") {
		return false
	}
	for k := cd.i - 1; k >= 0 && k >= cd.i-2; k-- {
		// "did not reach any deal" is a deal negated, told by the
		// verb that takes it as object; "any deal would need …" is
		// one that may come.
		if st.low[k] == "any" && k > 0 && (strings.HasPrefix(st.toks[k-1].tag, "VB") || st.toks[k-1].tag == "RP" || negatedBefore(st, k)) {
			break
		}
		if possibilityWords.has(st.low[k]) {
			return true
		}
		if !isModifier(st.toks[k]) {
			break
		}
	}
	if conditionalAgreement(st, cd) {
		return true
	}
	// "a deal is still possible", "a truce remains possible".
	for k := cd.j; k < len(st.low) && k <= cd.j+3; k++ {
		switch st.low[k] {
		case "is", "was", "remains", "seemed", "seems", "still", "now", "looks", "appears", "be":
			continue
		case "possible", "conceivable":
			return k > cd.j && (k+1 >= len(st.low) || st.low[k+1] != "to" && st.low[k+1] != "because")
		}
		break
	}
	return false
}

// ordinaryCrime reports whether the trigger cd tells ordinary crime, or
// police work against it, which the record leaves out (see the snippets'
// README): an arrest whose reason is a crime ("detained a teenager
// suspected of stealing cars", "held three men over the murder of a
// grocer", "was detained after attacking his neighbour"), the crime that
// reason names ("a man who had killed his landlord"), or violence whose
// doer is a relative or someone met in daily life ("was shot dead by her
// husband", "a schoolboy stabbed a classmate"). A sentence with a state,
// armed or political actor other than the arresting force, or a word of
// conflict ("coup", "opposition", "militants", "mob"), stays political.
func ordinaryCrime(st *sent, cands []*candidate, cd *candidate) bool {
	if cd.e.cameo == "173" || x49Verdict(cd) {
		return crimeReason(st, cd) >= 0 && !politicalContext(st, st.subject(cd.i))
	}
	if !cd.e.has(flagViolent) {
		return false
	}
	for _, a := range cands {
		if a != cd && a.e.cameo == "173" && a.i < cd.i {
			if r := crimeReason(st, a); r >= 0 && r <= cd.i && cd.i-r <= 4 && !politicalContext(st, st.subject(a.i)) {
				return true
			}
		}
	}
	return privateDoer(st, cd) && !politicalContext(st, policeMentionsPrec30(st))
}

// crimeReason returns the token of the crime an arrest is made for, or -1:
// a crime word a few words after a marker of reason ("suspected of",
// "on suspicion of", "over", "for", "who had", "after") that follows the
// arrest within its sentence part.
func crimeReason(st *sent, cd *candidate) int {
	marker := -1
	for k := cd.j; k < len(st.low) && k < cd.j+12; k++ {
		w := st.low[k]
		if w == ";" || w == "but" || w == "while" {
			return -1
		}
		if crimeReasonWords.has(w) {
			marker = k
			continue
		}
		if marker >= 0 && k-marker <= 6 && (crimeWords.has(w) || privateCrimeWords.has(w)) {
			return k
		}
	}
	return -1
}

// crimeReasonWords open the reason an arrest is made for.
var crimeReasonWords = filtered(wordSet("of", "over", "for", "who", "after", "with"))

// privateCrimeWords name deeds of ordinary crime beside crimeWords.
var privateCrimeWords = filtered(wordSet("killed", "murdered", "stabbed", "strangled", "poisoned", "poisoning",
	"beating", "assaulting", "attacking", "abandoned", "abandoning", "knocked", "shoplifting", "stole",
	"stolen", "robbed", "burgled", "embezzling", "defrauding", "manslaughter", "hit-and-run"))

// privateDoer reports whether the doer of a violent act is a relative or
// someone met in daily life rather than an actor: the agent of a passive
// ("was stabbed by a patient", "by a pupil's father") or the bare noun
// phrase that opens the sentence before an active verb ("A schoolboy
// stabbed a classmate").
func privateDoer(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' {
		return false
	}
	if st.isPassive(cd.i) {
		for k := cd.j; k < len(st.low) && k <= cd.j+2; k++ {
			if st.low[k] == "by" {
				return privateNounPhrase(st, k+1)
			}
		}
		return false
	}
	start := cd.i - 1
	for start >= 0 && cd.i-start <= 4 && nounPhraseTag(st.toks[start].tag) {
		start--
	}
	return start < 0 && privateNounPhrase(st, 0)
}

// privateNounPhrase reports whether the noun phrase at k names a private
// person: "her husband", "a pupil's father".
func privateNounPhrase(st *sent, k int) bool {
	for n := k; n < len(st.low) && n < k+5 && nounPhraseTag(st.toks[n].tag); n++ {
		if st.mentionAt(n) != nil {
			return false
		}
		if privatePersons.has(st.low[n]) {
			return true
		}
	}
	return false
}

// nounPhraseTag reports whether a tag may stand inside a simple noun
// phrase: determiners, possessives, adjectives, numbers and nouns.
func nounPhraseTag(t string) bool {
	return t == "DT" || t == "PRP$" || t == "POS" || t == "CD" || strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN")
}

// privatePersons are people named by their tie to the victim or their
// place in daily life, whose violence is crime, not politics.
var privatePersons = filtered(wordSet("husband", "wife", "ex-husband", "ex-wife", "partner", "ex-partner", "boyfriend",
	"girlfriend", "ex-boyfriend", "ex-girlfriend", "fiance", "fiancé", "father", "mother", "stepfather",
	"stepmother", "son", "daughter", "stepson", "brother", "sister", "uncle", "nephew", "cousin", "grandson",
	"neighbour", "neighbor", "colleague", "co-worker", "coworker", "classmate", "schoolboy", "schoolgirl",
	"pupil", "patient", "tenant", "landlord", "lodger", "flatmate", "roommate", "passenger", "customer"))

// politicalContext reports whether the sentence names an actor other than
// those in except who is a state body, armed, protesting or organised, or
// holds a word of conflict: then crime words there tell political
// violence or its policing.
func politicalContext(st *sent, except []*mention) bool {
	for k := range st.mentions {
		m := &st.mentions[k]
		if m.place || slices.ContainsFunc(except, func(x *mention) bool { return x.i == m.i }) {
			continue
		}
		switch m.actor.Sector {
		case "", "CVL", "BUS", "EDU", "HLH":
			// "a nurse", "a teacher": a private person by trade.
			if m.actor.ID == "" {
				continue
			}
		}
		return true
	}
	for _, w := range st.low {
		if conflictWords.has(w) {
			return true
		}
	}
	return false
}

// conflictWords put a crime in politics: its victim or doer is political,
// or it is a crowd's violence or a crime against the state.
var conflictWords = filtered(wordSet("coup", "opposition", "activist", "activists", "journalist", "journalists",
	"protest", "protests", "protester", "protesters", "militant", "militants", "insurgent", "insurgents",
	"rebel", "rebels", "jihadist", "jihadists", "terror", "terrorism", "terrorist", "bomb", "bombing",
	"politician", "lawmaker", "senator", "minister", "candidate", "election", "separatist", "separatists",
	"extremist", "extremists", "soldier", "soldiers", "troops", "army", "mob", "crowd", "vigilantes",
	"lynching", "lynched", "blasphemy", "treason", "espionage", "spying", "sedition", "sectarian", "ethnic",
	"communal", "gang", "gangs", "cartel", "militia", "militiamen", "gunmen", "party", "rally", "regime"))
