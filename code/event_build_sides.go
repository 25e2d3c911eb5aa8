package code

// The sides of build that come from the kind of act: police work and
// blackouts with no one named, the targets words and protests are aimed
// at by default, "both sides", reactions, and concessions.

import (
	"strings"

	"github.com/truce-project/truce"
)

// authorityWork gives police work and blackouts with no one named to the
// authorities of the place, done to its people ("two suspects were
// arrested", "Mobile internet across the country was cut"). It returns
// why the event codes none when it still has no actor on either side and
// is no weapon's hit on a thing.
func (b *building) authorityWork() string {
	c, d, cd, st, e, loc := b.c, b.d, b.cd, b.st, b.e, b.loc
	// "two suspects were arrested", "a bomb squad defused the device":
	// police work with no one named is the police's of the place, done to
	// its people.
	if len(b.src) == 0 && len(b.tgt) == 0 && (e.mode == "arrest" && (e.has(flagPassive) || st.isPassive(cd.i) && (commonSubject(st, cd.i) || passiveArrestSubject(st, cd.i)) || countedArrests(st, cd.i)) || e.acledSub == "Disrupted weapons use") {
		cc := d.focus
		if cc == "" {
			cc = countryOfEvent(loc, nil)
		}
		if a, ok := c.actors.Lookup(cc+"COP", d.date); ok && cc != "" {
			b.src = []truce.Actor{a}
			if v, ok := c.actors.Lookup(cc+"CVL", d.date); ok && e.mode == "arrest" {
				b.tgt = []truce.Actor{v}
			}
		}
	}
	// "Mobile internet across the country was cut": a blackout no one is
	// named for is the state's, on the people of the place.
	if len(b.src) == 0 && len(b.tgt) == 0 && e.mode == "censor" && blackout(st, cd) {
		cc := countryOfEvent(loc, nil)
		if cc == "" {
			cc = d.focus
		}
		if a, ok := c.actors.Lookup(cc+"GOV", d.date); ok && cc != "" {
			b.src = []truce.Actor{a}
			if v, ok := c.actors.Lookup(cc+"CVL", d.date); ok {
				b.tgt = []truce.Actor{v}
			}
		}
	}
	// "A drone struck a car near Tyre": a weapon that hit a thing tells an
	// attack though no hand and no one hit is named.
	if len(b.src) == 0 && len(b.tgt) == 0 && c.weaponHitThing(st, cd) {
		// "rockets were fired towards the town of Metula": its people.
		if weaponAtSettlement(st, cd) {
			if v, ok := c.actors.Lookup(countryOfEvent(loc, nil)+"CVL", d.date); ok && countryOfEvent(loc, nil) != "" {
				v.Text = ""
				b.tgt = []truce.Actor{v}
			}
		}
		b.prec57AircraftSides()
		return ""
	}
	// "Gunmen ambushed a patrol … In the gunfight that followed, four
	// attackers were killed": a fight that came out of an attack told
	// before is between the same sides.
	if len(b.src) == 0 && len(b.tgt) == 0 && e.pos == 'N' && e.has(flagViolent) && ensuingAct(st, cd) {
		if prev := lastAttack(d); prev != nil {
			b.src = append([]truce.Actor{}, prev.ev.Source...)
			b.tgt = append([]truce.Actor{}, prev.ev.Target...)
		}
	}
	// "Experts from both countries will meet again", "The two sides also
	// agreed to …": the article's two sides.
	if two := d.twoSides(); len(b.tgt) == 0 && (len(b.src) == 0 || len(b.src) == 1 && hasCountry(two, b.src[0].Country)) && e.has(flagSym) && len(two) == 2 && sidesSubject(st, cd.i) {
		b.src, b.tgt = []truce.Actor{two[0]}, []truce.Actor{two[1]}
	}
	if len(b.src) == 0 && len(b.tgt) == 0 && !b.lex58WitnessedAttack() {
		return "no actor on either side"
	}
	return ""
}

