package code

// The screens of build: a trigger that tells history, a rumour, another
// sense of its word, an event told before, or sport, business or a
// disaster codes no event.

import (
	"strings"

	"github.com/truce-project/truce"
)

// screenTelling decides whether the trigger tells an act of its own, not
// history, a rumour, another sense of the word, or an attack, meeting or
// deal told before ("The bombing came on the eve of talks"). It also
// splits the actors of a two-sided trigger that names only sources.
func (b *building) screenTelling() string {
	c, d, cd, st, e := b.c, b.d, b.cd, b.st, b.e
	if accordHistory(st, cd, d.date) {
		return "history: a past date governs the trigger"
	}
	if !accordEnded(st, cd) {
		return "an accord named after a verb with an object of its own (\"end the war through a peace deal\")"
	}
	if rumoured(st, cd.i) {
		return "the content of a rumour (\"rumours that X had been arrested\")"
	}
	if why := offSense(st, cd, c.lex.cameo[e.cameo].plover); why != "" {
		return why
	}
	if e.has(flagForces) && e.has(flagVisit) && seekingRefuge(st, cd.j) {
		return "forces fleeing into another country for refuge, not sent there"
	}
	b.lentSource()
	if e.has(flagSym) && len(cd.src) > 1 && cd.tgt == nil {
		cd.src, cd.tgt = cd.src[:1], cd.src[1:]
	}
	b.explicit = len(cd.src)+len(cd.tgt) > 0
	// "the assault showed …", "The bombing came on the eve of talks": a
	// definite attack noun whose only actors are the sentence's subject or
	// someone else's names an attack told before. Its own actors would be a
	// possessor, a "by" agent, a "between" phrase, or the subject of a
	// verb of doing ("Turkey launched the shelling of …").
	if e.pos == 'N' && e.has(flagViolent) && definite(st, cd.i) &&
		st.owner(cd.i, nil) == nil && st.agentAfter(cd.j) == nil && st.betweenUntil(cd.j, cd.next) == nil && !st.doneBySubject(cd.i) {
		b.explicit = false
	}
	if e.pos == 'N' && e.has(flagViolent) && motiveOf(st, cd.i) {
		return "the cause of a feeling (\"angry over the killing of …\"): what moved another act"
	}
	b.fresh = !b.explicit && e.pos == 'N' && e.has(flagViolent) && (definite(st, cd.i) && (freshToll(d, st, cd.i) || tollIn(d, st, cd.i) || firstTelling(d, st, cd) || ensuingAct(st, cd) || prec58FirstHit(d, st, cd)) || toll46Fresh(d, st, cd))
	if !b.explicit && e.pos == 'N' && e.has(flagViolent) && definite(st, cd.i) && !b.fresh {
		return "a definite reference with no actors (\"the clashes\"): an event told before"
	}
	// "The meeting came hours after …", "called the deal a step forward":
	// a definite meeting or deal with no party of its own names one told
	// before; one its parties sign ("signed the deal") is a new act.
	if e.pos == 'N' && !e.has(flagViolent) && !e.has(flagCease) && definite(st, cd.i) && talkOrDeal(c.lex.cameo[e.cameo].plover, e) &&
		st.owner(cd.i, nil) == nil && st.agentAfter(cd.j) == nil && st.betweenUntil(cd.j, cd.next) == nil && st.object(cd.j, withPrep.m) == nil && !partiesNear(st, cd) && !ownAgent(st, cd) && !fateAfter(st, cd.j) && !signedBySubject(st, cd.i) && !mode37CountedMeeting(st, cd) && !prec61EnvoysOpened(st, cd) && !prec69DealParties(st, cd.j) {
		return "a definite meeting or deal with no party of its own (\"the talks\"): told before"
	}
	// "rejected all outside mediation", "would not take part in any
	// talks": the meeting is what a refusal is about, not one held.
	if !e.has(flagViolent) && talkOrDeal(c.lex.cameo[e.cameo].plover, e) && topicOf(d, cd) != nil {
		return "the meeting or deal a refusal, request or threat is about (\"rejected all mediation\")"
	}
	if !e.has(flagViolent) && c.lex.cameo[e.cameo].plover == truce.Consult && spokenOf(st, cd.i) {
		return "a meeting only spoken of (\"the prospect of talks\", \"offered to host a summit\")"
	}
	return ""
}

