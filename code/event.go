package code

// Coding one sentence: its triggers found, folded into the events they
// tell, built and merged.

import (
	"fmt"
	"sort"
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/when"
)

// codeSentence finds the triggers of one sentence and builds their events.
func (c *Coder) codeSentence(d *doc, st *sent) {
	demands := c.reportedDemands(st)
	if len(demands) == 0 && prescriptiveSentence(st) {
		if c.Trace != nil {
			fmt.Fprintf(c.Trace, "truce: sentence %d codes no event: advice or opinion (must, should, requires) with no past act\n", st.s.Index)
		}
		return
	}
	cands := c.sentenceTriggers(d, st)
	if len(demands) > 0 {
		cands = append(cands, demands...)
		sort.SliceStable(cands, func(a, b int) bool { return cands[a].i < cands[b].i })
	}
	cands = c.keep(st, cands, dropMediation(cands), "mediation of an agreement the sentence names")
	cands = c.keep(st, cands, dropCrime(cands, st), "ordinary crime, or police work against it")
	cands = c.keep(st, cands, c.dropSportGame(d, st, cands), "a game in a sports report, told in words of war")
	cands = c.keep(st, cands, dropReported(cands, st), "the content of a demand, accusation, threat or stated intention")
	for k, cd := range cands {
		cd.next = len(st.toks)
		if k+1 < len(cands) {
			cd.next = cands[k+1].i
		}
		if k > 0 {
			cd.prev = cands[k-1].j
		}
	}
	date, prec := when.ResolveExprs(newsDates(st), d.date)
	for k, cd := range cands {
		// "troops pulled back under a deal brokered by Moscow": the
		// agreement frames the act and was told before.
		// But one dated as it is named ("under a treaty unveiled on
		// Friday") is news of its own.
		// What the sentence says of it still goes to a truce declared
		// before ("Under the agreement, hostages are to be exchanged").
		// So is one that is only the backdrop of the act ("despite the
		// ceasefire", "during a truce").
		if isAgreementNoun(cd.e) && cd.e.pos == 'N' && (underAgreement(st, cd.i) && !datedAfter(st, cd.j) && !prec69DealParties(st, cd.j) || truceSetting(st, cd.i)) {
			c.ceasefireReference(d, cd)
			cd.folded = true
			c.trace(st, cd, "an agreement another act is done under (\"under a deal\")")
			continue
		}
		if cd.e.pos == 'N' && cd.e.has(flagViolent) && heldWeapon(st, cd.i) {
			cd.folded = true
			c.trace(st, cd, "arms seized, found or handed over, not used (\"seized grenades\")")
			continue
		}
		// "handed over their rifles, mortars and rocket launchers": the
		// arms given up in a disarmament are not used.
		if k > 0 && cd.e.pos == 'N' && cd.e.has(flagViolent) && armsGivenUp(st, cands[k-1], cd) {
			cd.folded, cd.corefOf = true, cands[k-1]
			c.trace(st, cd, "arms listed after a disarmament (\"handed over rifles and mortars\")")
			continue
		}
		if prev := c.renamedAgreement(st, cands[:k], cd); prev != nil {
			cd.folded, cd.corefOf = true, prev
			c.trace(st, cd, "names again an agreement told earlier in the sentence (\", in a deal brokered by\")")
			continue
		}
		if toll46BodiesBeside(cands, cd) {
			cd.folded = true
			c.trace(st, cd, "dead found beside an attack told in the sentence (\"the bodies of guards kidnapped by miners were found\"): its toll")
			continue
		}
		if victimAccused(st, cands[:k], cd) {
			cd.folded = true
			c.trace(st, cd, "the charge that set attackers on their victim (\"beat a man to death after accusing him of theft\"): the attack's pretext")
			continue
		}
		if responsibilityFor(st, cd) {
			cd.folded = true
			c.trace(st, cd, "the attack a claim of responsibility is for, told before")
			continue
		}
		// "visited Washington for talks with Trump": the talks are what
		// the visit was for.
		if cd.e.pos == 'N' && forBefore(st, cd.i) && k > 0 && cands[k-1].e.has(flagVisit) && !cands[k-1].folded {
			cd.folded, cd.corefOf = true, cands[k-1]
			c.trace(st, cd, "what a visit was for")
			continue
		}
		// "lifted the ban", "shot down a drone", "defied the curfew": a noun
		// that is the object of the verb just before is what that act is
		// done to, not an event of its own.
		if k > 0 && verbObject(st, cands[k-1], cd) && !c.prec57LaunchedAct(cands[k-1], cd) {
			cd.folded, cd.corefOf = true, cands[k-1]
			c.trace(st, cd, "the object of the act just told (\"lifted the ban\")")
			continue
		}
		if prev := c.protestSetting(st, cands[:k], cd); prev != nil {
			cd.folded = true
			c.trace(st, cd, "the protest an act was done at (\"shot dead seven at rallies\")")
			continue
		}
		if k > 0 && (c.protestPurpose(st, cands[k-1], cd) || c.prec43ProtestDemand(st, cands[k-1], cd)) {
			cd.folded = true
			c.trace(st, cd, "what a protest was for (\"marched to demand\")")
			continue
		}
		if prev := c.summedUp(st, cands[:k], cd); prev != nil {
			cd.folded, cd.corefOf = true, prev
			c.trace(st, cd, "sums up an act told earlier in the sentence (\", the largest protest in decades\")")
			continue
		}
		// "fired artillery shells at the town": the arms sent tell the
		// attack, with the firing's doers and aim.
		if prev := weaponSent(st, cands[:k], cd); prev != nil {
			prev.folded, prev.corefOf = true, cd
			cd.src, cd.tgt, cd.killed = prev.src, prev.tgt, prev.killed
			cd.prev = prev.prev
			c.trace(st, prev, "fires the arms told next (\"fired artillery shells\")")
		}
		spark, sparkE := mode45SparkHead(st, cands[:k], cd), (*entry)(nil)
		if spark != nil {
			sparkE = spark.e
		}
		if corefer(st, cands[:k], cd) {
			c.mode45KeepNamedMeans(st, spark, sparkE, cd)
			c.trace(st, cd, "names again an attack told earlier in the sentence")
			continue
		}
		// "killed 60 people when they fired on worshippers": the
		// when-clause tells how the killing was done.
		if k > 0 && mannerOf(st, cands[k-1], cd) {
			prev := cands[k-1]
			prev.takeMode(cd.e)
			cd.folded, cd.corefOf = true, prev
			c.trace(st, cd, "how an attack told just before was done (\"when they fired on\")")
			continue
		}
		// "The toll from Friday's raid rose to 40, after gunmen opened
		// fire on shoppers": the after-clause tells the raid and its doers.
		if prev := toldAfterToll(st, cands[:k], cd); prev != nil {
			if prev.src == nil {
				prev.src = st.subject(cd.i)
			}
			if prev.tgt == nil {
				prev.tgt = foldedObject(st, cd)
			}
			prev.venue = prev.venue || venueAttacked(st, cd)
			if weaponModes.has(cd.e.mode) {
				prev.takeMode(cd.e)
			}
			cd.folded, cd.corefOf = true, prev
			c.trace(st, cd, "how the attack a toll counts was done (\"the toll from the raid rose, after gunmen fired\")")
			continue
		}
		// "retook the village after a day-long battle": the fight the
		// ground was taken in is the taking, and its toll the taking's.
		if k > 0 && fightTakenIn(st, cands[k-1], cd) {
			cd.folded, cd.corefOf = true, cands[k-1]
			c.trace(st, cd, "the fight a taking of ground told just before came in (\"retook the town after a battle\")")
			continue
		}
		// "an Israeli raid on the camp in which nine people were killed":
		// the toll of the attack the relative clause hangs on, or of unrest
		// that is no attack of its own ("a week of unrest in which …").
		// One with its own agent ("in which two were killed by police
		// gunfire") is a killing of its own.
		if cd.e.has(flagKill) && st.isPassive(cd.i) && tollRelative(st, cd.i) && !byAfter(st, cd.j) {
			cd.folded = true
			for n := k - 1; n >= 0; n-- {
				if prev := cands[n]; prev.e.has(flagViolent) && (!prev.folded || prev.corefOf != nil) {
					prev.head().killed = true
					break
				}
			}
			c.trace(st, cd, "a toll told in a relative clause (\"in which nine were killed\")")
			continue
		}
		// "beat to death a man suspected of robbery and murder": what the
		// victim was suspected of is not the deed done to him, nor news of
		// its own.
		if prev := suspicionOn(st, cands[:k], cd); prev != nil {
			cd.folded = true
			c.trace(st, cd, "what the victim of the act just told was suspected of (\"killed a man suspected of robbery\")")
			continue
		}
		// "fired two rockets, one of which hit a school and killed four":
		// what one of the weapons did is the firing's.
		if prev := weaponRelativeAttack(st, cands[:k], cd); prev != nil {
			cd.folded = true
			prev.killed = prev.killed || cd.e.has(flagKill)
			c.trace(st, cd, "what one of the weapons of the attack just told did (\"rockets, one of which hit a school\")")
			continue
		}
		// A toll verb after the attack it reports belongs to that attack's
		// event: "airstrikes on … killed 10", "struck two blocks, killing 25".
		// So does the blast of a device named just before: "a grenade
		// thrown by militants exploded in a market" is one attack.
		if cd.e.has(flagKill) || cd.e.pos == 'V' && cd.e.has(flagViolent) && (cd.e.has(flagNeedTarget) && !lex56OwnCapture(st, cd) || deviceGoesOff(st, cd)) {
			if prev := firstOf(foldTarget(st, cands[:k], cd), deviceBefore(st, cands[:k], cd)); prev != nil && !tell37DeniedApart(st, prev, cd) {
				cd.folded = true
				prev.killed = prev.killed || cd.e.has(flagKill)
				// "stormed the camp, beating demonstrators": a raid
				// whose verb says no manner is done as its participle
				// tells.
				if handModes.has(cd.e.mode) && !cd.e.has(flagKill) {
					prev.takeMode(cd.e)
				}
				if prev.tgt == nil {
					prev.tgt = foldedObject(st, cd)
					if len(prev.tgt) == 0 && prev.struck == nil {
						prev.struck = cd
					}
				}
				if s := statusNear(st, cd.i); s != "" {
					prev.ev.Status = s
				}
				continue
			}
		}
		// "were killed in an ambush by …": the toll verb belongs to the
		// attack it names next.
		// "killed 46 civilians in a raid on …": so does an active toll verb
		// with the attack it was done in, which takes the verb's subject.
		// So does a verb of injury ("wounded two soldiers in an ambush").
		if (cd.e.has(flagKill) || toll41HarmVerb(st, cd)) && k+1 < len(cands) {
			next := cands[k+1]
			// "were killed when Maoist rebels set off an IED": the toll of
			// the attack the when-clause tells.
			if next.e.has(flagViolent) && st.isPassive(cd.i) && whenBetween(st, cd.j, next.i) {
				cd.folded = true
				if next.tgt == nil {
					next.tgt = st.subject(cd.i)
				}
				continue
			}
			// ("beat to death a man suspected of robbery": not what he
			// was killed in.)
			if next.e.has(flagViolent) && nounUse(st, next) && (next.i-cd.j <= 4 || doneIn(st, cd.j, next.i) || toll41WithMeans(st, cd.j, next.i)) && !accusedOf(st, next.i) {
				cd.folded = true
				if st.isPassive(cd.i) {
					next.tgt = st.subject(cd.i)
					// "were killed in a clash with Azerbaijani troops": the
					// other side of the fighting is who killed them.
					if next.e.has(flagSym) && next.tgt != nil {
						next.src = st.object(next.j, nil)
					}
				} else {
					next.tgt = st.object(cd.j, nil)
					if next.src == nil && st.owner(next.i, nil) == nil {
						next.src = st.subject(cd.i)
					}
				}
				continue
			}
		}
		// "detained the mayor in a dawn raid": the raid is how the arrest
		// was made, not an attack of its own.
		if cd.e.pos == 'V' && !cd.e.has(flagViolent) && k+1 < len(cands) {
			if next := cands[k+1]; next.e.pos == 'N' && next.e.has(flagViolent) && raidWords.has(st.low[next.j-1]) && doneIn(st, cd.j, next.i) {
				next.folded = true
				c.trace(st, next, "the raid an arrest or seizure was made in")
			}
		}
		// "agreed to a 48-hour ceasefire", "signed a peace agreement": one
		// event, coded from the noun, whose parties are the verb's subject.
		// ("held talks with the rebels on a truce": the truce is what the
		// talks are about, and the talks stay.)
		if cd.e.pos == 'V' && cd.e.has(flagSym) && k+1 < len(cands) && isAgreementNoun(cands[k+1].e) && (cands[k+1].i-cd.j <= 5 || agreedToNoun(st, cd.j, cands[k+1].i)) && !accordAsTopic(st, cands[k+1]) {
			cd.folded = true
			cands[k+1].src = st.subject(cd.i)
			cands[k+1].agreed = cands[k+1].e.has(flagCease) && cd.e.cameo == "057"
			// "reached an agreement with the Taliban": the other party.
			if cands[k+1].tgt == nil {
				cands[k+1].tgt = st.object(cands[k+1].j, withPrep.m)
			}
			// "Sudan's rival delegations signed a truce": both sides.
			if cands[k+1].tgt == nil {
				if s, t := c.internalSidesOf(d, st, cands[k+1].src); t != nil {
					cands[k+1].src, cands[k+1].tgt = s, t
				}
			}
			// "The two governments agreed a ceasefire": the pair told before.
			c.foldedPair(d, cands[k+1])
			continue
		}
		if cd.src == nil {
			// "soldiers were killed when their convoy struck a mine": the
			// victims a folded toll verb gave stay when the attack's own
			// clause names no one.
			pre := cd.tgt
			c.roles(d, cd, cands[:k])
			if keepVictims(pre, cd) {
				cd.tgt = pre
			}
			// "Yemen's warring factions signed a deal", "swapped
			// prisoners": two-sided acts of one country's own sides have
			// both of them.
			if withinTrigger(cd, cd.tgt) && cd.e.has(flagSym) {
				if s, t := c.internalSidesOf(d, st, cd.src); t != nil {
					cd.src, cd.tgt = s, t
				}
			}
		}
		participleDoer(st, cd, cands[:k])
		bareParticipleDoer(st, cd, cands[:k])
		c.participleTarget(st, cd, cands[:k])
		listedVerbDoer(st, cd, cands[:k])
		if isAgreementNoun(cd.e) && c.ceasefireReference(d, cd) {
			cd.folded = true
		}
	}
	var built []*candidate
	var backstory, dated *candidate
	for _, cd := range cands {
		if cd.folded {
			continue
		}
		settingParties(st, built, cd)
		why := c.build(d, cd, date, prec)
		if why == "no actor on either side" && c.unnamedRioters(st, cd) {
			why = c.build(d, cd, date, prec)
		}
		if strings.HasPrefix(why, "history:") {
			dated = cd
		} else if why == "" && sharesDatedVerb(st, dated, cd) {
			why = "history: joined by \"and\" to a verb a past date governs (\"in 1995 the army overran the town and killed …\")"
		}
		if why == "" {
			why = noNewAct(st, cd)
		}
		if why == "" {
			why = zeroObject(st, cd)
		}
		if why == "" {
			why = backstoryPrec21(st, cd)
		}
		if why == "" {
			why = backgroundAct(st, cd, d.date)
			if why != "" {
				backstory = cd
			} else if causeOfBackstory(st, backstory, cd) {
				why = "what a backstory act came after (\"had threatened in May to quit after an attack\")"
			}
		}
		if why == "" {
			why = grantWithoutGrantor(st, built, cd)
		}
		if why == "" {
			why = privateTrip(st, cd)
		}
		if why == "" {
			why = c.otherSensePrec34(st, cd)
		}
		if why == "" {
			why = attackNotTold(st, built, cd)
		}
		if why != "" {
			cd.folded = true
			c.trace(st, cd, why)
			continue
		}
		if prev := protestInTwoVerbs(st, built, cd); prev != nil {
			cd.folded, cd.corefOf = true, prev
			if cd.ev.Mode != "" {
				prev.ev.Mode, prev.ev.CAMEO, prev.ev.Goldstein = cd.ev.Mode, cd.ev.CAMEO, cd.ev.Goldstein
			}
			c.trace(st, cd, "carries on the protest of the verb just before (\"summoned the envoy and lodged a protest\")")
			continue
		}
		// "blamed Israel for the blasts and vowed that it would face
		// punishment": words that name no one, joined by "and" to the same
		// speaker's words just before, are aimed where those were.
		// So is a sanction joined to one before it: "expelled India's
		// envoy and suspended bilateral trade".
		if n := len(built); n > 0 && (cd.ev.Quad == 3 || cd.ev.Type == truce.Sanction) && len(cd.ev.Target) == 0 && len(cd.ev.Source) > 0 {
			if prev := built[n-1]; (prev.ev.Quad == 3 && cd.ev.Quad == 3 || prev.ev.Type == cd.ev.Type) && len(prev.ev.Target) > 0 && hasSame(prev.ev.Source, cd.ev.Source[0]) && wordBetween(st, "and", prev.j, cd.i) {
				cd.ev.Target = append([]truce.Actor{}, prev.ev.Target...)
				cd.ev.ID = eventID(d.a.ID, st.s.Index, cd.ev.Type, cd.ev.Source, cd.ev.Target, cd.i)
			}
		}
		if c.mereSetting(d, st, built, cd) {
			continue
		}
		// "a grenade exploded …, police said, blaming dissidents": the
		// blame names the attack's author and is no event of its own.
		if prev := attributesAttack(st, built, cd); prev != nil && cd.e.cameo != "112" {
			if len(cd.ev.Target) == 0 && len(prev.ev.Source) > 0 && !hasSame(cd.ev.Source, prev.ev.Source[0]) {
				cd.ev.Target = prev.ev.Source[:1]
				cd.ev.ID = eventID(d.a.ID, st.s.Index, cd.ev.Type, cd.ev.Source, cd.ev.Target, cd.i)
			}
		} else if prev != nil && !lex43ChargeOfBreach(st, cd) {
			// ("police said, blaming insurgents": the country's rebels
			// are not its civilians the blast hit.)
			if (len(prev.ev.Source) == 0 || unnamedDoer(prev, cd)) && len(cd.ev.Target) > 0 && !sameSide(cd.ev.Target, prev.ev.Target) &&
				prev.ev.Status != truce.StatusNegated && prev.ev.Status != truce.StatusHypothetical {
				prev.ev.Source = cd.ev.Target[:1]
			}
			cd.folded, cd.corefOf = true, prev
			c.trace(st, cd, "names who did the attack just told (\"police said, blaming rebels\")")
			continue
		}
		if prev := blamedAgain(st, cands, cd); prev != nil {
			if len(prev.ev.Source) == 0 && len(cd.ev.Source) > 0 && !sameSide(cd.ev.Source, prev.ev.Target) {
				prev.ev.Source = cd.ev.Source[:1]
			}
			adoptManner(&prev.ev, &cd.ev)
			cd.folded, cd.corefOf = true, prev
			c.trace(st, cd, "the attack a blame names again (\"blaming an air strike\")")
			continue
		}
		// "ambushed a patrol near a village and then holed up in a church,
		// where three died in a gunfight": the where-clause happens at the
		// place told before when it names none finer.
		if n := len(built); n > 0 && cd.e.has(flagViolent) && wordBetween(st, "where", built[n-1].j, cd.i) {
			cd.ev.Location = finerPlace(cd.ev.Location, built[n-1].ev.Location)
		}
		// "stormed a post, the army said, adding that five soldiers had
		// been killed": the killing reported after the attack is its toll.
		if prev := firstOf(reportedToll(st, built, cd), tollParticiple(st, built, cd)); prev != nil {
			cd.folded, cd.corefOf = true, prev
			c.trace(st, cd, "the toll of the attack just told, reported (\"adding that five were killed\")")
			continue
		}
		// ", in an attack later claimed by …", "the latest in a string of
		// attacks on police posts": the attack just told, named again.
		if prev := renamedAttack(st, built, cd); prev != nil {
			// The noun's own author is the attack's. (A claim, "…, in
			// an attack later claimed by the Pakistani Taliban", is read
			// with the other claims when the article is finished.)
			by := cd.ev.Source
			if len(prev.ev.Source) == 0 && len(by) > 0 && !sameSide(by, prev.ev.Target) {
				prev.ev.Source = by
			}
			cd.folded, cd.corefOf = true, prev
			c.trace(st, cd, "names again an attack told earlier in the sentence (\", in an attack …\")")
			continue
		}
		// "met on the sidelines of the summit": the same kind of event
		// between the same actors at the same place, told twice.
		if prev := sameEvent(built, cd); prev != nil {
			cd.folded, cd.corefOf = true, prev
			adoptManner(&prev.ev, &cd.ev)
			c.trace(st, cd, "the same event as an earlier trigger of the sentence")
			continue
		}
		if c.foldPassive(d, st, built, cd) {
			continue
		}
		if prev := firstOf(prec43FightObject(st, cands, built, cd), prec43RiotParticiple(st, built, cd)); prev != nil {
			cd.folded, cd.corefOf = true, prev
			c.trace(st, cd, "the same fight as the verb just told (\"fought running battles\", \"clashed with police, hurling stones\")")
			continue
		}
		if prev := sameActTwice(st, built, cd); prev != nil {
			cd.folded, cd.corefOf = true, prev
			// Each deed may have its own victims: all are the act's.
			if t := joinActors(prev.ev.Target, cd.ev.Target); len(t) > len(prev.ev.Target) {
				prev.ev.Target = t
				prev.ev.ID = eventID(d.a.ID, st.s.Index, prev.ev.Type, prev.ev.Source, prev.ev.Target, prev.i)
			}
			c.trace(st, cd, "carries on the act of the verb just before (\"torched shops and hurled rocks\")")
			continue
		}
		if prev, why := partOfActBefore(st, built, cd); prev != nil {
			cd.folded, cd.corefOf = true, prev
			if prec41TakeTarget(prev, cd) {
				prev.ev.ID = eventID(d.a.ID, st.s.Index, prev.ev.Type, prev.ev.Source, prev.ev.Target, prev.i)
			}
			c.trace(st, cd, why)
			continue
		}
		// "declared Mexico's ambassador persona non grata and gave him 72
		// hours to leave": one expulsion, its target named twice.
		if prev := sameActRefined(st, built, cd); prev != nil {
			cd.folded, cd.corefOf = true, prev
			keepRefined(prev, cd)
			prev.ev.ID = eventID(d.a.ID, st.s.Index, prev.ev.Type, prev.ev.Source, prev.ev.Target, prev.i)
			c.trace(st, cd, "the same act as an earlier trigger, its target named by country and by state body")
			continue
		}
		// "flew to Kabul for talks …, the first visit since 2021": one
		// meeting named by several words.
		if prev := sameMeeting(built, cd); prev != nil {
			cd.folded, cd.corefOf = true, prev
			if mergeParties(prev, cd) {
				prev.ev.ID = eventID(d.a.ID, st.s.Index, prev.ev.Type, prev.ev.Source, prev.ev.Target, prev.i)
			}
			c.trace(st, cd, "names again the meeting told earlier in the sentence")
			continue
		}
		mode33SeizedFrom(d, st, cd)
		built = append(built, cd)
		d.cands = append(d.cands, cd)
		// "spoke with the emir of Qatar and with Jordan's king": a talk
		// with each partner.
		if m := secondPartner(st, cd); m != nil {
			two := *cd
			two.ev.Target = []truce.Actor{m.actor}
			two.ev.ID = eventID(d.a.ID, st.s.Index, two.ev.Type, two.ev.Source, two.ev.Target, m.i)
			built = append(built, &two)
			d.cands = append(d.cands, &two)
		}
	}
	c.afterSentence(d, st, cands, built)
}