// lastAgainst returns the doer of the latest act told before cd that was
// aimed at the country of one of src by another country, if any.
func (d *doc) lastAgainst(cd *candidate, src []truce.Actor) (truce.Actor, bool) {
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		if p == cd || p.folded || p.st.s.Index > cd.st.s.Index || p.st.s.Index == cd.st.s.Index && p.i >= cd.i {
			continue
		}
		if len(p.ev.Source) == 0 || len(p.ev.Target) == 0 {
			continue
		}
		if a := p.ev.Source[0]; a.Country != "" && !hasCountry(src, a.Country) {
			for _, t := range p.ev.Target {
				if t.Country != "" && hasCountry(src, t.Country) {
					return a, true
				}
			}
		}
	}
	return truce.Actor{}, false
}

// twoSides returns the two sides "both countries" stands for: the
// article's main pair of states, else the two countries of the latest
// event told between two ("Bhutan's minister held talks with his Chinese
// counterpart … experts from both countries will meet").
func (d *doc) twoSides() []truce.Actor {
	if len(d.dyad) == 2 {
		return d.dyad
	}
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		if p.folded || len(p.ev.Source) == 0 || len(p.ev.Target) == 0 {
			continue
		}
		if a, t := p.ev.Source[0], p.ev.Target[0]; a.Country != "" && t.Country != "" && a.Country != t.Country {
			return []truce.Actor{a, t}
		}
	}
	return nil
}

// mainAct returns the latest event built before cd in cd's own sentence
// that has a doer, or nil.
func (d *doc) mainAct(cd *candidate) *candidate {
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		if p.st != cd.st {
			return nil
		}
		if p != cd && !p.folded && p.i < cd.i && len(p.ev.Source) > 0 {
			return p
		}
	}
	return nil
}

// lastAttack returns the latest attack of the article so far that names
// someone on either side, or nil.
func lastAttack(d *doc) *candidate {
	for n := len(d.cands) - 1; n >= 0; n-- {
		if x := d.cands[n]; !x.folded && x.ev.Type == truce.Assault && len(x.ev.Source)+len(x.ev.Target) > 0 {
			return x
		}
	}
	return nil
}

// defaultTargets gives an event with no target named the one its kind
// implies: a warning in an article about two states is aimed at the other
// ("Asif warned that Pakistan would respond"), a protest at the
// authorities of its place, a demand about another country's ground at
// that country, and ground taken at whoever held it. It returns why the
// event codes none when a weapon trigger names no weapon.
func (b *building) defaultTargets() string {
	c, d, cd, st, e, loc := b.c, b.d, b.cd, b.st, b.e, b.loc
	// A warning or an accusation in an article about two states is
	// addressed to the other one ("Asif warned that Pakistan would respond").
	if len(b.tgt) == 0 && quadOf(c.lex.cameo[e.cameo].plover) == 3 {
		if x, ok := otherSide(d.dyad, b.src); ok {
			b.tgt = []truce.Actor{x}
		}
	}
	// "Latvia expelled two Russian diplomats. Peskov said Moscow would
	// retaliate": a threat with no one named, made by a side another
	// country has just acted against, answers that act and is aimed at
	// its doer.
	if len(b.tgt) == 0 && len(b.src) > 0 && c.lex.cameo[e.cameo].plover == truce.Threaten {
		if x, ok := d.lastAgainst(cd, b.src); ok {
			b.tgt = []truce.Actor{x}
		}
	}
	if e.has(flagWeapon) {
		if _, ok := c.weaponOf(cd); !ok {
			return "no weapon named (\"launched talks\" is not \"launched missiles\")"
		}
	}
	// A protest with no named target is against the authorities of the
	// place it happens in.
	if len(b.tgt) == 0 && c.lex.cameo[e.cameo].plover == truce.Protest {
		if cc := countryOfEvent(loc, b.src); cc != "" {
			b.tgt = []truce.Actor{{Name: cc + " government", ID: cc + "GOV", Country: cc, Sector: "GOV"}}
			if a, ok := c.actors.Lookup(cc+"GOV", d.date); ok {
				b.tgt = []truce.Actor{a}
			}
		}
	}
	// "airlifted food to Bulo Burde": relief for the people of the place.
	if t := b.reliefForPeopleT44(); t != nil {
		b.tgt = t
	}
	// A demand or threat about another country's ground is aimed at that
	// country ("threatened to resume attacks in Israel").
	if e.has(flagNeedTarget) && len(b.tgt) == 0 && !b.assault && loc != nil && loc.Country != "" && !hasCountry(b.src, loc.Country) {
		if a, ok := c.actors.Lookup(loc.Country, d.date); ok {
			b.tgt = []truce.Actor{a}
		}
	}
	// ("moved in unopposed": ground handed over without a fight is lost
	// too.)
	if e.has(flagTerritory) || e.acledSub == "Non-violent transfer of territory" {
		b.tgt = c.territoryLoser(d, st, b.src, b.tgt, loc)
	}
	return ""
}

