package code

// The actors of build: the place of the event, the sides its sentence
// names, and the sides a violent act or words of blame leave unnamed.

import (
	"strings"
	"time"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/geo"
)

// placeOf decides where the event happens: the place its sentence names,
// the capital a visit goes to ("visited Washington"), or the place of
// the main clause a participle shares ("ambushed a convoy near Kayes,
// abducting drivers").
func (b *building) placeOf() {
	c, cd, st, e := b.c, b.cd, b.st, b.e
	loc := c.place44Region(b.d, cd, c.place40Anaphor(b.d, cd, place40UnknownBeforeLater(cd, c.locate(cd))))
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
	b.loc = loc
}

// namedSides resolves the actors the sentence names into the event's
// sources and targets: generic ones take a country from the context, no
// one is their own target, and who protests is a protester ("Thousands
// rallied in Belgrade").
func (b *building) namedSides() {
	c, d, cd, st, e, loc := b.c, b.d, b.cd, b.st, b.e, b.loc
	// "in response to Turkey's dispatch of troops": a country owning an
	// act noun is its doer, even where the preposition before it made
	// it read as a place.
	if p := st.possessorAt(cd.i - 1); e.pos == 'N' && p != nil && p.place && !mentioned(cd.src, p) {
		cd.src = []*mention{p}
	}
	// "Niamey, which accuses Cotonou of …": the relative's antecedent.
	if len(cd.src) == 0 && e.pos == 'V' {
		if m := presentRelativeDoer(st, cd.i); m != nil && !mentioned(cd.tgt, m) {
			cd.src = []*mention{m}
		}
	}
	// "under an accord signed … by X and Y": the deal's own two parties.
	if e.pos == 'N' && len(cd.tgt) == 0 && isAgreementNoun(e) {
		if a, t := prec69DealPartyPair(st, cd.j); a != nil {
			cd.src, cd.tgt = []*mention{a}, []*mention{t}
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
	if !(c.lex.cameo[e.cameo].plover == truce.Assault && allSector(tgt, "CVL") && allSector(src, "CVL")) && !t38SameKind(cd) && !st.t40OwnOfficer(c, cd) && !x84BetweenTwoPhrases(st, cd) {
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
	// "Police broke up a rally in Banja Luka … Hundreds later marched
	// through the city centre": a bare crowd count with no place of its
	// own is the story's people.
	if c.lex.cameo[e.cameo].plover == truce.Protest && len(src) == 0 && (loc == nil || loc.Country == "") && d.focus != "" && bareCrowdSubject(st, cd.i) {
		if a, ok := c.actors.Lookup(d.focus+"PRO", d.date); ok {
			a.Text = ""
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
		tgt = c.capitalStruck(d, st, cd, tgt)
		tgt = c.rolesT48HeldStruck(d, st, cd, tgt, loc)
		tgt = x68DropBackers(st, cd, tgt)
	}
	b.src, b.tgt = src, tgt
}

// capitalStruck reads a capital that a violent act hits as the city, its
// people, not the government it stands for elsewhere: "drones hit
// Moscow", "rockets rained down on Kabul". A capital named as owner
// ("struck Kyiv's government quarter") keeps its reading.
func (c *Coder) capitalStruck(d *doc, st *sent, cd *candidate, tgt []truce.Actor) []truce.Actor {
	for _, m := range cd.tgt {
		if m.kind != "capital" || m.actor.Sector != "GOV" || st.isPossessive(m.j) {
			continue
		}
		city, ok := c.actors.Lookup(m.actor.Country+"CVL", d.date)
		if !ok {
			continue
		}
		for n := range tgt {
			if tgt[n].ID == m.actor.ID {
				city.Text = tgt[n].Text
				tgt[n] = city
			}
		}
	}
	return tgt
}

// unnamedSides fills the sides a violent act leaves unnamed: insurgents
// fight the state they rise against ("the TTP has intensified
// cross-border attacks"), an attack word takes the attacker named
// before, and a town attacked or a toll counted is its people ("pounded
// the besieged city of El Fasher").
func (b *building) unnamedSides() {
	c, d, cd, st, e, loc := b.c, b.d, b.cd, b.st, b.e, b.loc
	src, tgt := b.src, b.tgt
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
		if v := b.tollVictims(src); len(v) > 0 {
			tgt = v
		} else if a, ok := c.actors.Lookup(id, d.date); ok {
			tgt = []truce.Actor{a}
		}
	}
	if len(src) == 0 && b.also != nil {
		src = b.also
	}
	// A bare toll verb ("were killed at a gathering") more often retells
	// the tolls of an attack told before; only an attack word takes its
	// attacker from the article.
	if len(src) == 0 && e.has(flagViolent) && !e.has(flagSym) && !e.has(flagKill) {
		var s, t []truce.Actor
		if s, t, b.prior = c.sameAttacker(d, cd, loc, tgt); len(s) > 0 {
			src = s
			if len(tgt) == 0 {
				tgt = t
			}
		}
	}
	// "pounded the besieged city of El Fasher", "Stepanakert came under
	// shelling": a town attacked as such is its people.
	if len(tgt) == 0 && e.has(flagViolent) && !e.has(flagSym) && !e.has(flagTerritory) && loc != nil && loc.Country != "" && (st.placeAttacked(cd) || cd.struck != nil && st.placeAttacked(cd.struck)) {
		if a, ok := c.actors.Lookup(loc.Country+"CVL", d.date); ok && !hasCountry(src, loc.Country) || ok && len(src) == 0 {
			tgt = []truce.Actor{a}
		}
	}
	// "the toll from Saturday's Russian missile strike on the building
	// rose to 40" in Dnipro: the dead a toll counts, where a state's
	// forces struck another country's ground and named no one, are that
	// country's people. (A toll told otherwise may count the attackers:
	// "repulsed an attack on its positions and killed 15 of them".)
	if len(tgt) == 0 && len(cd.tgt) == 0 && len(src) == 1 && e.has(flagViolent) && !e.has(flagSym) && !e.has(flagTerritory) && isState(src[0]) && armedSector.has(src[0].Sector) &&
		loc != nil && loc.Country != "" && loc.Country != src[0].Country && tollFrom(st, cd.i) {
		if a, ok := c.actors.Lookup(loc.Country+"CVL", d.date); ok {
			tgt = []truce.Actor{a}
		}
	}
	if cc := b.victimsCountry(); len(src) == 0 && len(tgt) == 0 && (b.tolled || b.fresh) && cc != "" {
		// "the toll from the storming of a protest camp": the dead of
		// a protest were protesters.
		sector := "CVL"
		if b.fresh && protestScene(st) {
			sector = "PRO"
		}
		if a, ok := c.actors.Lookup(cc+sector, d.date); ok {
			tgt = []truce.Actor{a}
		}
		// "a soldier lost a leg when a landmine exploded": the people
		// the toll names.
		if a, ok := maimedPerson(st); ok && e.mode == "explosives" {
			if a.ID == "" {
				a, ok = c.actors.Lookup(cc+a.Sector, d.date)
			}
			if ok {
				tgt = []truce.Actor{a}
			}
		}
	}
	b.src, b.tgt = src, tgt
}

// trailingBlame gives words of blame with no doer in their own clause the
// speaker who tells them after: "The raid was a gross breach of our
// sovereignty, the ministry said".
func (b *building) trailingBlame() {
	c, d, cd, st, e := b.c, b.d, b.cd, b.st, b.e
	if len(b.src) == 0 && speakerTypes.has(c.lex.cameo[e.cameo].plover) && e.plover == "" && !e.has(flagPassive) {
		b.src = c.trailingSpeaker(d, st, cd, b.loc)
		// "Baghdad said the incursion was a violation of Iraqi
		// sovereignty": blame whose subject is an act told before is
		// the words of the speaker before "said", aimed at its doer.
		if len(b.src) == 0 {
			if k := governingReport(st, cd.i); k >= 0 {
				if m := reportSpeaker(st, k); m != nil && m.actor.ID != "" {
					if noun := actNounBetween(st, k+1, cd.i); noun != "" {
						b.src = []truce.Actor{m.actor}
						if len(b.tgt) == 0 || hasCountry(b.tgt, m.actor.Country) {
							if x, ok := d.lastDoerOf(cd, b.src, noun); ok {
								b.tgt = []truce.Actor{x}
							}
						}
					}
				}
			}
		}
		// ("a violation of China's sovereignty, Beijing said": the
		// speaker is the wronged, and blames the doer of the act told
		// before, else the article's other side.)
		if src := b.src; len(src) == 1 && len(b.tgt) == 1 && src[0].Country != "" && b.tgt[0].Country == src[0].Country {
			b.tgt = nil
			if x, ok := d.lastDoer(cd, src); ok {
				b.tgt = []truce.Actor{x}
			} else if x, ok := otherSide(d.dyad, src); ok {
				b.tgt = []truce.Actor{x}
			}
		}
	}
}

// reciprocalPair gives words both sides say of each other the pair the
// sentence or the article is about, one on each side: "each side accused
// the other", "both blamed each other".
func (b *building) reciprocalPair() {
	c, d, cd, st := b.c, b.d, b.cd, b.st
	// "Qatar said it had secured a pause, but both sides reported fresh
	// rocket fire": the sides are not the actors of the sentence (the
	// mediator is), but those of the story.
	mutual := b.assault && len(b.src)+len(b.tgt) == 0 && mutualReport(st, cd)
	if !mutual && !reciprocal(st, cd) {
		return
	}
	if p := st.pairBefore(cd.i); len(p) == 2 && !mutual {
		b.src, b.tgt = p[:1], p[1:]
	} else if len(d.dyad) == 2 && len(b.src)+len(b.tgt) < 2 {
		b.src, b.tgt = d.dyad[:1:1], d.dyad[1:2:2]
	} else if len(b.src)+len(b.tgt) < 2 {
		// "Thai and Cambodian troops clashed … Each side accused
		// the other": the two sides of the nearest sentence before
		// that names two, within three ("Hamas freed 24 hostages and
		// Israel released 39 … Red Cross vehicles carried them … each
		// side accused the other").
		for n := st.s.Index - 1; n >= 0 && n >= st.s.Index-3 && n < len(d.sents); n-- {
			p := d.sents[n].pairBefore(len(d.sents[n].low))
			if len(p) != 2 {
				continue
			}
			x, okX := c.sideActor(p[0], d.date)
			y, okY := c.sideActor(p[1], d.date)
			if okX && okY {
				b.src, b.tgt = []truce.Actor{x}, []truce.Actor{y}
			}
			break
		}
	}
}

// sideActor gives the actor that stands for one side of a pair named
// before: a state's forces or officials stand for the state ("Thai
// troops" is Thailand), an armed group or movement for itself ("Hamas").
func (c *Coder) sideActor(a truce.Actor, date time.Time) (truce.Actor, bool) {
	if a.ID != "" && !strings.HasPrefix(a.ID, a.Country) {
		return a, true
	}
	return c.actors.Lookup(a.Country, date)
}

// copulas open a judgment told of its subject: "the attack is
// unacceptable".
var copulas = filtered(wordSet("is", "are", "was", "were"))

// judgedDeed gives words that judge a deed named as their subject ("The
// raid on the convoy is unacceptable," the minister said; "such attacks
// are barbaric, Paris said") the speaker as their source and the deed's
// doer as their target: the one who did the latest such act told before,
// other than the speaker and whoever the deed was done to. With no act
// noun in the subject the judgment is of a thing, not a deed ("the new law
// is unacceptable to voters"), and the roles stand.
func (b *building) judgedDeed() {
	c, d, cd, st, e := b.c, b.d, b.cd, b.st, b.e
	if !copulas.has(st.low[cd.i]) || c.lex.cameo[e.cameo].plover != truce.Accuse {
		return
	}
	noun, at := "", -1
	for k := cd.i - 1; k >= 0 && k >= cd.i-8; k-- {
		if actNouns[st.low[k]] {
			noun, at = st.low[k], k
			break
		}
	}
	if noun == "" {
		return
	}
	spk := c.trailingSpeaker(d, st, cd, b.loc)
	if len(spk) == 0 {
		return
	}
	b.src, b.tgt = spk, nil
	// "the attack on KFOR": the deed judged is the latest one done to
	// those named, and the peacekeepers were hit, not the hitters.
	var hit []truce.Actor
	for _, m := range st.mentions {
		if m.i > at && m.i < cd.i && !m.place {
			hit = append(hit, m.actor)
		}
	}
	if a, ok := d.doerTo(cd, hit); ok {
		b.tgt = []truce.Actor{a}
		return
	}
	if a, ok := d.lastDoerOf(cd, append(hit, spk...), noun); ok {
		b.tgt = []truce.Actor{a}
	}
}

// doerTo returns the source of the latest event told before cd whose
// target holds one of hit, or false when hit is empty or there is none.
func (d *doc) doerTo(cd *candidate, hit []truce.Actor) (truce.Actor, bool) {
	for k := len(d.cands) - 1; k >= 0 && len(hit) > 0; k-- {
		p := d.cands[k]
		if p == cd || p.folded || p.st.s.Index > cd.st.s.Index || p.st.s.Index == cd.st.s.Index && p.i >= cd.i {
			continue
		}
		if len(p.ev.Source) > 0 && (answers(p.ev.Target, hit) || hitNamedAfter(p, hit)) && !answers(p.ev.Source, hit) {
			return p.ev.Source[0], true
		}
	}
	return truce.Actor{}, false
}

// hitNamedAfter reports whether the words just after an event's trigger
// name one of hit by its text: "threw stones at NATO-led KFOR
// peacekeepers" is an attack on KFOR whichever actor the words were read
// as.
func hitNamedAfter(p *candidate, hit []truce.Actor) bool {
	for _, a := range hit {
		w := strings.ToLower(a.Text)
		if w == "" || strings.Contains(w, " ") {
			continue
		}
		for k := p.j; k < len(p.st.low) && k < p.j+10; k++ {
			if p.st.low[k] == w || strings.HasSuffix(p.st.low[k], "-"+w) {
				return true
			}
		}
	}
	return false
}

// tollVictims returns the people a toll of the sentence counts, when the
// count names them and they are not the doers: in "Three soldiers died
// after stepping on a mine planted by rebels" the rebels struck the
// soldiers, not the state they rise against, and in "ordered the
// passengers off and shot dead 23 of them" the passengers. The dead of a
// two-sided fight ("fighting between X and Y killed 80 people") are no
// side of it.
func (b *building) tollVictims(src []truce.Actor) []truce.Actor {
	st := b.st
	if b.e.has(flagSym) {
		return nil
	}
	for _, r := range readTolls(st) {
		if r.field != "fatalities" && r.field != "injuries" {
			continue
		}
		for k := r.end; k < len(st.low) && k <= r.end+2; k++ {
			m := st.mentionAt(k)
			if m == nil && k+1 < len(st.low) && st.low[k] == "of" && (st.low[k+1] == "them" || st.low[k+1] == "those") {
				m = groupBefore(st, r.i)
			}
			if m == nil {
				continue
			}
			if m.place || m.kind == "person" {
				break
			}
			if v := removeActors(b.c.resolveGeneric(b.d, st, []*mention{m}, b.loc, src), src); len(v) > 0 && v[0].Country != "" {
				return v
			}
			break
		}
	}
	return nil
}

// groupBefore returns the nearest group of people named before token i, a
// sector noun such as "passengers" or "villagers" that "of them" picks
// from, or nil.
func groupBefore(st *sent, i int) *mention {
	for k := i - 1; k >= 0; k-- {
		if m := st.mentionAt(k); m != nil && !m.place {
			if m.kind == "sector" {
				return m
			}
			return nil
		}
	}
	return nil
}

// definiteParties gives an act whose subject is "the parties", "the
// warring sides" or "the delegations", opening the sentence with no one
// named, the article's two sides: "The parties are to resume talks in
// Cairo next month".
// With no two states as the article's sides, the parties are those of
// the latest deal, talks or fighting told before.
func (b *building) definiteParties() {
	if len(b.src) > 0 || len(b.tgt) > 0 || !partiesSubject(b.st, b.cd.i) {
		return
	}
	if len(b.d.dyad) == 2 {
		b.src, b.tgt = b.d.dyad[:1:1], b.d.dyad[1:2:2]
		return
	}
	cd := b.cd
	for k := len(b.d.cands) - 1; k >= 0; k-- {
		p := b.d.cands[k]
		if p == cd || p.st.s.Index >= cd.st.s.Index || len(p.ev.Source) == 0 || len(p.ev.Target) == 0 {
			continue
		}
		switch p.ev.Type {
		case truce.Agree, truce.Consult, truce.Assault:
			b.src, b.tgt = p.ev.Source[:1], p.ev.Target[:1]
			return
		}
	}
}

// partiesSubject reports whether the sentence opens with "the" and a
// sides noun ("the parties", "the two warring sides") that is the subject
// of the trigger at i, with no name before it.
func partiesSubject(st *sent, i int) bool {
	if i < 2 || st.low[0] != "the" {
		return false
	}
	for k := 1; k < i && k < 4; k++ {
		if sidesNouns.has(st.low[k]) {
			for n := k + 1; n < i; n++ {
				if st.mentionAt(n) != nil || st.low[n] == "," {
					return false
				}
			}
			return true
		}
		if st.mentionAt(k) != nil || !isModifier(st.toks[k]) && st.low[k] != "two" {
			return false
		}
	}
	return false
}

// mentioned reports whether m is one of ms.
func mentioned(ms []*mention, m *mention) bool {
	for _, x := range ms {
		if x == m {
			return true
		}
	}
	return false
}
