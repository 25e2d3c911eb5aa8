package code

// Source and target of a trigger: the entry point (the subject and object
// finders are in roles_subject.go).

import (
	"strings"

	"github.com/truce-project/truce"
)

// roles assigns source and target to a trigger.
func (c *Coder) roles(d *doc, cd *candidate, earlier []*candidate) {
	st := cd.st
	d.x75PoliceSites(st)
	d.officersAfterPolice(st)
	var visited []*mention
	if cd.e.has(flagVisit) {
		visited = st.visited(cd.i, cd.j)
	}
	var skip *mention
	if len(visited) > 0 {
		skip = visited[0]
	}
	switch {
	case cd.e.pos == 'N':
		cd.src = c.strikeOwner(d, cd, st.owner(cd.i, skip))
		// "Demonstrators demanding X's resignation marched": the head
		// the participle describes.
		if len(cd.src) > 0 {
			if h := st.describedSubjectHead(cd.src[0], cd.i); h != nil {
				cd.src = st.coordinated(h)
			}
		}
		cd.src = st.verbUseSubject(cd.i, cd.src)
		// "soldiers and dissidents of the FARC clashed": a verb use of a
		// noun trigger has the whole coordinated subject.
		if len(cd.src) > 0 && verbAt(st, cd.i) {
			if h := st.ofHeadPartner(cd.src[0]); h != nil {
				cd.src = append(st.coordinated(h), cd.src...)
			}
		}
		if cd.src == nil {
			cd.src = st.agentAfter(cd.j)
		}
		if cd.src == nil {
			if g, r := st.fromTo(cd.j); g != nil {
				cd.src, cd.tgt = g, r
			}
		}
		// "the assistance that the United States is sending to Ukraine":
		// the subject of a relative clause on the noun gives it.
		if len(cd.src) == 0 || allBare(cd.src) {
			if a, v := st.relativeAgent(cd.j); a != nil {
				cd.src = st.coordinated(a)
				cd.tgt = st.object(v+1, nil)
			}
		}
		if b := st.betweenUntil(cd.j, cd.next); b != nil {
			cd.src, cd.tgt = b[:1], b[1:]
		}
		// "a gun battle pitted Colombian troops against ELN guerrillas"
		if a, b := st.pitted(cd.j); a != nil {
			cd.src, cd.tgt = a, b
		}
		if cd.tgt == nil && cd.e.has(flagViolent) && !cd.e.has(flagSym) {
			cd.tgt = st.diedIn(cd.i)
		}
		if cd.tgt == nil && !cd.e.has(flagSym) {
			cd.tgt = st.aimedThenHit(cd.j, notAgent(st, st.object(nounObjectStart(st, cd), targetPreps.m)))
		}
		// "said it would boycott the United States": a noun row used as
		// a verb, with its object after it.
		if cd.tgt == nil && !cd.e.has(flagSym) {
			cd.tgt = st.verbUseObjectX52(cd)
		}
		// "controls on exports to South Korea": the place after "to" is
		// the recipient.
		if cd.tgt == nil && !cd.e.has(flagSym) {
			cd.tgt = st.recipientLater(cd.j)
		}
		if cd.tgt == nil && cd.e.has(flagSym) {
			cd.tgt = st.object(cd.j, withPrep.m) // "a phone call with Zelensky"
		}
		// "received a phone call from the Iranian president": the
		// caller is the other side of a two-sided contact.
		if cd.tgt == nil && cd.e.has(flagSym) && c.lex.cameo[cd.e.cameo].plover == truce.Consult {
			if o := st.object(cd.j, fromPrep.m); len(o) > 0 && o[0].i <= cd.j+2 {
				cd.tgt = o
			}
		}
		if cd.tgt == nil && cd.e.has(flagViolent) {
			cd.tgt = st.tollObject(cd.j) // "a car bomb …, wounding nine officers"
		}
		// "Two policemen were wounded on Monday by a grenade": the
		// subject of the passive the attack is the agent of.
		if v := st.passiveBy(cd.i); cd.tgt == nil && v >= 0 && cd.e.has(flagViolent) {
			cd.tgt = st.subject(v)
		}
		// "a sit-in by the Baloch Yakjehti Committee": an agent the
		// dictionary does not know is still not the sentence's subject.
		byAgent := cd.j < len(st.low) && st.low[cd.j] == "by"
		// "Rebels wounded two soldiers with a drone": the weapon is the
		// verb's subject's, and the verb's object what it hit.
		if cd.src == nil && !cd.e.has(flagSym) {
			if s, o := st.instrumentUser(cd.i); s != nil {
				cd.src, cd.tgt = s, o
			}
		}
		if cd.src == nil && !cd.e.has(flagSym) && !byAgent {
			cd.src = st.subject(cd.i)
			// "Mujahid said further strikes had wounded …": who speaks
			// of an attack is not who made it.
			// ("Al-Shabaab claimed a bombing": the claimant made it.)
			if len(cd.src) > 0 && st.speechPastAside(cd.src[len(cd.src)-1].j, cd.i) && !st.claimedAttack(cd) {
				cd.src = nil
			}
			// "A boy was killed in a strike on …": who was killed is the
			// strike's target, not its maker.
			if len(cd.src) > 0 && sharesMention(cd.src, cd.tgt) {
				cd.src = nil
			}
		}
		if cd.src == nil && cd.e.has(flagSym) {
			cd.src = st.subject(cd.i)
		}
		// "Troops retook the town after a two-day battle with the
		// rebels", "… after fighting broke out with Y": the battle's other
		// side is named, so the main clause's subject is its source.
		if k := st.nounAdjunct(cd.i); cd.src == nil && k > 0 && len(cd.tgt) > 0 && st.withSide(cd.j) {
			if m := st.mainSubject(k); m != nil && !sharesMention([]*mention{m}, cd.tgt) {
				cd.src = st.coordinated(m)
			}
		}
	case st.isPassive(cd.i) && strings.HasPrefix(cd.e.cameo, "15"):
		// "police were deployed across Dhaka": who is deployed mobilises.
		cd.src = st.subject(cd.i)
		cd.tgt = st.object(cd.j, nil)
	case st.isPassive(cd.i) || cd.e.has(flagPassive):
		cd.tgt = st.passiveTarget(cd.i)
		if cd.tgt == nil {
			cd.tgt = st.x74RelativePassiveSubject(cd.i)
		}
		cd.src = st.agentAfter(cd.j)
		if cd.src == nil {
			cd.src = st.inActorFire(cd.j)
		}
		// "were killed when police opened fire": the attacker of the
		// "when" clause.
		if cd.src == nil && cd.e.has(flagViolent) {
			cd.src = st.whenAgent(cd.j)
		}
		if cd.src == nil && cd.j < len(st.low) && st.low[cd.j] == "from" {
			cd.src = st.object(cd.j, nil)
			// "pupils were kidnapped from their school": a place the
			// victims were taken from is not who took them.
			if st.facilitiesOnly(cd.src, c.lex.facilities) {
				cd.src = nil
			}
		}
		// "took delivery of four helicopters from Russia": the giver
		// after "from" past the object.
		if f := st.fromPastObject(cd.j); cd.src == nil && f >= 0 {
			cd.src = st.object(f, nil)
			if cd.src == nil {
				cd.src = st.stateAt(f + 1)
			}
		}
		// "the army lost control of the town to the insurgents": a
		// trigger that ends in "to" names the taker right after it.
		if cd.src == nil && cd.j > 0 && cd.j < len(st.low) && (st.low[cd.j-1] == "to" || agentEnds(cd)) {
			cd.src = st.object(cd.j, nil)
		}
	case cd.e.has(flagSym) && st.betweenUntil(cd.j, cd.next) != nil && st.subject(cd.i) == nil:
		b := st.betweenUntil(cd.j, cd.next)
		cd.src, cd.tgt = b[:1], b[1:]
	default:
		cd.src = st.subject(cd.i)
		// A verb joined by "and" to an earlier one shares its subject:
		// "deporting … and blocking …", "the army said … and urged …".
		// "Ethiopia expelled UN officials, accusing them of …": a
		// participle after a comma shares the main clause's subject.
		if cd.i > 0 && st.low[cd.i-1] == "," && st.toks[cd.i].tag == "VBG" {
			if m := st.tagBefore(cd.i); m != nil {
				cd.src = st.coordinated(m)
			} else if m := st.declarer(cd.i); m != nil {
				cd.src = st.coordinated(m)
			} else if m := st.mainSubject(cd.i); m != nil {
				cd.src = st.coordinated(m)
			}
		}
		// "filed a case at the ICJ accusing Israel": the participle's
		// subject is the main clause's, not the object before it.
		if st.toks[cd.i].tag == "VBG" && len(cd.src) > 0 && afterPrep(st, cd.src[0]) {
			if m := st.mainSubject(cd.i); m != nil && m != cd.src[0] {
				cd.src = st.coordinated(m)
			}
		}
		if a := st.andBefore(cd.i); a >= 0 {
			if st.toks[cd.i].tag == "VBG" && len(earlier) > 0 {
				cd.src = earlier[len(earlier)-1].src
			} else if m := st.clauseFirst(cd.i); m != nil {
				// "met …, the first talks since Biden took office, and
				// agreed": after a comma, the verb goes back past the
				// subordinate clause to the main subject.
				if m.i > 0 && clauseOpeners.has(st.low[m.i-1]) && a > 0 && st.low[a-1] == "," {
					if f := st.firstActor(); f != nil && f.i < m.i {
						m = f
					}
				}
				if h := st.asideHolder(m, cd.i); h != nil {
					m = h
				} else if h := st.rolesX56RelativeHolder(m, cd.i); h != nil {
					m = h
				}
				// "X left the town, and Y moved in and set up a base":
				// the subject of the clause "and" joins.
				if b := st.joinedClauseSubject(m, a, deedAct(cd.e)); b != nil {
					m = b
				} else if b := st.pastSubordinate(m, a); b != nil {
					m = b
				}
				cd.src = st.coordinated(m)
			}
		}
		if m := st.rolesX71PerfectSubject(cd.i); m != nil {
			cd.src = st.coordinated(m)
		}
		// "The junta said the truce would hold but warned that …": a verb
		// after "but" with no subject of its own shares the sentence's.
		if cd.src == nil && cd.i > 0 && st.low[cd.i-1] == "but" {
			if m := st.firstActor(); m != nil && m.i < cd.i {
				cd.src = st.coordinated(m)
			}
		}
		if m := st.decisionOwner(cd.i); m != nil {
			cd.src = st.coordinated(m)
		}
		cd.tgt = c.rolesX60AddresseeFirst(cd, st.pastWhatCalledX53(cd.j, st.object(cd.j, nil)))
		// "suspended food assistance to Ethiopia": the country the
		// trigger's object goes to is its target, though "to" makes it a
		// place.
		if cd.tgt == nil {
			cd.tgt = st.recipientAt(cd.j)
		}
		// "cut off development aid to Uganda": a trigger that ends in
		// "to" has its recipient right after.
		if cd.tgt == nil && cd.j > cd.i+1 {
			cd.tgt = st.recipientAt(cd.j - 1)
		}
		// "tightened controls on exports to South Korea", "reopened its
		// border to Qatar": a recipient further along the clause.
		if cd.tgt == nil {
			cd.tgt = st.recipientLater(cd.j)
		}
		if cd.tgt == nil {
			cd.tgt = st.objectAnywhere(cd.j, cd.src)
		}
		cd.src, cd.tgt = st.asComplement(cd, cd.src, cd.tgt)
		// "urged all sides to stop attacks on civilians": the sides are
		// whom the verb is aimed at, not the actor of what they are urged
		// to do.
		if st.bothSides(cd.j) && !sidesNamed(st, cd.j, cd.tgt) {
			cd.tgt = nil
		}
	}
	// "gendarmes were flown in from mainland France": forces moved from
	// a state are that state's.
	if strings.HasPrefix(cd.e.cameo, "15") {
		cd.src, cd.tgt = st.sentFrom(cd.j, cd.src, cd.tgt)
	}
	if o := st.rolesX55ProtestedOwner(cd); o != nil {
		cd.tgt = o
	}
	if cd.tgt == nil && strings.HasPrefix(cd.e.cameo, "14") {
		cd.tgt = st.protestedMission(cd.j)
		if cd.tgt == nil {
			cd.tgt = st.missionBefore(cd.i)
		}
	}
	// "placed two former ministers under house arrest": the verb the
	// trigger completes has its actors.
	if v := st.placedUnder(cd); v >= 0 {
		if s := st.subject(v); s != nil {
			cd.src = s
		}
		cd.tgt = st.object(v+1, nil)
	}
	// "arrested media tycoon Jane Doe": a person the dictionary does not
	// know, whom a description says who it is.
	cd.tgt = st.describedTarget(cd)
	// "officials say …, a charge the party denies": the party named
	// before denies, and the officials are whom it answers.
	if cd.e.pos != 'N' {
		if m := c.chargeDenier(d, st, cd.i); m != nil {
			cd.src = []*mention{m}
		}
		if by := st.chargeAccuser(cd.i); by != nil {
			cd.tgt = by
		}
	}
	// "The commission urged …", "Its chief, Jane Doe, said …": a subject
	// that recalls an actor named before.
	if cd.src == nil && cd.e.pos != 'N' && !st.isPassive(cd.i) {
		if m := c.recalledSubject(d, st, cd.i); m != nil {
			cd.src = []*mention{m}
		}
	}
	// "urged both sides to let aid in": the two sides named together
	// before.
	if cd.tgt == nil || allBare(cd.tgt) {
		if g := d.sidesRecalled(st, cd); g != nil {
			cd.tgt = g
		}
	}
	if visited == nil && cd.e.has(flagVisit) {
		visited = st.hostCapital(cd.i, cd.src)
	}
	if visited != nil {
		cd.tgt = visited
	}
	// "will meet in Luanda under Angolan mediation": the mediator is a
	// third party, not the other side.
	if len(cd.tgt) > 0 && st.mediator(cd.tgt[0]) {
		cd.tgt = nil
	}
	// "Ten army chiefs, including those of Chile and Peru, condemned":
	// the states the phrase names.
	if len(cd.src) == 1 {
		if inc := st.includedStates(cd.src[0]); inc != nil {
			cd.src = inc
		}
	}
	// "special envoys from Armenia and Turkey held talks"
	st.fromStatesSides(cd)
	// "Russians held in Germany and Poland were freed": the subject found
	// is the list of captors; the captives come before "held in".
	if cd.src == nil && st.isPassive(cd.i) && len(cd.tgt) > 0 {
		if captives, captors := st.heldInList(cd.tgt[0], cd.i); captives != nil {
			cd.tgt, cd.src = captives, captors
		}
	}
	// "Americans held in Iran were freed": who held them frees them.
	if cd.src == nil && st.isPassive(cd.i) && len(cd.tgt) > 0 {
		if h := st.heldIn(cd.tgt[len(cd.tgt)-1], cd.i); h != nil {
			cd.src = []*mention{h}
		} else if h := st.custodyOf(cd.tgt[len(cd.tgt)-1], cd.i); h != nil {
			cd.src = []*mention{h}
		} else if h := st.envoyHost(cd.tgt[0], cd.i); h != nil {
			// "Peru's envoy to Chile was expelled": the host expels.
			cd.src = []*mention{h}
		}
	}
	cd.src = st.gsr36Custodian(cd) // "died under torture in police custody": the holder
	// "lodged a complaint with the Security Council over Israeli
	// strikes": the body it is lodged with is a venue; what it is over
	// names the accused.
	if c.lex.cameo[cd.e.cameo].plover == truce.Accuse && len(cd.tgt) > 0 {
		if m := st.accusedOver(cd.j, cd.tgt[0]); m != nil {
			cd.tgt = st.coordinated(m)
		}
	}
	// "dismissed as absurd his idea of buying Greenland": whose idea it
	// is, named before.
	if cd.tgt == nil && cd.e.pos == 'V' {
		if m := st.possessorObject(cd); m != nil {
			cd.tgt = []*mention{m}
		}
	}
	if m := c.answeredSpeaker(d, cd); m != nil {
		cd.tgt = []*mention{m}
	}
	// "extradited X, the former head of …, to the United States": who
	// receives the person is the target, not the person.
	if handsOver(st, cd) {
		handed := cd.tgt
		if r := st.receiver(cd.j); r != nil {
			cd.tgt = r
		}
		// "X was extradited from Spain": the state it was from.
		if s := c.extraditer(d, cd, handed); s != nil {
			cd.src = s
		}
	}
	// "Israel and Hamas accused each other", "pledged not to use force
	// against each other": each side is the other's target.
	if len(cd.src) > 1 && st.eachOther(cd.j) || fightTwoSided(cd) {
		cd.src, cd.tgt = cd.src[:1], cd.src[1:]
	}
	// "Biden and Xi met …, their first talks since Biden took office": a
	// two-sided verb whose object is one of its own subjects has the
	// subjects as its sides.
	if cd.e.has(flagSym) && len(cd.src) > 1 && len(cd.tgt) > 0 && amongActors(cd.tgt, cd.src) {
		cd.tgt = nil
	}
	// "They agreed to set up a joint commission of ministers": the parties
	// to an agreement are each other's; an object that names no one of its
	// own is what they agreed on. A fight's object, bare as it may be, is
	// its foe: "Kenyan and Somali troops clashed with the militants".
	if cd.e.has(flagSym) && len(cd.src) > 1 && len(cd.tgt) > 0 && allBare(cd.tgt) && !(cd.e.has(flagViolent) && c.armedFoes(cd.tgt)) {
		cd.src, cd.tgt = cd.src[:1], cd.src[1:]
	}
	// "Laos and Thailand agreed on Monday to reopen the crossing, the UN
	// envoy said": two states agreeing are each other's parties; a third
	// named later, not met "with", is a speaker, broker or venue.
	if c.agreeing(cd.e) && partiesApart(cd.src) && len(cd.tgt) > 0 &&
		!amongActors(cd.tgt, cd.src) && !sharesState(cd.tgt, cd.src) && st.prepWord(cd.tgt[0]) != "with" {
		cd.src, cd.tgt = cd.src[:1], cd.src[1:]
	}
	// "Armenian and Azerbaijani envoys met in Ankara, with Turkey's
	// president urging both to …": the subject of an absolute "with NP
	// V-ing" clause is no object of the main verb; the two sides of a
	// two-sided verb are each other's.
	if len(cd.tgt) > 0 && st.absoluteWith(cd.tgt[0]) {
		cd.tgt = nil
		if cd.e.has(flagSym) && partiesApart(cd.src) {
			cd.src, cd.tgt = cd.src[:1], cd.src[1:]
		}
	}
	// "Macron and Scholz met on the sidelines of the G20 summit": the
	// body whose summit hosts a meeting is where it is held, not a side.
	if len(cd.tgt) > 0 && st.summitVenue(cd.tgt[0]) {
		cd.tgt = nil
		if cd.e.has(flagSym) && partiesApart(cd.src) {
			cd.src, cd.tgt = cd.src[:1], cd.src[1:]
		}
	}
	// "Iran and Saudi Arabia agreed to reopen their embassies": what the
	// source owns is not its target; "reopened its airspace to Qatar":
	// whom it is opened to is.
	// ("its" stands for the sentence's first actor: "militants attacked its
	// troops" after "Israel struck Gaza" is another matter.)
	if len(cd.src) > 0 && len(cd.tgt) > 0 && cd.tgt[0].kind == "sector" && cd.tgt[0].i > 0 && st.holds(cd.tgt[0]) &&
		(st.low[cd.tgt[0].i-1] == "their" || st.low[cd.tgt[0].i-1] == "its") && cd.src[0] == st.firstActor() && !t49NounOwned(st, cd, cd.tgt[0]) {
		cd.tgt = st.recipientLater(cd.tgt[0].j)
	}
	// "pushed the RSF out of": an actor inside a gapped trigger is its
	// object. "recalled its ambassador" names the source's own envoy, not
	// a target.
	// ("The last French soldiers left Mali": an actor before the
	// trigger's verb is its subject.)
	// ("was summoned by the Chilean foreign ministry": an agent inside
	// the trigger is its source.)
	agent := st.rolesX60AgentWithin(cd)
	if agent == nil {
		agent = st.rolesX74UnderAgent(cd)
	}
	if agent != nil {
		cd.src = st.coordinated(agent)
	}
	for n := range st.mentions {
		// ("seized by gunmen": the agent a trigger ends on is its source.)
		// ("traded artillery fire": a weapon in the trigger is what is fired.)
		if m := &st.mentions[n]; m != agent && m.i > cd.i && m.j <= cd.j && !m.place && !ownedBySource(st, m) && st.low[m.i-1] != "by" && !(cd.e.has(flagViolent) && m.j == m.i+1 && isWeaponWord(st.low[m.i])) {
			if st.modifiersOnly(cd.i, m.i) && verbBetween(st, m.j, cd.j) {
				cd.src = []*mention{m}
				if tgt := st.object(cd.j, nil); tgt != nil || sharesMention(cd.tgt, cd.src) {
					cd.tgt = tgt
				}
				break
			}
			cd.tgt = []*mention{m}
			break
		}
	}
	// "retook the town from rebel fighters": whom the ground is taken from.
	// ("cleared militants from the villages": an armed object is.)
	if t := st.fromHolder(cd); t != nil && !namesHolder(cd.tgt) {
		cd.tgt = t
	}
	// "halted all imports from Lebanon": the state the goods come from;
	// "recalled its ambassador from Lithuania", "its envoy to Germany":
	// the country the envoy is posted to.
	if p := st.tradeOrigin(cd); p != nil {
		cd.tgt = p
	} else if p := st.envoyPost(cd); p != nil {
		cd.tgt = p
	}
	if p := neighbourTarget(d, cd); p != nil {
		cd.tgt = p
	}
	// "used chemical weapons during its war with the RSF": the war's foe.
	if cd.tgt == nil {
		cd.tgt = st.warFoe(cd)
	}
	// "Yemen's warring parties extended their truce": the sides of one
	// country's war are both that country's, so it is the target too.
	// ("swapped 900 prisoners": captives within a two-sided act are no
	// party to it.)
	if (cd.tgt == nil || cd.e.has(flagSym) && withinTrigger(cd, cd.tgt)) && len(cd.src) == 1 && cd.src[0].kind == "country" && st.internalSides(cd.src[0]) {
		// "The army and the RSF fought on. Sudan's warring parties
		// swapped prisoners": the sides the article named.
		if s, g := c.warSides(d, st, cd.src[0]); g != nil {
			cd.src, cd.tgt = []*mention{s}, []*mention{g}
		} else if a, ok := c.actors.Lookup(cd.src[0].actor.Country+"REB", d.date); ok {
			other := *cd.src[0]
			other.actor = a
			cd.tgt = []*mention{&other}
		}
	}
	if c.lex.cameo[cd.e.cameo].plover == truce.Mobilize {
		c.deployment(d, cd)
		// "sent 3,000 police against street gangs": the gangs.
		cd.tgt = st.sentAgainst(cd.j, cd.tgt)
		if h := st.arrivalHost(cd); h != nil && (cd.tgt == nil || cd.tgt[0].i > h[0].i) {
			cd.tgt = h
		}
		// "… asked the CSTO for help. The CSTO said it would send
		// peacekeepers": to the one who asked.
		if r := c.requester(d, cd, earlier); r != nil {
			cd.tgt = r
		}
	}
	c.gsr32Hosts(st, cd, earlier)
	// "The unions ended their strike after the government agreed to
	// raise its offer": to the main clause's subject.
	if m := c.yieldedTo(cd); m != nil {
		cd.tgt = m
	}
	// "Commanders from both sides will meet": each side meets the other.
	if src, tgt := c.bothSidesMeet(d, cd); src != nil {
		cd.src, cd.tgt = src, tgt
	}
	// "the ELN declared a unilateral truce": toward whom it fights.
	if m := c.truceCounterpart(d, cd); m != nil {
		cd.tgt = m
	}
	// "the premier resigned, bowing to weeks of protests": to the
	// protesters.
	if m := c.bowedToProtests(d, cd); m != nil {
		cd.tgt = m
	}
	// "accused the army of shelling its positions", "killed a Pakistani
	// man": the side the object's own words name; else "…, while Chile
	// recalled its envoy": the target of the act before.
	if m := c.namedSideTarget(cd); m != nil {
		cd.tgt = m
	} else {
		cd.tgt = c.parallelTarget(cd, earlier)
	}
	// "Dozens were detained", "Police fired tear gas": whom the story
	// told before; else "Venezuela detained two Colombian soldiers, and
	// Colombia demanded their release": the demand is aimed at the captor.
	if m := c.storyTarget(d, cd, earlier); m != nil {
		cd.tgt = m
	} else if m := c.captor(d, cd, earlier); m != nil {
		cd.tgt = m
	}
	// "The mediator urged both delegations to …": the sides unnamed, not
	// the speaker's own.
	if len(cd.tgt) == 1 && st.unnamedSides(cd.tgt[0]) {
		cd.tgt = nil
	}
	// "Serbs and Kosovars met in Brussels, with the EU envoy urging both
	// sides to …": the absolute clause's subject does its V-ing, to the
	// two sides of the main clause.
	if m := st.absoluteSubject(cd.i); m != nil {
		cd.src = st.coordinated(m)
		if f := st.firstActor(); f != nil && f.i < m.i && cd.j < len(st.low) && st.low[cd.j] == "both" {
			cd.tgt = st.coordinated(f)
		} else if sharesMention(cd.tgt, cd.src) {
			cd.tgt = nil
		}
	}
	// "Gunmen stormed a village … The UN urged restraint": an appeal
	// that names no one is aimed at the sides of the attack told last.
	if cd.tgt == nil && c.lex.cameo[cd.e.cameo].plover == truce.Request && c.unaddressed(d, cd) {
		cd.tgt = attackParties(d, cd)
	}
	// "Netanyahu warned that Israel would strike the group": the
	// speaker's own state, subject of what is threatened, is no target;
	// whom that clause acts on is.
	if c.lex.cameo[cd.e.cameo].plover == truce.Threaten && len(cd.tgt) > 0 && st.ownClauseSubject(cd) {
		cd.tgt = st.clauseObject(cd.tgt[0], cd.src)
	}
	// "called the strike a violation of Iraq's sovereignty": the state
	// wronged is not the one accused.
	if c.lex.cameo[cd.e.cameo].plover == truce.Accuse && len(cd.tgt) > 0 && st.allWronged(cd.tgt, cd.i+1) {
		cd.tgt = nil
	}
	// "Qatar condemned the strikes": a reaction naming no one is aimed at
	// who made the attack told just before.
	if pl := c.lex.cameo[cd.e.cameo].plover; cd.tgt == nil && (pl == truce.Accuse || pl == truce.Threaten) && c.attackRef(st, cd) {
		cd.tgt = attackers(d, cd)
	}
	// "Tehran condemned the measures", "Ankara welcomed the decision":
	// aimed at whoever laid them.
	if pl := c.lex.cameo[cd.e.cameo].plover; pl == truce.Accuse || pl == truce.Reject || pl == truce.Threaten || pl == truce.Support {
		if m := measureMaker(d, cd); m != nil {
			cd.tgt = m
		} else if m := actMaker(d, cd); m != nil {
			cd.tgt = m
		} else if m := c.claimSpeaker(d, cd); m != nil {
			cd.tgt = m
		}
	}
	c.storyRoles(d, cd, earlier)
}