// screenRetelling decides whether a violent trigger tells an act of its
// own: not the toll of an attack told just before ("The army said four
// fighters were killed"), and not a violent verb with no doer ("the quake
// struck"), unless a weapon is its subject ("a bomb killed two soldiers"). It notes whether the trigger is an assault, whether its
// sentence tells a toll, and who did an act told again with "also".
func (b *building) screenRetelling() string {
	c, d, cd, st, e := b.c, b.d, b.cd, b.st, b.e
	b.assault = e.has(flagViolent) || c.lex.cameo[e.cameo].plover == truce.Assault
	// An attack that killed or wounded people is an event even when no
	// one is named ("a bomber detonated his vest near a procession,
	// killing 52"); disasters are caught below by their words.
	// A bare toll verb with no one named ("were killed at a gathering")
	// retells an attack told before, and is left out.
	b.tolled = e.has(flagViolent) && !e.has(flagKill) && (tollWords(st) || maimed(st))
	// "Troops clashed with separatists … The army said four fighters were
	// killed": a passive toll with no one named after an attack told just
	// before is that attack's toll (tollUpdate gives it), not a new attack.
	if e.has(flagKill) && e.pos == 'V' && st.isPassive(cd.i) && len(cd.src) == 0 && st.agentAfter(cd.j) == nil && !c.toll45TakeWhenDoer(st, cd) {
		if prev := tollTarget(d, st, cd.tgt); prev != nil && prev.st != st && (prev.ev.Fatalities == nil || toll53AlsoAdds(st, cd.i, prev)) && victimsFit(prev, cd.tgt) && !tollNotOfCapture(prev) && !toll37ApartSentence(st) {
			cd.tollOf = prev
			return "the toll of an attack told just before"
		}
	}
	// "were killed and four wounded when rebels of the … Front (XYZ)
	// attacked a post": the toll of the attack the "when" clause tells.
	if c.tollOfWhenAttack(st, cd) {
		return "the toll of the attack its \"when\" clause tells (\"were killed when rebels … attacked a post\")"
	}
	// "Rioters torched the embassy … A fire was also started at the
	// consulate": an act told again with "also" and no doer of its own.
	b.also = d.alsoDoer(st, cd)
	if e.pos == 'V' && b.assault && len(cd.src) == 0 && c.naturalSubject(st, cd) {
		return "a natural force as the subject of a violent verb (\"lightning struck a school\"): no attack"
	}
	if b.assault && c.toll37AccidentRelative(st, cd) {
		return "a killing done by an accident or disaster (\"the collapse that killed 15\"): no attack"
	}
	if e.pos == 'V' && b.assault && len(cd.src) == 0 && !st.isPassive(cd.i) && !e.has(flagPassive) && !b.tolled && b.also == nil && !c.weaponSubject(st, cd) && !c.aircraftDrops(st, cd) && !b.rolesX59LoneAttacker() && !c.prec57GerundAttackSubject(st, cd) {
		return "a violent verb with no actor as its subject (\"the quake struck\")"
	}
	return ""
}