// twoSidesAndReactions gives words about "both sides" the article's two
// sides ("both sides committed to …", "urged both sides to return to
// talks") and a reaction the doer of the act it reacts to ("Ankara
// welcomed the move"). It returns why the event codes none when words
// have no speaker or a trigger that needs a target has none.
func (b *building) twoSidesAndReactions() string {
	c, d, cd, st, e := b.c, b.d, b.cd, b.st, b.e
	// "both sides committed to …": the article's two sides.
	if len(d.dyad) == 2 && st.bothSidesBefore(cd.i) {
		b.src, b.tgt = d.dyad[:1:1], d.dyad[1:2:2]
	}
	// "Both sides agreed to swap prisoners", the words standing for the
	// two sides the story names: one on each side.
	if len(b.tgt) == 0 && len(b.src) == 2 && b.src[0].Text == b.src[1].Text && twoSidesText(b.src[0].Text) && !sameActor(b.src[0], b.src[1]) {
		b.src, b.tgt = b.src[:1], b.src[1:]
	}
	// "Delegations from both countries were to meet": the two sides meet.
	if len(cd.src) == 1 && cd.src[0].kind == "sector" && cd.src[0].actor.ID == "" && st.bothSides(cd.src[0].j) && len(d.dyad) == 2 {
		b.src, b.tgt = d.dyad[:1:1], d.dyad[1:2:2]
	}
	// "urged both sides to return to talks": the article's two sides, or,
	// when it has none, a demand of no one named.
	bothSides := len(b.tgt) == 0 && (st.bothSides(cd.j) || sidesInTrigger(st, cd))
	if bothSides && len(d.dyad) == 2 {
		b.tgt = removeActors(append([]truce.Actor{}, d.dyad...), b.src)
	} else if bothSides {
		b.tgt = d.lastPair(cd, b.src)
	}
	// "Ankara welcomed the move": the act told before, whose doer the
	// reaction is aimed at.
	// A verbal reaction to such an act whose doer the article does not
	// name is news all the same: "the UN chief condemned the killings".
	// "called the attack abhorrent", "called the withdrawal a betrayal":
	// the act told before is inside the trigger's own words, and the
	// words are aimed at its doer.
	// "called the attack an act of terrorism and urged the UN to act":
	// whom the next verb addresses is not whom the naming is aimed at.
	if noun := actNounAfter(st, cd.i+1); noun != "" && cd.j-cd.i > 2 && len(b.tgt) > 0 && nextVerbsObjects(st, cd) {
		b.tgt = nil
	}
	if noun := actNounAfter(st, cd.i+1); !e.has(flagNeedTarget) && len(b.tgt) == 0 && len(b.src) > 0 && cd.j-cd.i > 2 && noun != "" {
		if a, ok := d.lastDoerOf(cd, b.src, noun); ok {
			b.tgt = []truce.Actor{a}
		}
	}
	// "France condemned the attack on a Malian base": the base is the
	// attack's target, not the condemnation's, which is aimed at whoever
	// attacked.
	if n, ok := b.victimOfReactedAct(); ok {
		b.tgt = nil
		if m := st.claimedBy(n); m != nil {
			b.tgt = []truce.Actor{m.actor}
		}
	}
	reaction := false
	noun := actNounAfter(st, cd.j)
	if noun == "" && c.lex.cameo[e.cameo].plover == truce.Support {
		noun = nounAfter(st, cd.j, handoverNouns.m)
	}
	// "welcomed the releases", "praised the operation", "The swap was
	// welcomed by Paris": the act told before named back another way.
	// Only a doer found makes such words news.
	if noun == "" && e.has(flagNeedTarget) && len(b.tgt) == 0 && !bothSides {
		if n := reactedNoun(st, cd); n != "" {
			if _, ok := d.lastDoerOf(cd, b.src, n); ok {
				noun = n
			}
		}
	}
	if e.has(flagNeedTarget) && len(b.tgt) == 0 && !bothSides && noun != "" {
		if a, ok := d.lastDoerOf(cd, b.src, noun); ok {
			b.tgt = []truce.Actor{a}
		}
		q := quadOf(c.lex.cameo[e.cameo].plover)
		reaction = len(b.src) > 0 && !e.has(flagViolent) && (q == 1 || q == 3)
	}
	// "Ruto hailed it as a turning point", "Damascus condemned it as a
	// breach", "called it a milestone": words whose object is a bare "it"
	// judge the act told before, and are aimed at its doer, not at
	// whoever answered it.
	if len(b.tgt) == 0 && !bothSides && noun == "" && len(b.src) > 0 && pronounAct(st, cd) {
		q := quadOf(c.lex.cameo[e.cameo].plover)
		if !e.has(flagViolent) && (q == 1 || q == 3) {
			if a, ok := d.latestDoer(cd, b.src, deedTypes); ok {
				b.tgt = []truce.Actor{a}
				reaction = true
			}
		}
	}
	// "Troops stormed the broadcaster in what the president denounced as
	// a coup attempt": the words judge the act of their own sentence's
	// main clause, and are aimed at its doer, even an organ of the
	// speaker's own state. So do words in an apposition that names the
	// act back (", a move Moscow called unfriendly", lex43DeedJudged).
	if !bothSides && len(b.src) > 0 && (len(b.tgt) == 0 && whatJudged(st, cd) || lex43DeedJudged(st, cd)) {
		p := d.mainAct(cd)
		if p != nil && !hasSame(b.src, p.ev.Source[0]) {
			b.tgt = []truce.Actor{p.ev.Source[0]}
			reaction = true
		}
		// The main clause's act may code no event of its own ("massed
		// outside the palace"): its doer is still whom the words judge.
		if p == nil {
			if a, ok := c.judgedSubject(d, st, cd, b.src, b.loc); ok {
				b.tgt = []truce.Actor{a}
				reaction = true
			}
		}
	}
	// "The UN mission said … The report also accused troops of looting":
	// the words of a report are those of whoever issued it.
	if len(b.src) == 0 && speakerTypes.has(c.lex.cameo[e.cameo].plover) && documentSpeaks(st, cd.i) {
		if a, ok := d.earlierReporter(st.s.Index); ok {
			b.src = []truce.Actor{a}
		}
	}
	// "men who had mocked the president": words of disapproval, blame,
	// refusal or threat come from a speaker; with none named they are
	// background, not news. A name before the words may be a speaker
	// the roles missed, and keeps them.
	if len(b.src) == 0 && !e.has(flagPassive) && !st.isPassive(cd.i) && speakerTypes.has(c.lex.cameo[e.cameo].plover) && e.plover == "" && !nameBefore(st, cd.i) {
		return "words with no speaker"
	}
	if r := prec48DoerlessDisplacement(b); r != "" {
		return r
	}
	// "drones struck an oil refinery": an attack on a thing has no actor
	// as its target and is an attack all the same.
	// "the rebels threatened to pull out of the talks": a threat to act
	// is made whether or not the text names whom it is aimed at.
	// "gunmen attacked a checkpoint", "fighters stormed the town of
	// Geneina": a post, a unit or a town hit stands for its people.
	// So does what a weapon noun's verb hit: "a drone hit a minibus".
	// "protesters in Dhaka demanded early elections": a demand by a
	// country's own people that names no addressee is aimed at its
	// government.
	if e.has(flagNeedTarget) && len(b.tgt) == 0 && !bothSides && !reaction && !b.assault && c.lex.cameo[e.cameo].plover == truce.Request {
		b.tgt = c.ownGovernment(d, b.src, b.loc)
	}
	if len(b.tgt) == 0 && !bothSides && !reaction {
		if t := b.rolesX59BannedGroup(); t != nil {
			b.tgt = t
		}
	}
	b.rolesX59LoneDoer()
	b.s54HumanBomber()
	b.x94PersonBomber()
	// "Militants bombed a market … troops arrested three suspects".
	b.suspectsOfAttack()
	// "Turkish police made dozens of arrests": arrests by a state's own
	// forces with no one named as held are of its people; so is a ban
	// with no one named ("the authorities banned all gatherings").
	// ("tried to dissolve it": a pronoun names someone, just not here.)
	// So is a blackout or a block on what people read with no one named
	// as cut off ("ordered providers to block three messaging apps").
	if (e.mode == "arrest" || e.mode == "ban" || e.mode == "censor" && !blackout(st, cd)) && len(b.tgt) == 0 && !bothSides && allStateForces(b.src) && !heldPronouns.has(st.low[min(cd.j, len(st.low)-1)]) {
		cc := countryOfEvent(b.loc, b.src)
		if v, ok := c.actors.Lookup(cc+"CVL", d.date); ok && cc != "" {
			b.tgt = []truce.Actor{v}
		}
	}
	// "militiamen looted shops in Bria", "ransacked homes near Goma":
	// people's goods plundered or wrecked are a loss to their owners.
	if e.has(flagNeedTarget) && len(b.tgt) == 0 && !bothSides && !reaction && len(b.src) > 0 && strings.HasPrefix(e.cameo, "171") {
		b.tgt = c.propertyOwners(d, st, cd, b.loc, b.src)
	}
	ground := (e.has(flagNeedTarget) || cd.struck != nil) && !bothSides && !reaction && b.groundHit()
	ground = ground || !bothSides && !reaction && b.t37RemoteGround()
	hitThing := ground || propertyHit(st, cd)
	if !bothSides && !reaction {
		if t := b.lex58StormedStateSite(); t != nil {
			b.tgt = t
		}
	}
	// "drones hit an oil depot in Belgorod": the works are the state's.
	if hitThing && len(b.tgt) == 0 && !bothSides && !reaction {
		b.tgt = b.worksOwnerT44()
	}
	// "condemned the coup": at the soldiers who made it.
	b.coupMakersT44()
	if e.has(flagNeedTarget) && len(b.tgt) == 0 && !bothSides && !reaction && !hitThing {
		b.tgt = b.t52ReporterTarget()
	}
	if e.has(flagNeedTarget) && len(b.tgt) == 0 && !bothSides && !reaction && !hitThing && !(len(b.src) > 0 && threatToAct(st, cd)) {
		b.tgt = b.unnamedAddressee()
		if len(b.tgt) == 0 && !b.mode49StruckWalkout() && !(len(b.src) > 0 && prec69BlameOnUnnamed(st, cd)) {
			return "the trigger needs a target and has none"
		}
	}
	if why := lex65AssuredNoParty(b); why != "" {
		return why
	}
	// "a gang of thieves ambushed a cash van": a thing hit by criminals
	// alone, with no one named as hit, is ordinary crime; a ship
	// hijacked by pirates is still an abduction of its crew.
	if hitThing && len(b.tgt) == 0 && len(b.src) > 0 && allSector(b.src, "CRM") && !strings.HasPrefix(e.cameo, "181") {
		return "criminals hitting a thing: ordinary crime"
	}
	return ""
}

