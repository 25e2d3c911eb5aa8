package code

// The record of build: the event's codes, the sides its mode implies, its
// status, place, rule and confidence.

import (
	"strconv"
	"strings"
	"time"

	"github.com/truce-project/truce"
)

// codeKind sets the event's CAMEO code, mode and ACLED labels: the
// trigger's own, or those of the weapon it names, a riot when a crowd
// does the violence ("rioters torched cars"), a blockade when armed men
// block roads ("Gunmen blocked a highway"), or the mode its complement or
// police actors give.
func (b *building) codeKind() {
	c, d, cd, st, e, loc := b.c, b.d, b.cd, b.st, b.e, b.loc
	src := b.src
	ev := &cd.ev
	ev.CAMEO = e.cameo
	ev.Mode = e.mode
	ev.ACLEDType, ev.ACLEDSubtype = e.acledType, e.acledSub
	if w, ok := c.weaponOf(cd); ok {
		ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = w.cameo, w.mode, w.acledType, w.acledSub
	}
	if w, ok := c.mode62AirMaker(cd, ev.Mode); ok { // mode62: "an airstrike destroyed the depot"
		ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = w.cameo, w.mode, w.acledType, w.acledSub
	}
	if w, ok := c.mode86AirBarrage(cd, ev.Mode); ok { // mode86: "warplanes pounded the town"
		ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = w.cameo, w.mode, w.acledType, w.acledSub
	}
	// Violence by protesters or rioters is a riot: "rioters torched cars",
	// "protesters set fire to the residence".
	// A crowd that kills or beats people it has seized is a mob, not a
	// riot: "a crowd beat and burned to death 13 suspected gang members"
	// (see mobOnPeople).
	if c.lex.cameo[ev.CAMEO].plover == truce.Assault && hasSector(src, "PRO") && !mobOnPeople(cd, ev.Mode, b.tgt) {
		ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = "145", "riot", "Riots", "Violent demonstration"
	}
	if c.lex.cameo[ev.CAMEO].plover == truce.Assault && mobOnPeople(cd, ev.Mode, b.tgt) {
		ev.ACLEDType, ev.ACLEDSubtype = "Riots", "Mob violence"
		for n := range src {
			if src[n].Sector == "PRO" && src[n].Country != "" {
				src[n].Sector, src[n].ID = "CVL", src[n].Country+"CVL"
			}
		}
	}
	// "crowds looted shops and torched businesses", "protesters seized
	// the parliament building": a crowd's damage to property is a riot
	// too (a mob's attack on people stays mob violence), and so is its
	// arson on people's property ("angry villagers burned the homes of
	// two councillors").
	if pl := c.lex.cameo[ev.CAMEO].plover; (pl == truce.Assault || pl == truce.Coerce && (ev.Mode == "seize" || ev.Mode == "destroy")) &&
		(hasSector(src, "PRO") || crowdSource(cd.src) || angryCrowd(cd.st, cd.src)) && (!peopleTarget(b.tgt) || ev.Mode == "destroy") && !(pl == truce.Assault && mobOnPeople(cd, ev.Mode, b.tgt)) {
		ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = "145", "riot", "Riots", "Violent demonstration"
		for n := range src {
			if src[n].Sector == "CVL" && src[n].Country != "" {
				src[n].Sector, src[n].ID = "PRO", src[n].Country+"PRO"
			}
		}
	}
	c.mode38Riot(d, cd, ev, src, b.tgt)
	c.mode54CrowdBlows(cd, ev)
	// mode72: policemen killed by a crowd are assaulted, not rioted at.
	c.mode72CrowdKilling(cd, ev, b.tgt)
	c.mode70MannerCharge(cd, ev) // mode70: "accused him of insulting remarks"
	mode70StrikersAct(cd, ev)    // mode70: "teachers, on strike since May, marched"
	// "further strikes" by the attacker named before: its weapons too.
	if prior := b.prior; prior != nil && e.mode == "-" && ev.CAMEO == e.cameo && c.lex.cameo[e.cameo].mode == "" && prior.Mode != "" && prior.Type == c.lex.cameo[e.cameo].plover {
		ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = prior.CAMEO, prior.Mode, prior.ACLEDType, prior.ACLEDSubtype
	}
	// "Gunmen blocked a highway": armed men blocking roads is a
	// blockade, not a protest, and so is their storming of a building.
	// Armed men marching or striking still protest: "police officers
	// went on strike over unpaid allowances", "retired soldiers marched
	// to demand their pensions".
	if c.lex.cameo[ev.CAMEO].plover == truce.Protest && len(src) > 0 && (armedSector.has(src[0].Sector) || isArmedGroup(src[0])) {
		obstruct := forcefulProtest.has(ev.Mode) || !selfProtest(st, cd) && !listedSelfProtest(st, cd)
		// "police broke up a rally against the government": the state's
		// forces act on the protesters, not on the state, and what they
		// do to a protest is crowd control.
		if cc := countryOfEvent(loc, src); len(b.tgt) <= 1 && (len(b.tgt) == 0 || ownState(b.tgt[0])) && stateForces(src, cc) && protestScene(st) && obstruct {
			if a, ok := c.actors.Lookup(cc+"PRO", d.date); ok {
				b.tgt = []truce.Actor{a}
				ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = "175", "crowd-control", "Protests", "Protest with intervention"
			}
		} else if obstruct {
			ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = "191", "restrict", "", ""
		}
	}
	// A complement does not override the mode of a trigger phrase that
	// already holds the act: "refused to withdraw its troops" keeps the
	// row's yield, while "threatened" alone is refined by what follows.
	if m, ok := c.complementOf(cd); ok && ev.CAMEO == e.cameo && (e.mode == "-" || cd.j-cd.i < 2) {
		ev.CAMEO, ev.Mode = m.cameo, m.mode
	}
	c.mode86AskedOfLaw(cd, ev) // mode86: "urged Bamako to reverse the decree"
	if ev.Mode != "meet" && (e.mode == "-" || cd.j-cd.i < 2) && c.lex.cameo[ev.CAMEO].plover == truce.Request && c.mode43TalksAsked(cd) {
		ev.CAMEO, ev.Mode = "106", "meet" // mode43: talks or a deal asked for
	}
	if (ev.Mode == "" || ev.Mode == "-") && strings.HasPrefix(ev.CAMEO, "04") && mode48ByPhone(cd) {
		ev.CAMEO, ev.Mode = "041", "phone" // mode48: talks held by phone
	}
	// Militias mobilising, or mobilised, are a militia mode: "tribal
	// militias mobilised fighters", "the army armed local militias" (a
	// rebel group's forces stay troops).
	if strings.HasPrefix(ev.CAMEO, "15") && ev.Mode != "weapons" && (hasSector(src, "MLT") || hasSector(b.tgt, "MLT")) {
		ev.Mode = "militia"
	}
	// Police mobilised are a police mode: "police … were deployed"; with
	// soldiers among them the deployment stays troops ("sent 800 soldiers
	// and police officers", "ordered the army to deploy alongside the
	// police").
	if strings.HasPrefix(ev.CAMEO, "15") {
		switch {
		case namesSoldiers(cd.st, cd.i, cd.j) || hasSector(b.tgt, "MIL"):
			if ev.Mode == "police" {
				ev.CAMEO, ev.Mode = "154", "troops"
			}
		case hasSector(src, "COP") || hasSector(b.tgt, "COP"):
			ev.CAMEO, ev.Mode = "153", "police"
		}
		mode86MilitaryAlert(ev, src) // mode86: "the army stepped up patrols"
	}
}