// screenDomain decides whether the trigger's words belong to politics:
// an attack among sport, economy or disaster words with no armed actor is
// a metaphor ("the storm battered the coast"), and a deal between
// companies is commerce ("the carmaker called off talks on a merger").
func (b *building) screenDomain() string {
	c, cd, st, e := b.c, b.cd, b.st, b.e
	// "A grenade went off at a rally in a stadium, wounding several
	// people": an explosion that kills or wounds is no game, whatever
	// sport words its setting has.
	if b.assault {
		if dom := c.domainBeside(st, cd); dom == "exercise" || dom == "fiction" || dom != "" && !politicalActor(cd.src) && !(dom == "sport" && e.mode == "explosives" && b.tolled) && !(dom == "crime" && c.prec57SuspectsAsVictims(st, cd)) {
			return "sport, economy or disaster words and no armed actor: a metaphor"
		}
	}
	// "the two clubs agreed a 1-1 draw": in sport even the words of
	// diplomacy are games, unless an official body takes part; in fiction
	// ("the thriller's fictional president declares war") they all are.
	// "the carmaker called off talks on a merger": in business news a
	// deal with no state, IGO or armed group on either side is commerce.
	// A crowd's protest over prices or wages ("residents blocked the
	// highway to demand cheaper fuel") is no commerce.
	dom := c.domainOf(st)
	if !b.assault && dom == "economy" && c.lex.cameo[e.cameo].plover != truce.Protest && !anyCountry(cd.src) && !anyCountry(cd.tgt) && !officialActor(cd.src) && !officialActor(cd.tgt) {
		return "business words and no state or official actor: commerce"
	}
	if !b.assault && (dom == "fiction" || dom == "sport" && !officialActor(cd.src) && !officialActor(cd.tgt)) {
		return "sport or fiction words and no official actor"
	}
	if e.pos == 'V' && e.has(flagSym) && !b.explicit && !(len(b.d.twoSides()) == 2 && sidesSubject(st, cd.i)) {
		return "a two-sided verb with no actors of its own"
	}
	// "the dairy producer agreed to buy a stake in a rival": a company
	// dealing with anyone but the state is commerce, not politics.
	if businessOnly(cd.src) && !officialActor(cd.tgt) && !gsr27StateParty(cd.tgt) && commerceTypes.has(c.lex.cameo[e.cameo].plover) {
		return "a company's dealings with companies: commerce"
	}
	return ""
}

// naturalForces are weather and the earth's forces that "strike" or
// "hit" with no one behind them, besides the disaster words of
// domains.tsv: "lightning struck a school", "a tornado hit the town".
var naturalForces = filtered(wordSet("lightning", "thunderbolt", "tornado", "tornadoes", "twister", "storms",
	"hailstorm", "hail", "blizzard", "snowstorm", "gale", "gales", "winds", "rains", "downpour", "downpours"))

// naturalSubject reports whether the subject right before a violent verb
// is a natural force, which names a disaster, not an attack: "lightning
// struck a primary school", "a landslide hit a mining camp", "floods
// hit the city".
func (c *Coder) naturalSubject(st *sent, cd *candidate) bool {
	k := cd.i - 1
	for k >= 0 && st.toks[k].tag == "RB" {
		k--
	}
	if k < 0 {
		return false
	}
	w := st.low[k]
	return naturalForces.has(w) || c.lex.domains[w] == "disaster"
}

// signingVerbs put a name to a deal: the signing is an act of its own
// even when the deal was told before.
var signingVerbs = filtered(wordSet("signed", "signs", "sign", "signing", "inked", "inks"))

// signedBySubject reports whether the deal noun at i is the plain object
// of a signing verb with a subject: "Ruto and Mohamud signed the accord
// in Nairobi" tells the signing, its subject the parties, though "the
// accord" was named before.
func signedBySubject(st *sent, i int) bool {
	v := st.verbBefore(i)
	return v >= 0 && signingVerbs.has(st.low[v]) && verbAt(st, v) && len(st.subject(v)) > 0
}

// seekingRefuge reports whether the words after a crossing say it was
// flight: "134 soldiers crossed into Tajikistan seeking refuge", "fled
// into Chad to escape the fighting".
func seekingRefuge(st *sent, j int) bool {
	for k := j; k+1 < len(st.low) && k < j+6; k++ {
		switch w, next := st.low[k], st.low[k+1]; {
		case (w == "seeking" || w == "to" || w == "for" || w == "in") && refugeNouns.has(next):
			return true
		case w == "fleeing" || w == "to" && (next == "flee" || next == "escape"):
			return true
		}
	}
	return false
}