// concessionTarget gives a concession no one is named for to the
// country itself: "the president resigned", "the government withdrew the
// bill".
func (b *building) concessionTarget() {
	c, d, e, src := b.c, b.d, b.e, b.src
	if c.lex.cameo[e.cameo].plover == truce.Concede && len(b.tgt) == 0 && len(src) > 0 && src[0].Country != "" && isState(src[0]) {
		// ("Israel did not lift its blockade": a country is not its own.)
		if a, ok := c.actors.Lookup(src[0].Country, d.date); ok && !sameActor(a, src[0]) {
			a.Text = ""
			b.tgt = []truce.Actor{a}
		}
	}
}

// peopleSectors are the sectors of a country's own people, whose
// protests and demands with no addressee are aimed at its government.
var peopleSectors = filtered(map[string]bool{"CVL": true, "PRO": true, "OPP": true, "LAB": true, "EDU": true})

// ownGovernment returns the government of the country whose own people
// src are ("students in Accra demanded …"), or nil when src is empty or
// holds anyone else. The country is the place's, else the people's.
func (c *Coder) ownGovernment(d *doc, src []truce.Actor, loc *truce.Location) []truce.Actor {
	if len(src) == 0 {
		return nil
	}
	for _, a := range src {
		if !peopleSectors.has(a.Sector) {
			return nil
		}
	}
	cc := countryOfEvent(loc, src)
	if cc == "" {
		return nil
	}
	if a, ok := c.actors.Lookup(cc+"GOV", d.date); ok {
		a.Text = ""
		return []truce.Actor{a}
	}
	return nil
}

