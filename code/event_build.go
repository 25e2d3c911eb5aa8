package code

// Building an event from a trigger: its actors, type, mode, status, date,
// place and confidence, or why it codes none.

import (
	"strconv"
	"strings"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/geo"
)

// build fills the event record of a candidate. It returns why the candidate
// codes no event, or "" when it does.
func (c *Coder) build(d *doc, cd *candidate, date time.Time, prec string) string {
	st, e := cd.st, cd.e
	if historical(st, cd, d.date) {
		return "history: a past date governs the trigger"
	}
	if rumoured(st, cd.i) {
		return "the content of a rumour (\"rumours that X had been arrested\")"
	}
	if why := offSense(st, cd, c.lex.cameo[e.cameo].plover); why != "" {
		return why
	}
	if e.has(flagSym) && len(cd.src) > 1 && cd.tgt == nil {
		cd.src, cd.tgt = cd.src[:1], cd.src[1:]
	}
	explicit := len(cd.src)+len(cd.tgt) > 0
	// "the assault showed …", "The bombing came on the eve of talks": a
	// definite attack noun whose only actors are the sentence's subject or
	// someone else's names an attack told before. Its own actors would be a
	// possessor, a "by" agent or a "between" phrase.
	if e.pos == 'N' && e.has(flagViolent) && definite(st, cd.i) &&
		st.owner(cd.i, nil) == nil && st.agentAfter(cd.j) == nil && st.betweenUntil(cd.j, cd.next) == nil {
		explicit = false
	}
	fresh := !explicit && e.pos == 'N' && e.has(flagViolent) && definite(st, cd.i) && freshToll(d, st, cd.i)
	if !explicit && e.pos == 'N' && e.has(flagViolent) && definite(st, cd.i) && !fresh {
		return "a definite reference with no actors (\"the clashes\"): an event told before"
	}
	// "The meeting came hours after …", "called the deal a step forward":
	// a definite meeting or deal with no party of its own names one told
	// before.
	if e.pos == 'N' && !e.has(flagViolent) && !e.has(flagCease) && definite(st, cd.i) && talkOrDeal(c.lex.cameo[e.cameo].plover, e) &&
		st.owner(cd.i, nil) == nil && st.agentAfter(cd.j) == nil && st.betweenUntil(cd.j, cd.next) == nil && st.object(cd.j, withPrep) == nil && !partiesNear(st, cd) && !ownAgent(st, cd) && !fateAfter(st, cd.j) {
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
	assault := e.has(flagViolent) || c.lex.cameo[e.cameo].plover == truce.Assault
	// An attack that killed or wounded people is an event even when no
	// one is named ("a bomber detonated his vest near a procession,
	// killing 52"); disasters are caught below by their words.
	// A bare toll verb with no one named ("were killed at a gathering")
	// retells an attack told before, and is left out.
	tolled := e.has(flagViolent) && !e.has(flagKill) && tollWords(st)
	// "Troops clashed with separatists … The army said four fighters were
	// killed": a passive toll with no one named after an attack told just
	// before is that attack's toll (tollUpdate gives it), not a new attack.
	if e.has(flagKill) && e.pos == 'V' && st.isPassive(cd.i) && len(cd.src) == 0 && st.agentAfter(cd.j) == nil {
		if prev := tollTarget(d, st, cd.tgt); prev != nil && prev.st != st && prev.ev.Fatalities == nil && victimsFit(prev, cd.tgt) {
			return "the toll of an attack told just before"
		}
	}
	// "Rioters torched the embassy … A fire was also started at the
	// consulate": an act told again with "also" and no doer of its own.
	also := d.alsoDoer(st, cd)
	if e.pos == 'V' && assault && len(cd.src) == 0 && !st.isPassive(cd.i) && !e.has(flagPassive) && !tolled && also == nil {
		return "a violent verb with no actor as its subject (\"the quake struck\")"
	}
	if dom := c.domainBeside(st, cd); assault && (dom == "exercise" || dom == "fiction" || dom != "" && !politicalActor(cd.src)) {
		return "sport, economy or disaster words and no armed actor: a metaphor"
	}
	// "the two clubs agreed a 1-1 draw": in sport even the words of
	// diplomacy are games, unless an official body takes part; in fiction
	// ("the thriller's fictional president declares war") they all are.
	// "the carmaker called off talks on a merger": in business news a
	// deal with no state, IGO or armed group on either side is commerce.
	if dom := c.domainOf(st); !assault && dom == "economy" && !anyCountry(cd.src) && !anyCountry(cd.tgt) && !officialActor(cd.src) && !officialActor(cd.tgt) {
		return "business words and no state or official actor: commerce"
	}
	if dom := c.domainOf(st); !assault && (dom == "fiction" || dom == "sport" && !officialActor(cd.src) && !officialActor(cd.tgt)) {
		return "sport or fiction words and no official actor"
	}
	if e.pos == 'V' && e.has(flagSym) && !explicit {
		return "a two-sided verb with no actors of its own"
	}
	// "the dairy producer agreed to buy a stake in a rival": a company
	// dealing with anyone but the state is commerce, not politics.
	if businessOnly(cd.src) && !officialActor(cd.tgt) && commerceTypes[c.lex.cameo[e.cameo].plover] {
		return "a company's dealings with companies: commerce"
	}
	loc := c.locate(cd)
	// "visited Washington": a visit happens where the visited is.
	if e.has(flagVisit) && len(cd.tgt) == 1 && cd.tgt[0].kind == "capital" {
		if l, ok := c.places.Resolve(st.textOf(cd.tgt[0].i, cd.tgt[0].j), geo.Hint{Countries: []string{cd.tgt[0].actor.Country}}); ok && l.Country == cd.tgt[0].actor.Country {
			l.Text = st.textOf(cd.tgt[0].i, cd.tgt[0].j)
			loc = &l
		}
	}
	// "ambushed a convoy near Kayes, abducting drivers": the participle's
	// act is done where the main clause's was, unless it names a place
	// finer than a country.
	if p := cd.doerOf; p != nil && p.ev.Location != nil && p.ev.Location.Precision != "country" && (loc == nil || loc.Precision == "country") {
		l := *p.ev.Location
		loc = &l
	}
	// A generic source ("the president") does not take the country of
	// the actor it acts on ("threatened further action against Russia").
	var named []truce.Actor
	for _, m := range cd.tgt {
		if m.actor.ID != "" && m.actor.Country != "" {
			named = append(named, m.actor)
		}
	}
	src := c.resolveGeneric(d, st, cd.src, loc, named)

	tgt := c.resolveGeneric(d, st, cd.tgt, loc, src)
	// No one is their own target, except civilians attacking civilians:
	// "a mob beat a man to death" has local people on both sides.
	if !(c.lex.cameo[e.cameo].plover == truce.Assault && allSector(tgt, "CVL") && allSector(src, "CVL")) {
		if tgt = removeActors(tgt, src); len(tgt) == 0 && len(cd.tgt) > 0 {
			tgt = c.otherSideTarget(d, st, cd, loc, src)
		}
	}
	// "Thousands rallied in Belgrade": unnamed protesters are the place's.
	if c.lex.cameo[e.cameo].plover == truce.Protest && len(src) == 0 && loc != nil && loc.Country != "" {
		if a, ok := c.actors.Lookup(loc.Country+"PRO", d.date); ok {
			src = []truce.Actor{a}
		}
	}
	// "thousands of people marched", "thousands of Israelis rallied": who
	// protests is a protester.
	if c.lex.cameo[e.cameo].plover == truce.Protest {
		for n := range src {
			if (src[n].Sector == "CVL" || src[n].Sector == "" && src[n].ID == src[n].Country) && src[n].Country != "" {
				src[n].Sector, src[n].ID = "PRO", src[n].Country+"PRO"
			}
		}
	}
	// "Mujahid warned that Afghanistan would respond": a state's own
	// country is the one who would act, not whom the warning is for.
	if quadOf(c.lex.cameo[e.cameo].plover) == 3 {
		tgt = removeOwnCountry(tgt, src)
	}
	if e.has(flagSym) && len(src)+len(tgt) < 2 {
		src, tgt = fillDyad(d.dyad, src, tgt)
	}
	if e.has(flagViolent) && !e.has(flagSym) {
		tgt = c.venueVictims(d, cd, src, tgt, loc)
	}
	// Insurgents with no named target fight the state they rise against
	// ("the TTP has intensified cross-border attacks").
	if e.has(flagViolent) && len(tgt) == 0 && len(src) == 1 && !isState(src[0]) && src[0].Country != "" && src[0].Sector == "REB" &&
		(loc == nil || loc.Country == "" || loc.Country == src[0].Country || !st.placeAttacked(cd)) {
		// ("was snatched by ELN gunmen": a kidnapping or a rape, done
		// only to people, is done to its people.)
		id := src[0].Country
		if e.mode == "abduct" || e.mode == "sexual" {
			id += "CVL"
		} else if (e.mode == "destroy" || e.mode == "seize") && businessPropertyHit(st, cd) {
			id += "BUS"
		}
		if a, ok := c.actors.Lookup(id, d.date); ok {
			tgt = []truce.Actor{a}
		}
	}
	if len(src) == 0 && also != nil {
		src = also
	}
	var prior *truce.Event
	// A bare toll verb ("were killed at a gathering") more often retells
	// the tolls of an attack told before; only an attack word takes its
	// attacker from the article.
	if len(src) == 0 && e.has(flagViolent) && !e.has(flagSym) && !e.has(flagKill) {
		var s, t []truce.Actor
		if s, t, prior = c.sameAttacker(d, cd, loc, tgt); len(s) > 0 {
			src = s
			if len(tgt) == 0 {
				tgt = t
			}
		}
	}
	// "pounded the besieged city of El Fasher", "Stepanakert came under
	// shelling": a town attacked as such is its people.
	if len(tgt) == 0 && e.has(flagViolent) && !e.has(flagSym) && !e.has(flagTerritory) && loc != nil && loc.Country != "" && st.placeAttacked(cd) {
		if a, ok := c.actors.Lookup(loc.Country+"CVL", d.date); ok && !hasCountry(src, loc.Country) || ok && len(src) == 0 {
			tgt = []truce.Actor{a}
		}
	}
	// "the toll from Saturday's Russian missile strike on the building
	// rose to 40" in Dnipro: the dead a toll counts, where a state's
	// forces struck another country's ground and named no one, are that
	// country's people. (A toll told otherwise may count the attackers:
	// "repulsed an attack on its positions and killed 15 of them".)
	if len(tgt) == 0 && len(cd.tgt) == 0 && len(src) == 1 && e.has(flagViolent) && !e.has(flagSym) && !e.has(flagTerritory) && isState(src[0]) && armedSector[src[0].Sector] &&
		loc != nil && loc.Country != "" && loc.Country != src[0].Country && tollFrom(st, cd.i) {
		if a, ok := c.actors.Lookup(loc.Country+"CVL", d.date); ok {
			tgt = []truce.Actor{a}
		}
	}
	if len(src) == 0 && len(tgt) == 0 && (tolled || fresh) && loc != nil && loc.Country != "" {
		// "the toll from the storming of a protest camp": the dead of
		// a protest were protesters.
		sector := "CVL"
		if fresh && protestScene(st) {
			sector = "PRO"
		}
		if a, ok := c.actors.Lookup(loc.Country+sector, d.date); ok {
			tgt = []truce.Actor{a}
		}
	}
	// "The raid was a gross breach of our sovereignty, the ministry
	// said": words of blame with no doer in their own clause are the
	// speaker's who tells them after.
	if len(src) == 0 && speakerTypes[c.lex.cameo[e.cameo].plover] && e.plover == "" && !e.has(flagPassive) {
		src = c.trailingSpeaker(d, st, cd, loc)
		// ("a violation of China's sovereignty, Beijing said": the
		// speaker is the wronged, and blames the doer of the act told
		// before, else the article's other side.)
		if len(src) == 1 && len(tgt) == 1 && src[0].Country != "" && tgt[0].Country == src[0].Country {
			tgt = nil
			if x, ok := d.lastDoer(cd, src); ok {
				tgt = []truce.Actor{x}
			} else if x, ok := otherSide(d.dyad, src); ok {
				tgt = []truce.Actor{x}
			}
		}
	}
	// "each side accused the other", "both blamed each other": the pair
	// the sentence or the article is about, one on each side.
	if reciprocal(st, cd) {
		if p := st.pairBefore(cd.i); len(p) == 2 {
			src, tgt = p[:1], p[1:]
		} else if len(d.dyad) == 2 && len(src)+len(tgt) < 2 {
			src, tgt = d.dyad[:1], d.dyad[1:]
		} else if n := st.s.Index; len(src)+len(tgt) < 2 && n > 0 && n-1 < len(d.sents) {
			// "Thai and Cambodian troops clashed … Each side accused
			// the other": the two states of the sentence before.
			if p := d.sents[n-1].pairBefore(len(d.sents[n-1].low)); len(p) == 2 {
				a, okA := c.actors.Lookup(p[0].Country, d.date)
				b, okB := c.actors.Lookup(p[1].Country, d.date)
				if okA && okB {
					src, tgt = []truce.Actor{a}, []truce.Actor{b}
				}
			}
		}
	}
	// "two suspects were arrested", "a bomb squad defused the device":
	// police work with no one named is the police's of the place, done to
	// its people.
	if len(src) == 0 && len(tgt) == 0 && (e.mode == "arrest" && (e.has(flagPassive) || st.isPassive(cd.i) && commonSubject(st, cd.i)) || e.acledSub == "Disrupted weapons use") {
		cc := d.focus
		if cc == "" {
			cc = countryOfEvent(loc, nil)
		}
		if a, ok := c.actors.Lookup(cc+"COP", d.date); ok && cc != "" {
			src = []truce.Actor{a}
			if v, ok := c.actors.Lookup(cc+"CVL", d.date); ok && e.mode == "arrest" {
				tgt = []truce.Actor{v}
			}
		}
	}
	// "Mobile internet across the country was cut": a blackout no one is
	// named for is the state's, on the people of the place.
	if len(src) == 0 && len(tgt) == 0 && e.mode == "censor" && blackout(st, cd) {
		cc := countryOfEvent(loc, nil)
		if cc == "" {
			cc = d.focus
		}
		if a, ok := c.actors.Lookup(cc+"GOV", d.date); ok && cc != "" {
			src = []truce.Actor{a}
			if v, ok := c.actors.Lookup(cc+"CVL", d.date); ok {
				tgt = []truce.Actor{v}
			}
		}
	}
	if len(src) == 0 && len(tgt) == 0 {
		return "no actor on either side"
	}
	// A warning or an accusation in an article about two states is
	// addressed to the other one ("Asif warned that Pakistan would respond").
	if len(tgt) == 0 && quadOf(c.lex.cameo[e.cameo].plover) == 3 {
		if x, ok := otherSide(d.dyad, src); ok {
			tgt = []truce.Actor{x}
		}
	}
	if e.has(flagWeapon) {
		if _, ok := c.weaponOf(cd); !ok {
			return "no weapon named (\"launched talks\" is not \"launched missiles\")"
		}
	}
	// A protest with no named target is against the authorities of the
	// place it happens in.
	if len(tgt) == 0 && c.lex.cameo[e.cameo].plover == truce.Protest {
		if cc := countryOfEvent(loc, src); cc != "" {
			tgt = []truce.Actor{{Name: cc + " government", ID: cc + "GOV", Country: cc, Sector: "GOV"}}
			if a, ok := c.actors.Lookup(cc+"GOV", d.date); ok {
				tgt = []truce.Actor{a}
			}
		}
	}
	// A demand or threat about another country's ground is aimed at that
	// country ("threatened to resume attacks in Israel").
	if e.has(flagNeedTarget) && len(tgt) == 0 && !assault && loc != nil && loc.Country != "" && !hasCountry(src, loc.Country) {
		if a, ok := c.actors.Lookup(loc.Country, d.date); ok {
			tgt = []truce.Actor{a}
		}
	}
	// ("moved in unopposed": ground handed over without a fight is lost
	// too.)
	if e.has(flagTerritory) || e.acledSub == "Non-violent transfer of territory" {
		tgt = c.territoryLoser(d, st, src, tgt, loc)
	}
	// "both sides committed to …": the article's two sides.
	if len(d.dyad) == 2 && st.bothSidesBefore(cd.i) {
		src, tgt = d.dyad[:1], d.dyad[1:]
	}
	// "Delegations from both countries were to meet": the two sides meet.
	if len(cd.src) == 1 && cd.src[0].kind == "sector" && cd.src[0].actor.ID == "" && st.bothSides(cd.src[0].j) && len(d.dyad) == 2 {
		src, tgt = d.dyad[:1], d.dyad[1:]
	}
	// "urged both sides to return to talks": the article's two sides, or,
	// when it has none, a demand of no one named.
	bothSides := len(tgt) == 0 && st.bothSides(cd.j)
	if bothSides && len(d.dyad) == 2 {
		tgt = removeActors(append([]truce.Actor{}, d.dyad...), src)
	}
	// "Ankara welcomed the move": the act told before, whose doer the
	// reaction is aimed at.
	// A verbal reaction to such an act whose doer the article does not
	// name is news all the same: "the UN chief condemned the killings".
	reaction := false
	if e.has(flagNeedTarget) && len(tgt) == 0 && !bothSides && actRefAfter(st, cd.j) {
		if a, ok := d.lastDoer(cd, src); ok {
			tgt = []truce.Actor{a}
		}
		q := quadOf(c.lex.cameo[e.cameo].plover)
		reaction = len(src) > 0 && !e.has(flagViolent) && (q == 1 || q == 3)
	}
	// "men who had mocked the president": words of disapproval, blame,
	// refusal or threat come from a speaker; with none named they are
	// background, not news. A name before the words may be a speaker
	// the roles missed, and keeps them.
	if len(src) == 0 && !e.has(flagPassive) && !st.isPassive(cd.i) && speakerTypes[c.lex.cameo[e.cameo].plover] && e.plover == "" && !nameBefore(st, cd.i) {
		return "words with no speaker"
	}
	if e.has(flagNeedTarget) && len(tgt) == 0 && !bothSides && !reaction {
		return "the trigger needs a target and has none"
	}
	// "the president resigned", "the government withdrew the bill": a
	// concession no one is named for is made to the country itself.
	if c.lex.cameo[e.cameo].plover == truce.Concede && len(tgt) == 0 && len(src) > 0 && src[0].Country != "" && isState(src[0]) {
		// ("Israel did not lift its blockade": a country is not its own.)
		if a, ok := c.actors.Lookup(src[0].Country, d.date); ok && !sameActor(a, src[0]) {
			a.Text = ""
			tgt = []truce.Actor{a}
		}
	}
	ev := &cd.ev
	ev.CAMEO = e.cameo
	ev.Mode = e.mode
	ev.ACLEDType, ev.ACLEDSubtype = e.acledType, e.acledSub
	if w, ok := c.weaponOf(cd); ok {
		ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = w.cameo, w.mode, w.acledType, w.acledSub
	}
	// Violence by protesters or rioters is a riot: "rioters torched cars",
	// "protesters set fire to the residence".
	if c.lex.cameo[ev.CAMEO].plover == truce.Assault && hasSector(src, "PRO") {
		ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = "145", "riot", "Riots", "Violent demonstration"
	}
	// "crowds looted shops and torched businesses", "protesters seized
	// the parliament building": a crowd's damage to property is a riot
	// too (a mob's attack on people stays mob violence).
	if pl := c.lex.cameo[ev.CAMEO].plover; (pl == truce.Assault || pl == truce.Coerce && (ev.Mode == "seize" || ev.Mode == "destroy")) &&
		(hasSector(src, "PRO") || crowdSource(cd.src)) && !peopleTarget(tgt) {
		ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = "145", "riot", "Riots", "Violent demonstration"
		for n := range src {
			if src[n].Sector == "CVL" && src[n].Country != "" {
				src[n].Sector, src[n].ID = "PRO", src[n].Country+"PRO"
			}
		}
	}
	// "further strikes" by the attacker named before: its weapons too.
	if prior != nil && e.mode == "-" && ev.CAMEO == e.cameo && c.lex.cameo[e.cameo].mode == "" && prior.Mode != "" && prior.Type == c.lex.cameo[e.cameo].plover {
		ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = prior.CAMEO, prior.Mode, prior.ACLEDType, prior.ACLEDSubtype
	}
	// "Gunmen blocked a highway": armed men blocking roads is a
	// blockade, not a protest.
	if c.lex.cameo[ev.CAMEO].plover == truce.Protest && len(src) > 0 && (armedSector[src[0].Sector] || isArmedGroup(src[0])) {
		ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = "191", "restrict", "", ""
		// "police broke up a rally against the government": the state's
		// forces act on the protesters, not on the state.
		if cc := countryOfEvent(loc, src); len(tgt) <= 1 && (len(tgt) == 0 || ownState(tgt[0])) && stateForces(src, cc) && protestScene(st) {
			if a, ok := c.actors.Lookup(cc+"PRO", d.date); ok {
				tgt = []truce.Actor{a}
			}
		}
	}
	if m, ok := c.complementOf(cd); ok && ev.CAMEO == e.cameo {
		ev.CAMEO, ev.Mode = m.cameo, m.mode
	}
	// Police mobilised are a police mode: "police … were deployed".
	if strings.HasPrefix(ev.CAMEO, "15") && (hasSector(src, "COP") || hasSector(tgt, "COP")) {
		ev.CAMEO, ev.Mode = "153", "police"
	}
	row := c.lex.cameo[ev.CAMEO]
	ev.Type = row.plover
	if e.plover != "" && ev.CAMEO == e.cameo {
		ev.Type = e.plover
	}
	if ev.Mode == "-" {
		ev.Mode = row.mode
	}
	ev.Context = row.context
	if ev.Context == nil {
		ev.Context = []string{}
	}
	ev.Goldstein = row.goldstein
	// "agreed to a ceasefire": two parties agreeing, a truce by its mode.
	if cd.agreed && ev.Type == truce.Retreat {
		ev.Type = truce.Agree
	}
	ev.Quad = quadOf(ev.Type)
	// "Muttaqi arrived in New Delhi": a visit to a town abroad is a visit
	// to its country.
	if e.has(flagVisit) && len(tgt) == 0 && len(src) > 0 && loc != nil && loc.Country != "" && loc.Precision != "country" && !hasCountry(src, loc.Country) {
		if a, ok := c.actors.Lookup(loc.Country, d.date); ok {
			a.Text = ""
			tgt = []truce.Actor{a}
		}
	}
	if consultMode(ev, loc, src, tgt) {
		ev.Goldstein = c.lex.cameo[ev.CAMEO].goldstein
	}
	protestTargets(ev, src, tgt, st)
	// "Pedro Castillo was detained in Lima": an arrest with no one named
	// is the police's of the place.
	if ev.Mode == "arrest" && len(src) == 0 {
		if cc := countryOfEvent(loc, tgt); cc != "" {
			if a, ok := c.actors.Lookup(cc+"COP", d.date); ok {
				src = []truce.Actor{a}
			}
		}
	}
	// "Sierra Leone imposed a nationwide curfew": a curfew or martial law
	// falls on the people of the place.
	if ev.Mode == "curfew" || ev.Mode == "martial-law" {
		if cc := countryOfEvent(loc, src); cc != "" {
			if a, ok := c.actors.Lookup(cc+"CVL", d.date); ok {
				tgt = []truce.Actor{a}
			}
		}
	}
	// "cut internet and telephone lines across Kashmir": a blackout falls
	// on the people of the place.
	if ev.Mode == "censor" && len(tgt) == 0 && blackout(st, cd) {
		if cc := countryOfEvent(loc, src); cc != "" {
			if a, ok := c.actors.Lookup(cc+"CVL", d.date); ok {
				tgt = []truce.Actor{a}
			}
		}
	}
	// "fighters of the PKK burned their rifles": an armed group disarms
	// before the state it fought.
	if ev.Mode == "disarm" && len(src) > 0 && (isArmedGroup(src[0]) || src[0].Sector == "REB") && src[0].Country != "" && (len(tgt) == 0 || allSector(tgt, "CVL")) {
		if a, ok := c.actors.Lookup(src[0].Country+"GOV", d.date); ok {
			tgt = []truce.Actor{a}
		}
	}
	ev.Source, ev.Target = src, tgt
	refineACLED(ev, e, st)
	c.seizedAsAbduction(ev, e, st)
	d.heldAtProtest(ev, cd, st)
	if !date.IsZero() {
		ev.Date = date.Format(time.DateOnly)
		ev.DatePrecision = prec
	}
	if ev.Status == "" {
		ev.Status = statusNear(st, cd.i)
	}
	if cd.accusedBy != nil {
		ev.Status = truce.StatusAlleged
		if src := cd.accusedBy.ev.Source; len(src) > 0 {
			a := src[0]
			ev.ReportedBy = &a
		}
	}
	// "said it would keep targeting ships": the content of a threat lies
	// ahead, but the threat itself has been made.
	// So is one whose content waits on a condition ("warned that it would
	// respond if that was confirmed"), unless the threat itself is only
	// possible ("could threaten to close the strait if …").
	if ev.Status == "" || ev.Type == truce.Threaten && (ev.Status == truce.StatusPlanned || ev.Status == truce.StatusHypothetical && !modalBefore(st, cd.i)) {
		ev.Status = truce.StatusReported
	}
	// "Somalia will expel Ethiopian troops unless Addis Ababa …": a harm
	// promised on a condition is a threat.
	if conditionalThreat(st, cd) && len(src) > 0 && (ev.Type == truce.Assault || ev.Type == truce.Coerce || ev.Type == truce.Sanction) {
		code := "138"
		switch {
		case ev.Mode == "expel" || ev.Mode == "deport":
			code = "136"
		case ev.Type == truce.Sanction:
			code = "1311"
		case ev.Mode == "restrict" || ev.Mode == "seize":
			code = "1312"
		}
		row := c.lex.cameo[code]
		ev.CAMEO, ev.Type, ev.Mode, ev.Goldstein = code, row.plover, row.mode, row.goldstein
		ev.Quad = quadOf(ev.Type)
		ev.Context = row.context
		if ev.Context == nil {
			ev.Context = []string{}
		}
		ev.ACLEDType, ev.ACLEDSubtype = "", ""
		ev.Status = truce.StatusReported
	}
	if ev.Status == truce.StatusHypothetical && (ev.Quad == 2 || ev.Quad == 4) {
		return "hypothetical: what might happen has not happened"
	}
	if m := reporter(st, cd.i); m != nil && ev.ReportedBy == nil {
		if r := c.resolveGeneric(d, st, []*mention{m}, loc, nil); len(r) == 1 {
			ev.ReportedBy = &r[0]
		}
	}
	ev.Evidence = truce.Evidence{ArticleID: d.a.ID, Sentence: st.s.Text, Start: st.s.Start, End: st.s.End}
	if loc == nil {
		// With no place named, an attack or aid happens where it lands;
		// anything else a state does, at home ("Burkina Faso's rulers
		// suspended a French radio station").
		first, second := tgt, src
		if atHome(ev.Type, src) && !e.has(flagVisit) {
			first, second = src, tgt
		}
		// A place the gazetteer does not know keeps the words that named
		// it, with precision "none" ("in the village of Kafouri").
		if text := st.unresolvedPlace(cd); text != "" {
			cc := c.countryLocation(d.focus, first, second).Country
			loc = &truce.Location{Text: text, Name: text, Country: cc, Precision: "none"}
		} else if l := d.placeBefore(st, ev.Type, first, second); l != nil {
			loc = l
		} else {
			loc = c.countryLocation(d.focus, first, second)
		}
	}
	ev.Location = loc
	ev.Rule = "triggers.tsv:" + strconv.Itoa(e.line) + " " + strings.Join(st.low[cd.i:cd.j], " ")
	switch e {
	case obligationEntry:
		ev.Rule = "demand.go: an obligation a speaker lays on another: " + strings.Join(st.low[cd.i:cd.j], " ")
	case chargeEntry:
		ev.Rule = "filters_frame.go: a report the text makes a charge: " + strings.Join(st.low[cd.i:cd.j], " ")
	}
	cd.retal = retaliatory(st, cd.i)
	conf := 0.4
	if len(src) > 0 {
		conf += 0.2
	}
	if len(tgt) > 0 {
		conf += 0.2
	}
	if loc.Precision != "none" {
		conf += 0.1
	}
	// "after violent protests by …": what a clause of time tells led to
	// the news; it is less likely to be the news itself.
	if backgroundClause(st, cd.i) {
		conf -= 0.15
	}
	ev.Confidence = conf
	ev.ID = eventID(d.a.ID, st.s.Index, ev.Type, src, tgt, cd.i)
	return ""
}