// soldierWords are the nouns that put soldiers among the forces a
// deployment moves: "sent soldiers and police officers".
var soldierWords = filtered(wordSet("soldiers", "troops", "army", "military", "marines", "paratroopers", "servicemen"))

// angerWords before a group of people make them a crowd: "angry
// residents", "enraged villagers".
var angerWords = filtered(wordSet("angry", "enraged", "furious", "irate", "incensed"))

// angryCrowd reports whether a source mention is a group of civilians
// told as angry: "angry residents torched a police post".
func angryCrowd(st *sent, ms []*mention) bool {
	for _, m := range ms {
		if m.actor.Sector != "CVL" && m.actor.Sector != "" {
			continue
		}
		first := strings.ToLower(strings.Fields(m.actor.Text + " x")[0])
		if angerWords.has(first) || m.i > 0 && m.i <= len(st.low) && angerWords.has(st.low[m.i-1]) {
			return true
		}
	}
	return false
}

// spansWord reports whether one of tokens [i, j) of the sentence is in ws.
func spansWord(st *sent, i, j int, ws *wordFilter) bool {
	if st == nil || i < 0 || j > len(st.low) {
		return false
	}
	for k := i; k < j; k++ {
		if ws.has(st.low[k]) {
			return true
		}
	}
	return false
}

