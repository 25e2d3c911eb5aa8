package code

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/geo"
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
	var cands []*candidate
	st.dates = when.Find(st.s.Text, d.date)
	for i := 0; i < len(st.toks); i++ {
		if m := st.mentionAt(i); m != nil {
			i = m.j - 1
			continue
		}
		es, n := c.lex.match(st.low, i)
		if n == 0 {
			continue
		}
		// "in March", "by March 24": the month, not a march.
		if inDate(st, i) {
			continue
		}
		prevTag := ""
		if i > 0 {
			prevTag = st.toks[i-1].tag
		}
		if es = forcesReading(st, es, i); len(es) == 0 {
			continue
		}
		e := pickEntry(es, st.toks[i].tag, prevTag)
		// "demonstrators stormed government buildings": a past verb the
		// tagger took for an adjective, between its subject and its
		// object, is the verb.
		// So is one after "and" that joins it to an earlier verb:
		// "cut the internet and deployed troops".
		if e == nil && n == 1 && st.toks[i].tag == "JJ" && strings.HasSuffix(st.low[i], "ed") && (strings.HasPrefix(prevTag, "NNS") || coordinatedVerb(st, i)) &&
			i+1 < len(st.toks) && (st.toks[i+1].tag == "DT" || strings.HasPrefix(st.toks[i+1].tag, "NN") && st.toks[i+1].tag != "NNP") {
			e = pickEntry(es, "VBD", prevTag)
		}
		if e == nil {
			continue
		}
		cd := &candidate{e: e, st: st, i: i, j: i + n}
		// "the US aid agency", "peace activists": a trigger noun that
		// qualifies another noun names no event.
		if e.pos == 'N' && i+n < len(st.low) && compoundHeads[st.low[i+n]] {
			c.trace(st, cd, "a noun qualifying another (\"aid agency\")")
			i += n - 1
			continue
		}
		// "the third journalist killed in Mexico this year" sums up; it
		// tells of no new killing.
		if e.pos == 'V' && n == 1 && !e.has(flagViolent) && commaParticiple(st, i) {
			c.trace(st, cd, "a participle describing the noun before its comma (\"troops, backed by militias,\")")
			i += n - 1
			continue
		}
		if e.pos == 'V' && n == 1 && (adjectival(st, i) || (!e.has(flagViolent) || e.has(flagKill) && st.low[i] == "killed") && reducedRelative(st, i)) {
			c.trace(st, cd, "a participle describing a noun (\"freed prisoners\", \"proxies backed by\")")
			i += n - 1
			continue
		}
		// "drones launched by the RSF struck a depot", "rockets fired by
		// the militia hit a school": the launch describes the weapon whose
		// strike the sentence tells next.
		if e.has(flagWeapon) && reducedRelative(st, i) && st.low[i+1] == "by" && c.isWeaponWord(st.low[i-1]) && violentLater(c.lex, st, i+n) {
			c.trace(st, cd, "a participle describing the weapon of a strike told next (\"drones launched by\")")
			i += n - 1
			continue
		}
		cands = append(cands, cd)
		i += n - 1
	}
	if len(demands) > 0 {
		cands = append(cands, demands...)
		sort.SliceStable(cands, func(a, b int) bool { return cands[a].i < cands[b].i })
	}
	cands = c.keep(st, cands, dropMediation(cands), "mediation of an agreement the sentence names")
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
		if isAgreementNoun(cd.e) && cd.e.pos == 'N' && underAgreement(st, cd.i) && !datedAfter(st, cd.j) {
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
		if k > 0 && verbObject(st, cands[k-1], cd) {
			cd.folded, cd.corefOf = true, cands[k-1]
			c.trace(st, cd, "the object of the act just told (\"lifted the ban\")")
			continue
		}
		if corefer(st, cands[:k], cd) {
			c.trace(st, cd, "names again an attack told earlier in the sentence")
			continue
		}
		// "killed 60 people when they fired on worshippers": the
		// when-clause tells how the killing was done.
		if k > 0 && mannerOf(st, cands[k-1], cd) {
			prev := cands[k-1]
			if (prev.e.mode == "-" || prev.e.mode == "") && cd.e.mode != "-" && cd.e.mode != "" {
				e := *prev.e
				e.cameo, e.mode, e.acledType, e.acledSub = cd.e.cameo, cd.e.mode, cd.e.acledType, cd.e.acledSub
				prev.e = &e
			}
			cd.folded, cd.corefOf = true, prev
			c.trace(st, cd, "how an attack told just before was done (\"when they fired on\")")
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
		// A toll verb after the attack it reports belongs to that attack's
		// event: "airstrikes on … killed 10", "struck two blocks, killing 25".
		if cd.e.has(flagKill) || cd.e.pos == 'V' && cd.e.has(flagViolent) && cd.e.has(flagNeedTarget) {
			if prev := foldTarget(st, cands[:k], cd); prev != nil {
				cd.folded = true
				prev.killed = prev.killed || cd.e.has(flagKill)
				if prev.tgt == nil {
					prev.tgt = st.object(cd.j, nil)
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
		if cd.e.has(flagKill) && k+1 < len(cands) {
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
			if next.e.has(flagViolent) && next.e.pos == 'N' && (next.i-cd.j <= 4 || doneIn(st, cd.j, next.i)) {
				cd.folded = true
				if st.isPassive(cd.i) {
					next.tgt = st.subject(cd.i)
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
			if next := cands[k+1]; next.e.pos == 'N' && next.e.has(flagViolent) && raidWords[st.low[next.j-1]] && doneIn(st, cd.j, next.i) {
				next.folded = true
				c.trace(st, next, "the raid an arrest or seizure was made in")
			}
		}
		// "agreed to a 48-hour ceasefire", "signed a peace agreement": one
		// event, coded from the noun, whose parties are the verb's subject.
		if cd.e.pos == 'V' && cd.e.has(flagSym) && k+1 < len(cands) && isAgreementNoun(cands[k+1].e) && cands[k+1].i-cd.j <= 5 {
			cd.folded = true
			cands[k+1].src = st.subject(cd.i)
			cands[k+1].agreed = cands[k+1].e.has(flagCease) && cd.e.cameo == "057"
			// "reached an agreement with the Taliban": the other party.
			if cands[k+1].tgt == nil {
				cands[k+1].tgt = st.object(cands[k+1].j, withPrep)
			}
			continue
		}
		if cd.src == nil {
			// "soldiers were killed when their convoy struck a mine": the
			// victims a folded toll verb gave stay when the attack's own
			// clause names no one.
			pre := cd.tgt
			c.roles(d, cd, cands[:k])
			if cd.tgt == nil && cd.src == nil {
				cd.tgt = pre
			}
		}
		if isAgreementNoun(cd.e) && c.ceasefireReference(d, cd) {
			cd.folded = true
		}
	}
	var built []*candidate
	for _, cd := range cands {
		if cd.folded {
			continue
		}
		if why := c.build(d, cd, date, prec); why != "" {
			cd.folded = true
			c.trace(st, cd, why)
			continue
		}
		// "blamed Israel for the blasts and vowed that it would face
		// punishment": words that name no one, joined by "and" to the same
		// speaker's words just before, are aimed where those were.
		if n := len(built); n > 0 && cd.ev.Quad == 3 && len(cd.ev.Target) == 0 && len(cd.ev.Source) > 0 {
			if prev := built[n-1]; prev.ev.Quad == 3 && len(prev.ev.Target) > 0 && hasSame(prev.ev.Source, cd.ev.Source[0]) && wordBetween(st, "and", prev.j, cd.i) {
				cd.ev.Target = append([]truce.Actor{}, prev.ev.Target...)
				cd.ev.ID = eventID(d.a.ID, st.s.Index, cd.ev.Type, cd.ev.Source, cd.ev.Target, cd.i)
			}
		}
		// "agreed to restore ties after four days of talks in Beijing",
		// "praised the vote during a visit to Tbilisi": a meeting named as
		// the setting of another act is not news of its own.
		if setting, own := meetingSetting(st, cd.i); cd.ev.Type == truce.Consult && cd.e.pos == 'N' && setting && !ownAgent(st, cd) && otherType(built, truce.Consult) {
			if !own {
				cd.folded = true
				c.trace(st, cd, "the meeting another act was done at or after (\"after talks in\")")
				continue
			}
			// "agreed a truce after three days of talks in Doha": the
			// meeting was held by the parties to the act it led to.
			if host := settingHost(built, cd); host != nil {
				cd.ev.Source, cd.ev.Target = host.ev.Source, host.ev.Target
				cd.ev.ID = eventID(d.a.ID, st.s.Index, cd.ev.Type, cd.ev.Source, cd.ev.Target, cd.i)
			}
		}
		// "a grenade exploded …, police said, blaming dissidents": the
		// blame names the attack's author and is no event of its own.
		if prev := attributesAttack(st, built, cd); prev != nil && cd.e.cameo != "112" {
			if len(cd.ev.Target) == 0 && len(prev.ev.Source) > 0 && !hasSame(cd.ev.Source, prev.ev.Source[0]) {
				cd.ev.Target = prev.ev.Source[:1]
				cd.ev.ID = eventID(d.a.ID, st.s.Index, cd.ev.Type, cd.ev.Source, cd.ev.Target, cd.i)
			}
		} else if prev != nil {
			if len(prev.ev.Source) == 0 && len(cd.ev.Target) > 0 && !answers(cd.ev.Target, prev.ev.Target) &&
				prev.ev.Status != truce.StatusNegated && prev.ev.Status != truce.StatusHypothetical {
				prev.ev.Source = cd.ev.Target[:1]
			}
			cd.folded, cd.corefOf = true, prev
			c.trace(st, cd, "names who did the attack just told (\"police said, blaming rebels\")")
			continue
		}
		// "stormed a post, the army said, adding that five soldiers had
		// been killed": the killing reported after the attack is its toll.
		if prev := reportedToll(st, built, cd); prev != nil {
			cd.folded, cd.corefOf = true, prev
			c.trace(st, cd, "the toll of the attack just told, reported (\"adding that five were killed\")")
			continue
		}
		// ", in an attack later claimed by …", "the latest in a string of
		// attacks on police posts": the attack just told, named again.
		if prev := renamedAttack(st, built, cd); prev != nil {
			cd.folded, cd.corefOf = true, prev
			c.trace(st, cd, "names again an attack told earlier in the sentence (\", in an attack …\")")
			continue
		}
		// "met on the sidelines of the summit": the same kind of event
		// between the same actors at the same place, told twice.
		if prev := sameEvent(built, cd); prev != nil {
			cd.folded, cd.corefOf = true, prev
			c.trace(st, cd, "the same event as an earlier trigger of the sentence")
			continue
		}
		built = append(built, cd)
		d.cands = append(d.cands, cd)
	}
	c.tolls(st, cands)
	c.tollUpdate(d, st, cands)
	for n := len(st.mentions) - 1; n >= 0; n-- {
		if a := st.mentions[n].actor; isArmedGroup(a) {
			d.lastGroup = &a
			break
		}
	}
	for _, cd := range cands {
		if !cd.folded && cd.e.has(flagCease) {
			c.declareCeasefire(d, cd)
		}
	}
}

// keep returns kept and traces the candidates of all that it lacks.
func (c *Coder) keep(st *sent, all, kept []*candidate, why string) []*candidate {
	if c.Trace != nil {
		in := map[*candidate]bool{}
		for _, k := range kept {
			in[k] = true
		}
		for _, cd := range all {
			if !in[cd] {
				c.trace(st, cd, why)
			}
		}
	}
	return kept
}

// trace tells the Trace writer, if any, why a trigger coded no event.
func (c *Coder) trace(st *sent, cd *candidate, why string) {
	if c.Trace != nil {
		fmt.Fprintf(c.Trace, "truce: sentence %d: %q (triggers.tsv:%d) codes no event: %s\n",
			st.s.Index, strings.Join(st.low[cd.i:cd.j], " "), cd.e.line, why)
	}
}

// pickEntry chooses between a word's verb and noun readings by its tag and
// the tag before it.
func pickEntry(es []*entry, tag, prevTag string) *entry {
	want := byte('N')
	if strings.HasPrefix(tag, "VB") {
		want = 'V'
	}
	// "in fighting that …", "the killing of": a gerund after a
	// preposition, determiner or adjective is a noun.
	if tag == "VBG" && (prevTag == "IN" || prevTag == "DT" || strings.HasPrefix(prevTag, "JJ") || prevTag == "PRP$") {
		want = 'N'
	}
	for _, e := range es {
		if e.pos == want {
			return e
		}
	}
	// "there was no sign of an attack": a noun after a determiner is not
	// the verb spelt like it.
	if strings.HasPrefix(tag, "NN") && prevTag == "DT" && len(es) > 0 && len(es[0].words) == 1 {
		return nil
	}
	if strings.HasPrefix(tag, "JJ") {
		// "its armed wing": an adjective, not the verb; but a phrase of
		// several words is what it is however its first word was tagged
		// ("… and shot dead 23 of them").
		for _, e := range es {
			if len(e.words) > 1 {
				return e
			}
		}
		return nil
	}
	return es[0]
}

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
	if !explicit && e.pos == 'N' && e.has(flagViolent) && definite(st, cd.i) {
		return "a definite reference with no actors (\"the clashes\"): an event told before"
	}
	// "The meeting came hours after …", "called the deal a step forward":
	// a definite meeting or deal with no party of its own names one told
	// before.
	if e.pos == 'N' && !e.has(flagViolent) && !e.has(flagCease) && definite(st, cd.i) && talkOrDeal(c.lex.cameo[e.cameo].plover, e) &&
		st.owner(cd.i, nil) == nil && st.agentAfter(cd.j) == nil && st.betweenUntil(cd.j, cd.next) == nil && st.object(cd.j, withPrep) == nil && !partiesNear(st, cd) && !ownAgent(st, cd) && !fateAfter(st, cd.j) {
		return "a definite meeting or deal with no party of its own (\"the talks\"): told before"
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
	if e.pos == 'V' && assault && len(cd.src) == 0 && !st.isPassive(cd.i) && !e.has(flagPassive) && !tolled {
		return "a violent verb with no actor as its subject (\"the quake struck\")"
	}
	if dom := c.domainOf(st); assault && (dom == "exercise" || dom == "fiction" || dom != "" && !politicalActor(cd.src)) {
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
		tgt = removeActors(tgt, src)
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
	// Insurgents with no named target fight the state they rise against
	// ("the TTP has intensified cross-border attacks").
	if e.has(flagViolent) && len(tgt) == 0 && len(src) == 1 && !isState(src[0]) && src[0].Country != "" && src[0].Sector == "REB" &&
		(loc == nil || loc.Country == "" || loc.Country == src[0].Country || !st.placeAttacked(cd)) {
		if a, ok := c.actors.Lookup(src[0].Country, d.date); ok {
			tgt = []truce.Actor{a}
		}
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
	if len(src) == 0 && len(tgt) == 0 && tolled && loc != nil && loc.Country != "" {
		if a, ok := c.actors.Lookup(loc.Country+"CVL", d.date); ok {
			tgt = []truce.Actor{a}
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
		if a, ok := c.actors.Lookup(src[0].Country, d.date); ok {
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
	if ev.Status == "" || ev.Status == truce.StatusPlanned && ev.Type == truce.Threaten {
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
	if e == obligationEntry {
		ev.Rule = "demand.go: an obligation a speaker lays on another: " + strings.Join(st.low[cd.i:cd.j], " ")
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

// talkOrDeal reports whether a trigger names a meeting or an agreement.
func talkOrDeal(plover string, e *entry) bool {
	if e.plover != "" {
		plover = e.plover
	}
	return plover == truce.Consult || plover == truce.Agree
}

// partiesNear reports whether a meeting or deal noun at cd names its own
// parties or is what they turn to: "the first talks between the two
// ministers", "returned to the deal", "put their names to the accord".
func partiesNear(st *sent, cd *candidate) bool {
	for k := cd.i - 1; k >= 0 && k >= cd.i-6; k-- {
		if st.low[k] == "to" {
			return true
		}
		if st.low[k] != "the" && !isModifier(st.toks[k]) && st.mentionAt(k) == nil {
			break
		}
	}
	for k := cd.j; k < len(st.low) && k < cd.j+3; k++ {
		if st.low[k] == "between" || st.low[k] == "with" {
			return true
		}
	}
	return false
}

// verbObject reports whether the noun trigger cd is the object of the verb
// trigger prev right before it, past an article, modifiers or a
// possessor: "lifted the ban", "shot down a Malian drone".
func verbObject(st *sent, prev, cd *candidate) bool {
	noun := cd.e.pos == 'N' || strings.HasPrefix(st.toks[cd.i].tag, "NN")
	if !noun || prev.e.pos != 'V' || prev.folded || isAgreementNoun(cd.e) || cd.e.has(flagViolent) || cd.i-prev.j > 4 || st.clause[prev.i] != st.clause[cd.i] {
		return false
	}
	// "sent reinforcements" is one deployment told by both words, and the
	// noun may hold its roles; "rejected the allegation" answers an
	// accusation that is an event of its own.
	if len(prev.e.cameo) < 2 || strings.HasPrefix(cd.e.cameo, prev.e.cameo[:2]) || strings.HasPrefix(cd.e.cameo, "11") {
		return false
	}
	for k := prev.j; k < cd.i; k++ {
		switch st.low[k] {
		case "the", "a", "an", "its", "their", "his", "her", "this", "that", "'s":
			continue
		}
		if isModifier(st.toks[k]) && st.low[k] != "," || st.mentionAt(k) != nil {
			continue
		}
		return false
	}
	return true
}

// meetingSetting reports whether the noun at i is governed by a
// preposition of time or setting, past an article, modifiers and a span
// ("four days of"): "after talks", "at an emergency meeting", "during a
// visit", "on the sidelines of a summit", "ahead of a summit". A meeting
// told with its length ("after four days of talks") or as the place a
// deal was struck ("agreed a truce at talks in Doha") is news of its own
// and is no mere setting.
func meetingSetting(st *sent, i int) (setting, own bool) {
	measured := false
	for k := i - 1; k >= 0 && k >= i-7; k-- {
		switch st.low[k] {
		case "at":
			if i+1 < len(st.low) && st.low[i+1] == "in" {
				return true, true
			}
			return true, measured
		case "after", "following", "during", "before", "amid":
			return true, measured
		case "of":
			if k >= 1 && (st.low[k-1] == "ahead" || st.low[k-1] == "sidelines" || st.low[k-1] == "margins") {
				return true, false
			}
			if k >= 1 && (durationWords[st.low[k-1]] || st.low[k-1] == "hour") {
				measured = true
				continue
			}
			if k >= 1 && st.low[k-1] == "round" {
				continue
			}
			return false, false
		case "the", "a", "an", "his", "her", "its", "their", "first", "latest":
			continue
		}
		if !isModifier(st.toks[k]) || st.mentionAt(k) != nil {
			return false, false
		}
	}
	return false, false
}

// fateAfter reports whether the noun ending at j is the subject of a verb
// telling how a meeting or deal went: "the talks had collapsed", "the deal
// broke down" is news of its own.
func fateAfter(st *sent, j int) bool {
	for k := j; k < len(st.low) && k < j+3; k++ {
		switch st.low[k] {
		case "had", "has", "have", "was", "were", "is", "are":
			continue
		case "collapsed", "ended", "broke", "stalled", "failed", "resumed", "began", "opened", "concluded", "foundered", "faltered", "reached":
			return true
		}
		return false
	}
	return false
}

// ownAgent reports whether a "by" agent follows the noun trigger in its
// clause: "a visit to Minsk by Trump's envoy" is news of its own.
func ownAgent(st *sent, cd *candidate) bool {
	for k := cd.j; k < len(st.low) && k < cd.j+6 && st.clause[k] == st.clause[cd.i]; k++ {
		if st.low[k] == "by" {
			return true
		}
	}
	return false
}

// settingHost returns the last event told before the meeting noun cd
// whose parties the meeting can take: "Kigali and Kinshasa signed a
// pact after two days of talks" gives the talks both signatories.
func settingHost(built []*candidate, cd *candidate) *candidate {
	for k := len(built) - 1; k >= 0; k-- {
		b := built[k]
		if b.i < cd.i && b.ev.Type != truce.Consult && len(b.ev.Source) > 0 && len(b.ev.Target) > 0 {
			return b
		}
	}
	return nil
}

// otherType reports whether some built event is of another type than typ.
func otherType(built []*candidate, typ string) bool {
	for _, b := range built {
		if b.ev.Type != typ {
			return true
		}
	}
	return false
}

// inDate reports whether token i lies inside one of the sentence's date
// expressions: "in March", "March 24".
func inDate(st *sent, i int) bool {
	for _, x := range st.dates {
		if a, b := st.tokenAtByte(x.Start), st.tokenAtByte(x.End-1); a >= 0 && a <= i && i <= b {
			return true
		}
	}
	return false
}

// doneIn reports whether the attack noun at n is introduced as what the
// toll verb ending at j was done in: "killed 46 civilians in a raid",
// "wounded three during an assault".
func doneIn(st *sent, j, n int) bool {
	if n-j > 16 {
		return false
	}
	for k := n - 1; k >= j && k >= n-4; k-- {
		if st.low[k] == "in" || st.low[k] == "during" {
			return st.clause[k] == st.clause[n]
		}
	}
	return false
}

// territoryLoser names who lost ground: insurgents take towns from the
// state's forces ("captured Paletwa township" is taken from Myanmar's
// military) and gangs from its police; the state retakes them from the armed
// group the article names nearest ("al-Shabaab fighters abandoned the town
// and government forces moved in").
func (c *Coder) territoryLoser(d *doc, st *sent, src, tgt []truce.Actor, loc *truce.Location) []truce.Actor {
	if len(src) == 0 {
		return tgt
	}
	cc := countryOfEvent(loc, nil)
	// "Russian forces captured the village of Pishchane": ground taken in
	// another country is taken from its military.
	if nonStateArmed(src[0]) || !isState(src[0]) || cc != "" && cc != src[0].Country {
		if cc == "" || !looseTarget(tgt, cc) {
			return tgt
		}
		sector := "MIL"
		if src[0].Sector == "CRM" {
			sector = "COP"
		}
		if a, ok := c.actors.Lookup(cc+sector, d.date); ok {
			return []truce.Actor{a}
		}
		return tgt
	}
	if !looseTarget(tgt, src[0].Country) {
		return tgt
	}
	if g := d.groupNear(st, src[0].Country); g != nil {
		return []truce.Actor{*g}
	}
	if len(tgt) == 0 && d.lastGroup != nil && d.lastGroup.Country == src[0].Country {
		return []truce.Actor{*d.lastGroup}
	}
	return tgt
}

// nonStateArmed reports whether an actor is a country's rebels, gangs or
// militias rather than its state.
func nonStateArmed(a truce.Actor) bool {
	switch a.Sector {
	case "REB", "CRM", "MLT":
		return true
	}
	return false
}

// looseTarget reports whether the target found for ground taken in country
// cc names no one who could have held it: none, or the country itself, its
// government or its people ("took control of the town of 90,000 people").
func looseTarget(tgt []truce.Actor, cc string) bool {
	if len(tgt) == 0 {
		return true
	}
	if len(tgt) > 1 || tgt[0].Country != cc {
		return false
	}
	switch tgt[0].Sector {
	case "", "GOV", "CVL":
		return true
	}
	return false
}

// groupNear returns the armed group of country cc that a sentence names, or
// failing that the next sentences: "federal troops had taken Mekelle … The
// leader of the TPLF said his forces were still fighting".
func (d *doc) groupNear(st *sent, cc string) *truce.Actor {
	for n := st.s.Index; n >= 0 && n < len(d.sents) && n <= st.s.Index+2; n++ {
		for _, m := range d.sents[n].mentions {
			if a := m.actor; !m.place && isArmedGroup(a) && a.Country == cc {
				return &a
			}
		}
	}
	return nil
}

// blackout reports whether a censoring trigger cuts a country's internet or
// phones rather than one outlet ("shut down the internet", "a
// communications blackout").
func blackout(st *sent, cd *candidate) bool {
	for _, w := range st.low[cd.i:cd.j] {
		switch w {
		case "internet", "communications", "telephone", "phone":
			return true
		}
	}
	return false
}

// raidWords name an operation rather than a kind of violence.
var raidWords = map[string]bool{"raid": true, "raids": true, "operation": true, "operations": true, "sweep": true, "crackdown": true}

// atHome reports whether an event with no place named happens in its
// source's country: what a government, its police or courts do, other
// than attacks, aid and deployments, which happen where they land.
func atHome(typ string, src []truce.Actor) bool {
	switch typ {
	case truce.Assault, truce.Aid, truce.Mobilize:
		return false
	}
	if len(src) == 0 || !isState(src[0]) {
		return false
	}
	switch src[0].Sector {
	case "", "GOV", "COP", "JUD":
		return true
	}
	return false
}

// backgroundClause reports whether token i is in a clause opened by
// "after", "following", "amid", "since" or "as".
func backgroundClause(st *sent, i int) bool {
	for k := i; k >= 0 && st.clause[k] == st.clause[i]; k-- {
		switch st.low[k] {
		case "after", "following", "amid", "since", "as":
			return clauseBreaks[st.low[k]] && k > 0
		}
	}
	return false
}

// sameEvent returns an earlier candidate of the sentence that codes the
// same event as cd: same type, actors and place.
func sameEvent(built []*candidate, cd *candidate) *candidate {
	for _, b := range built {
		x, y := &b.ev, &cd.ev
		// ("imposed a curfew and cut internet access": two measures.)
		if x.Type == truce.Coerce && x.Mode != y.Mode && (measureModes[x.Mode] || measureModes[y.Mode]) {
			continue
		}
		if x.Type == y.Type && ids(x.Source) == ids(y.Source) && ids(x.Target) == ids(y.Target) &&
			x.Location != nil && y.Location != nil && x.Location.Name == y.Location.Name && x.Status == y.Status {
			return b
		}
	}
	return nil
}

// armsGivenUp reports whether a weapon noun lists the arms a disarmament
// just before hands over, in the same clause and a few words on.
func armsGivenUp(st *sent, prev, cd *candidate) bool {
	if prev.e.mode != "disarm" || cd.i-prev.j > 8 {
		return false
	}
	for k := prev.j; k < cd.i; k++ {
		if verbAt(st, k) || st.mentionAt(k) != nil {
			return false
		}
	}
	return true
}

// measureModes are measures laid on a whole population: two of them in one
// sentence are two events.
var measureModes = map[string]bool{"curfew": true, "censor": true, "martial-law": true}

// ids joins actors' ids, for comparing sides.
func ids(as []truce.Actor) string {
	var b strings.Builder
	for _, a := range as {
		b.WriteString(a.ID)
		b.WriteByte(',')
	}
	return b.String()
}

// whenBetween reports whether a "when" opens the clause between a toll
// verb ending at j and the attack at n, not far from either.
func whenBetween(st *sent, j, n int) bool {
	if n-j > 12 {
		return false
	}
	for k := j; k < n; k++ {
		if st.low[k] == "when" || st.low[k] == "after" && k+1 < n && st.low[k+1] != "days" {
			return k-j <= 8
		}
	}
	return false
}

// forBefore reports whether "for" governs the noun at i, past an article
// and up to two modifiers: "for talks", "for a week-long visit".
func forBefore(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch {
		case st.low[k] == "for":
			return true
		case st.low[k] == "a" || st.low[k] == "an" || st.low[k] == "two" || st.low[k] == "three" || isModifier(st.toks[k]):
			continue
		}
		return false
	}
	return false
}

// victimsFit reports whether victims can be those of the earlier attack
// prev: unnamed, or of a country it involves.
func victimsFit(prev *candidate, victims []*mention) bool {
	for _, m := range victims {
		cc := m.actor.Country
		if cc == "" {
			continue
		}
		in := hasCountry(prev.ev.Source, cc) || hasCountry(prev.ev.Target, cc) || prev.ev.Location != nil && prev.ev.Location.Country == cc
		if !in {
			return false
		}
	}
	return true
}

// placeBefore returns, for a physical act told with no place ("Police
// fired tear gas to disperse them", "a curfew was imposed on the city"),
// the town where the sentence before put its latest event, when the
// actors belong to that town's country or to none; else nil.
func (d *doc) placeBefore(st *sent, typ string, first, second []truce.Actor) *truce.Location {
	switch typ {
	case truce.Assault, truce.Protest, truce.Coerce, truce.Mobilize:
	default:
		return nil
	}
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		if p.st == st || p.folded || p.ev.Location == nil {
			continue
		}
		if p.st.s.Index != st.s.Index-1 {
			return nil
		}
		l := p.ev.Location
		switch l.Precision {
		case "city", "point":
		default:
			return nil
		}
		for _, a := range slices.Concat(first, second) {
			if a.Country != "" && a.Country != l.Country {
				return nil
			}
		}
		cp := *l
		return &cp
	}
	return nil
}

// anyCountry reports whether some mention belongs to a country.
func anyCountry(ms []*mention) bool {
	for _, m := range ms {
		if m.actor.Country != "" {
			return true
		}
	}
	return false
}

// crowdWords name an unorganised crowd.
var crowdWords = map[string]bool{"crowd": true, "crowds": true, "rioters": true, "youths": true, "looters": true, "demonstrators": true}

// crowdSource reports whether a source mention is a crowd: "crowds looted
// shops".
func crowdSource(ms []*mention) bool {
	for _, m := range ms {
		if crowdWords[strings.ToLower(lastWord(m.actor.Text))] {
			return true
		}
	}
	return false
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	if k := strings.LastIndexByte(s, ' '); k >= 0 {
		return s[k+1:]
	}
	return s
}

// peopleTarget reports whether the target is people rather than property
// or the state: civilians, refugees, a faith, the press.
func peopleTarget(tgt []truce.Actor) bool {
	for _, a := range tgt {
		switch a.Sector {
		case "CVL", "REF", "REL", "MED", "HLH", "AID", "EDU", "LAB", "OPP", "PRO":
			return true
		}
	}
	return false
}

// newsDates returns the sentence's date expressions less those that only
// set a comparison: in "arrived in New Delhi, the most senior trip since
// the group returned to power in 2021" the arrival is not dated 2021.
func newsDates(st *sent) []when.Expr {
	out := make([]when.Expr, 0, len(st.dates))
	for _, x := range st.dates {
		k := st.tokenAtByte(x.Start)
		if k >= 0 && (comparisonSince(st, k) || sinceBefore(st, k)) {
			continue
		}
		out = append(out, x)
	}
	return out
}

// sinceBefore reports whether a "since" clause holds the token at k:
// "since the group returned to power in 2021".
func sinceBefore(st *sent, k int) bool {
	for n := k - 1; n >= 0 && n >= k-8 && st.clause[n] == st.clause[k]; n-- {
		if st.low[n] == "since" {
			return true
		}
	}
	return false
}

// mannerOf reports whether cd, a violent verb in a when- or as-clause
// whose subject is a pronoun, tells how the killing or attack prev was
// done: "security forces killed 60 people when they fired on worshippers".
func mannerOf(st *sent, prev, cd *candidate) bool {
	if prev.folded || !prev.e.has(flagViolent) || !cd.e.has(flagViolent) || cd.e.pos != 'V' || prev.e.pos != 'V' {
		return false
	}
	if cd.i-prev.j > 12 || cd.i < 2 {
		return false
	}
	w := st.low[cd.i-2]
	if w != "when" && w != "as" {
		return false
	}
	switch st.low[cd.i-1] {
	case "they", "he", "she", "it":
		return true
	}
	return false
}

// conditionalThreat reports whether a trigger is a future act under a
// condition: "will expel … unless", "would strike … if".
func conditionalThreat(st *sent, cd *candidate) bool {
	future := false
	for k := cd.i - 1; k >= 0 && k >= cd.i-3; k-- {
		if st.low[k] == "will" || st.low[k] == "would" || st.low[k] == "'ll" {
			future = true
		}
	}
	if !future {
		return false
	}
	for k := cd.j; k < len(st.low); k++ {
		if st.low[k] == "unless" || st.low[k] == "if" {
			return true
		}
	}
	return false
}

// compoundHeads are nouns a trigger noun may qualify without naming an
// event: "aid agency", "aid workers", "protest leaders".
var compoundHeads = map[string]bool{
	"agency": true, "agencies": true, "worker": true, "workers": true, "organisation": true,
	"organisations": true, "organization": true, "organizations": true, "groups": true,
	"official": true, "officials": true, "chief": true, "leader": true, "leaders": true,
	"movement": true, "activist": true, "activists": true, "envoy": true, "budget": true,
	"camp": true, "camps": true, "site": true, "sites": true,
}

// rumoured reports whether the trigger at i tells what a rumour says:
// "police dismissed rumours that an opposition legislator had been
// arrested".
func rumoured(st *sent, i int) bool {
	for k := i - 1; k > 0 && k >= i-12; k-- {
		if st.low[k] == "that" {
			// "rumours spreading on WhatsApp that …"
			for n := k - 1; n >= 0 && n >= k-5; n-- {
				switch st.low[n] {
				case "rumours", "rumors", "rumour", "rumor", "speculation", "hoax", "misinformation", "disinformation":
					return true
				}
			}
		}
	}
	return false
}

// speakerTypes are categories told by a speaker: disapproval, blame,
// refusal, threat.
var speakerTypes = map[string]bool{truce.Accuse: true, truce.Reject: true, truce.Threaten: true}