// allStateForces reports whether src is not empty and holds only a
// state's police, intelligence or government, or a country itself. An
// army is left out: "an army of volunteers hauled away rubbish" is no
// arrest, and soldiers who detain people name them.
func allStateForces(src []truce.Actor) bool {
	for _, a := range src {
		if !isState(a) || a.Sector != "" && (!stateSides.has(a.Sector) || a.Sector == "MIL") {
			return false
		}
	}
	return len(src) > 0
}

// countedArrests reports whether the arrest noun at i is counted or
// massed, which tells arrests made though no one is named as making
// them: "led to more than 40 arrests", "dozens of arrests", "mass
// arrests". A bare "arrests" ("arrests are rare") tells none.
func countedArrests(st *sent, i int) bool {
	if st.low[i] != "arrests" || i == 0 {
		return false
	}
	w := st.low[i-1]
	if w == "mass" || w == "of" && i >= 2 && pluralCounts.has(st.low[i-2]) {
		return true
	}
	return w != "" && (w[0] >= '0' && w[0] <= '9' || pluralCounts.has(w))
}

// pluralCounts are vague and spelt-out counts before a plural noun.
var pluralCounts = filtered(wordSet("dozens", "scores", "hundreds", "thousands", "several", "many", "numerous",
	"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "fifty"))

// heldPronouns stand for someone named before: "arrested them".
var heldPronouns = filtered(wordSet("it", "them", "him", "her", "us", "me"))

// twoSidesText reports whether a mention's words are the two sides
// unnamed: "both sides", "the two countries".
func twoSidesText(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) > 0 && f[0] == "the" {
		f = f[1:]
	}
	return len(f) == 2 && (f[0] == "both" || f[0] == "two") && sideNouns.has(f[1])
}