// namesSoldiers reports whether the deployment told by tokens [i, j) of
// the sentence moves soldiers: they are named in it ("sent 800 soldiers
// and police officers"), they are the subject of a passive ("soldiers
// would be sent to help the police"), or the police are only the company
// of forces named just before ("ordered the army to deploy alongside the
// police").
func namesSoldiers(st *sent, i, j int) bool {
	if st == nil || i < 0 || j > len(st.low) {
		return false
	}
	if spansWord(st, i, j, &soldierWords) {
		return true
	}
	if passiveSoldiers(st, i) {
		return true
	}
	return spansWord(st, i, j, &alongsideWords) && spansWord(st, max(0, i-3), i, &soldierWords)
}

// alongsideWords put the police named after them in the company of the
// forces deployed, not among them.
var alongsideWords = filtered(wordSet("alongside"))

// typeOf sets the event's PLOVER type, quad, context and Goldstein score
// from its CAMEO code, unless the trigger sets its own type; a truce two
// parties agree to is an agreement ("agreed to a ceasefire").
func (b *building) typeOf() {
	c, cd, e := b.c, b.cd, b.e
	ev := &cd.ev
	if ev.Mode == "release" && handoverOfSuspects(cd, b.src) {
		ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = "063", "", "", ""
		if a, ok := handoverRecipient(cd); ok {
			b.tgt = []truce.Actor{a}
		}
	}
	if code := gsr23HandedGoods(cd, b.src); ev.Mode == "release" && code != "" {
		ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = code, "-", "", ""
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
	if ev.Type == truce.Assault && ev.Mode == "crowd-control" && dispersalOnly(cd.st, cd.i, b.tgt) {
		ev.Type = truce.Coerce
	}
	b.tradeRestriction()
	b.mode39LiftedCurbs()
	b.gsr23WelcomedGuest()
	ev.Quad = quadOf(ev.Type)
}

// kindSides gives the event the sides its mode implies, then records its
// sources and targets and refines its ACLED labels: a visit to a town
// abroad is a visit to its country ("Muttaqi arrived in New Delhi"), an
// arrest is the police's, a curfew or blackout falls on the people of the
// place, and an armed group disarms before the state it fought.
func (b *building) kindSides() {
	c, d, cd, st, e, loc := b.c, b.d, b.cd, b.st, b.e, b.loc
	ev := &cd.ev
	// "Muttaqi arrived in New Delhi": a visit to a town abroad is a visit
	// to its country. Forces going in are aimed at the country even when
	// only it is named ("Rwandan troops crossed into Burundi").
	if e.has(flagVisit) && len(b.tgt) == 0 && len(b.src) > 0 && loc != nil && loc.Country != "" && (loc.Precision != "country" || e.has(flagForces)) && !hasCountry(b.src, loc.Country) {
		if a, ok := c.actors.Lookup(loc.Country, d.date); ok {
			a.Text = ""
			b.tgt = []truce.Actor{a}
		}
	}
	b.t38KindSides()
	if consultMode(ev, loc, b.src, b.tgt) {
		ev.Goldstein = c.lex.cameo[ev.CAMEO].goldstein
	}
	protestTargets(ev, b.src, b.tgt, st, d.protestJustTold(st))
	b.t40ProtestedState()
	b.prec46IssueComplement()
	b.t45ArsonGovernment()
	b.heldAtProtest()
	// "Pedro Castillo was detained in Lima": an arrest with no one named
	// is the police's of the place.
	if ev.Mode == "arrest" && len(b.src) == 0 {
		if cc := countryOfEvent(loc, b.tgt); cc != "" {
			if a, ok := c.actors.Lookup(cc+"COP", d.date); ok {
				b.src = []truce.Actor{a}
			}
		}
	}
	b.s43ArmySpeakerArrest()
	// "Sierra Leone imposed a nationwide curfew": a curfew or martial law
	// falls on the people of the place.
	if ev.Mode == "curfew" || ev.Mode == "martial-law" {
		if cc := countryOfEvent(loc, b.src); cc != "" {
			if a, ok := c.actors.Lookup(cc+"CVL", d.date); ok {
				b.tgt = []truce.Actor{a}
			}
		}
	}
	b.mode41PassiveBlackout()
	// "cut internet and telephone lines across Kashmir": a blackout falls
	// on the people of the place.
	if ev.Mode == "censor" && len(b.tgt) == 0 && blackout(st, cd) {
		if cc := countryOfEvent(loc, b.src); cc != "" {
			if a, ok := c.actors.Lookup(cc+"CVL", d.date); ok {
				b.tgt = []truce.Actor{a}
			}
		}
	}
	// "fighters of the PKK burned their rifles": an armed group disarms
	// before the state it fought.
	if src := b.src; ev.Mode == "disarm" && len(src) > 0 && (isArmedGroup(src[0]) || src[0].Sector == "REB") && src[0].Country != "" && (len(b.tgt) == 0 || allSector(b.tgt, "CVL")) {
		if a, ok := c.actors.Lookup(src[0].Country+"GOV", d.date); ok {
			b.tgt = []truce.Actor{a}
		}
	}
	b.tipTarget()
	b.lex39ConductSpeaker()
	ev.Source, ev.Target = b.src, b.tgt
	refineACLED(ev, e, st)
	c.mobCivilians(ev, st, d.date)
	c.seizedAsAbduction(ev, e, st)
	c.mode50SeizedPerson(ev, e, cd)
	c.takenByForce(ev, e, st)
	takenWithGuns(ev, e, st)
	mode80StateTakenWithGuns(ev, e, cd)
	c.mode33Unopposed(ev, st, cd.i, cd.j)
	c.mode33ThreatContent(ev, st, cd.i, cd.j)
	c.lex43NamedWarCrime(ev, st, cd.i, cd.j)
	d.heldAtProtest(ev, cd, st)
}

// dateOf sets the event's date from the one its trigger governs, if any.
func (b *building) dateOf(date time.Time, prec string) {
	if !date.IsZero() {
		b.cd.ev.Date = date.Format(time.DateOnly)
		b.cd.ev.DatePrecision = prec
	}
}

// statusOf sets the event's status and who reported it: alleged when it
// is the content of an accusation, reported when it is a threat made
// ("said it would keep targeting ships"), and a threat when a harm is
// promised on a condition ("will expel the envoy unless …"). It returns
// why the event codes none when it is a hypothetical act of force or
// cooperation.
func (b *building) statusOf() string {
	c, d, cd, st, loc := b.c, b.d, b.cd, b.st, b.loc
	ev := &cd.ev
	// "did not fire on the boats": a trigger whose form opens with the
	// negation is negated.
	if ev.Status == "" && (st.low[cd.i] == "not" || st.low[cd.i] == "n't" || st.low[cd.i] == "never") && !tell41NegationIsTheAct(cd.e) {
		ev.Status = truce.StatusNegated
	}
	if ev.Status == "" {
		ev.Status = statusNear(st, cd.i)
	}
	if tell41RefusalNow(st, cd) && (ev.Status == truce.StatusHypothetical || ev.Status == truce.StatusPlanned) {
		ev.Status = truce.StatusReported
	}
	if ev.Status == "" && ev.Type == truce.Assault && tell35ForceClaim(st, cd.i) {
		ev.Status = truce.StatusClaimed
	}
	if ev.Status == "" && ev.Type == truce.Assault {
		ev.Status = tell42ClaimStatus(st, cd.i)
	}
	ev.Status = tell42UnchargedStatus(ev)
	ev.Status = tell44SpokenStatus(ev)
	// "promised to return the cattle": the act promised is still to come.
	if ev.Status == "" && ev.Type == truce.Agree && tell45PromiseAhead(st, cd.i) {
		ev.Status = truce.StatusPlanned
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
	b.threatOnCondition()
	if ev.Status == truce.StatusHypothetical && (ev.Quad == 2 || ev.Quad == 4) {
		return "hypothetical: what might happen has not happened"
	}
	if m := reporter(st, cd.i); m != nil && ev.ReportedBy == nil {
		if r := c.resolveGeneric(d, st, []*mention{m}, loc, nil); len(r) == 1 {
			ev.ReportedBy = &r[0]
		}
	}
	return ""
}

// threatOnCondition recodes a harm promised on a condition as a threat:
// "Somalia will expel Ethiopian troops unless Addis Ababa …", and so a
// protest or a deployment held over a rival ("the union would march on
// the capital unless …", "would send in troops if …"; see
// conditionalTypes).
func (b *building) threatOnCondition() {
	c, cd, st := b.c, b.cd, b.st
	ev := &cd.ev
	if conditionalThreat(st, cd) && len(b.src) > 0 && (conditionalTypes.has(ev.Type) || gsr33UnlessWithdrawal(st, cd)) {
		code, status := "138", truce.StatusReported
		switch {
		case ev.Type == truce.Protest:
			// A protest held over a rival stays a possibility: "would
			// march on the capital unless" is hypothetical.
			code, status = "133", ev.Status
		case ev.Mode == "expel" || ev.Mode == "deport":
			code = "136"
		case ev.Type == truce.Retreat:
			code = "131" // "will withdraw its force unless …": gsr33
		case ev.Type == truce.Sanction && ev.Mode == "restrict":
			code = "1312" // "would bar imports of … if": a trade measure threatened
		case ev.Type == truce.Sanction:
			code = "1311"
		case ev.Mode == "restrict" || ev.Mode == "seize":
			code = "1312"
		}
		c.recode(ev, code)
		ev.ACLEDType, ev.ACLEDSubtype = "", ""
		ev.Status = status
	}
}

// finish sets the event's evidence, its place when the sentence names
// none, the rule that fired, its confidence and its ID.
func (b *building) finish() {
	c, d, cd, st, e, loc := b.c, b.d, b.cd, b.st, b.e, b.loc
	src, tgt := b.src, b.tgt
	ev := &cd.ev
	ev.Evidence = truce.Evidence{ArticleID: d.a.ID, Sentence: st.s.Text, Start: st.s.Start, End: st.s.End}
	if loc == nil {
		// With no place named, an attack or aid happens where it lands;
		// anything else a state does, at home ("Burkina Faso's rulers
		// suspended a French radio station").
		first, second := tgt, src
		if (atHome(ev.Type, src) || rulersAtHome(ev, src)) && !e.has(flagVisit) {
			first, second = src, tgt
		}
		first, second = c.place48Unbacked(cd, d, first), c.place48Unbacked(cd, d, second)
		// A withdrawal abroad is placed at the post left, not at home.
		home := [][]truce.Actor{first, second}
		if abroad, ok := awayFromHome(d, st, ev, src, tgt); ok {
			home = [][]truce.Actor{abroad}
		}
		// A place the gazetteer does not know keeps the words that named
		// it, with precision "none" ("in the village of Kafouri").
		if text := p37PlaceText(cd, ev.Type); text != "" {
			cc := c.countryLocation(d.focus, home...).Country
			loc = featureNamed(cd, &truce.Location{Text: text, Name: text, Country: cc, Precision: "none"})
		} else if l := d.placeBefore(st, ev.Type, first, second); l != nil {
			loc = l
		} else if l := d.place46AbroadAttack(st, ev.Type, src, tgt); l != nil {
			loc = l
		} else {
			loc = c.countryLocation(d.focus, home...)
		}
	}
	ev.Location = loc
	c.tell36TellerCountry(d, ev)
	ev.Rule = "triggers.tsv:" + strconv.Itoa(e.line) + " " + strings.Join(st.low[cd.i:cd.j], " ")
	switch e {
	case obligationEntry:
		ev.Rule = "demand.go: an obligation a speaker lays on another: " + strings.Join(st.low[cd.i:cd.j], " ")
	case chargeEntry:
		ev.Rule = "filters_frame.go: a report the text makes a charge: " + strings.Join(st.low[cd.i:cd.j], " ")
	}
	cd.retal = (retaliatory(st, cd.i) || answerCueFollows(st, cd)) && !answeredAct(st, cd.i)
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
}

// forcefulProtest are the protest modes that, done by armed men, are a
// blockade or a raid: "gunmen blocked the highway", "soldiers stormed
// parliament". A march, a hunger strike or a walk-out stays a protest.
var forcefulProtest = filtered(wordSet("obstruct", "riot", "vandalize"))

// selfProtest reports whether the protest trigger's source is its own
// subject, with no other verb between: "police officers went on strike",
// "retired soldiers marched". Armed men who protest themselves are no
// crowd control, unlike "police broke up a rally".
func selfProtest(st *sent, cd *candidate) bool {
	if len(cd.src) == 0 {
		return false
	}
	m := cd.src[0]
	if m.j > cd.i || st.clause[m.i] != st.clause[cd.i] {
		return false
	}
	for k := m.j; k < cd.i; k++ {
		if strings.HasPrefix(st.toks[k].tag, "VB") || st.low[k] == "," {
			return false
		}
	}
	return true
}