// refugeNouns are what people crossing a border in flight seek.
var refugeNouns = filtered(wordSet("refuge", "asylum", "shelter", "safety", "sanctuary"))

// sidesPeopleBefore reports whether the subject right before the trigger
// at i is people of the two sides left unnamed: "experts from both
// countries will meet again", "officials of the two governments met".
// They stand for the article's two sides.
func sidesPeopleBefore(st *sent, i int) bool {
	k := i - 1
	for k >= 0 && (st.toks[k].tag == "MD" || st.toks[k].tag == "RB" || haveWords.has(st.low[k])) {
		k--
	}
	if k < 3 || !sideNouns.has(st.low[k]) || st.low[k-1] != "both" && st.low[k-1] != "two" {
		return false
	}
	p := k - 2
	if st.low[p] == "the" {
		p--
	}
	if p < 1 || st.low[p] != "from" && st.low[p] != "of" {
		return false
	}
	// The people's noun is plural; opening the sentence the tagger may
	// take it for a name or a verb ("Engineers from both countries").
	t, w := st.toks[p-1].tag, st.low[p-1]
	return t == "NNS" || t == "NNPS" || p == 1 && len(w) > 3 && w[len(w)-1] == 's'
}

// aircraftDrops reports whether an aircraft is the subject of a trigger
// phrase that itself names what it let fall or fired: "a helicopter
// dropped two barrel bombs", "a jet released a toxic gas". A bare verb
// ("a helicopter struck a power line") may be a crash and is left out.
func (c *Coder) aircraftDrops(st *sent, cd *candidate) bool {
	if cd.j-cd.i < 2 {
		return false
	}
	k := cd.i - 1
	for k >= 0 && (st.toks[k].tag == "RB" || st.low[k] == "had" || st.low[k] == "has" || st.low[k] == "have") {
		k--
	}
	if k < 0 || !strings.HasPrefix(st.toks[k].tag, "NN") {
		return false
	}
	w, ok := c.lex.weapons[st.low[k]]
	if !ok {
		w, ok = c.lex.weapons[st.low[k]+"s"]
	}
	return ok && w.mode == "aerial"
}

// clauseBound keeps a trigger within its clause: when the tokens a "*" in
// its form stood for hold a word opening another clause (see
// clauseOpeners) or a semicolon, the longest reading that ends before that
// word replaces it, or none is left. "fire~ into * crowd" matched on
// "fired into the air as the crowd left" is read "fired into the air", a
// warning shot; "deploy~ * police" on "deployed soldiers on Saturday after
// police fired" is read "deployed".
func (c *Coder) clauseBound(cd *candidate) bool {
	st := cd.st
	own := map[string]bool{}
	for _, w := range cd.e.words {
		own[w] = true
	}
	if !own["*"] {
		return true
	}
	stop := -1
	for k := cd.i + 1; k < cd.j && k < len(st.low); k++ {
		if (clauseOpeners.has(st.low[k]) || st.low[k] == ";") && !own[st.low[k]] {
			stop = k
			break
		}
	}
	if stop < 0 {
		return true
	}
	es, n := c.lex.match(st.low[:stop], cd.i)
	if n == 0 {
		return false
	}
	prevTag := ""
	if cd.i > 0 {
		prevTag = st.toks[cd.i-1].tag
	}
	es = forcesReading(st, es, cd.i)
	e := pickEntry(es, st.toks[cd.i].tag, prevTag)
	// The word was read as a verb already: "imposed a curfew and
	// deployed soldiers", where the tagger took "deployed" for an
	// adjective.
	if e == nil && cd.e.pos == 'V' {
		e = pickEntry(es, "VBD", prevTag)
	}
	if e == nil {
		return false
	}
	cd.e, cd.j = e, cd.i+n
	return true
}
