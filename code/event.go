package code

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/when"
)

// prescriptive words mark opinion and advice, which code no event.
var prescriptive = map[string]bool{
	"must": true, "should": true, "requires": true, "require": true, "ought": true,
}

// codeSentence finds the triggers of one sentence and builds their events.
func (c *Coder) codeSentence(d *doc, st *sent) {
	for _, l := range st.low {
		if prescriptive[l] {
			return
		}
	}
	var cands []*candidate
	for i := 0; i < len(st.toks); i++ {
		if m := st.mentionAt(i); m != nil {
			i = m.j - 1
			continue
		}
		es, n := c.lex.match(st.low, i)
		if n == 0 {
			continue
		}
		e := pickEntry(es, st.toks[i].tag)
		if e == nil || e.pos == 'V' && n == 1 && (adjectival(st, i) || !e.has(flagViolent) && reducedRelative(st, i)) {
			continue
		}
		cd := &candidate{e: e, st: st, i: i, j: i + n}
		cands = append(cands, cd)
		i += n - 1
	}
	cands = dropMediation(cands)
	cands = dropReported(cands, st)
	for k, cd := range cands {
		cd.next = len(st.toks)
		if k+1 < len(cands) {
			cd.next = cands[k+1].i
		}
		if k > 0 {
			cd.prev = cands[k-1].j
		}
	}
	st.dates = when.Find(st.s.Text, d.date)
	date, prec := when.ResolveExprs(st.dates, d.date)
	for k, cd := range cands {
		// A toll verb after the attack it reports belongs to that attack's
		// event: "airstrikes on … killed 10", "struck two blocks, killing 25".
		if cd.e.has(flagKill) || cd.e.pos == 'V' && cd.e.has(flagViolent) && cd.e.has(flagNeedTarget) {
			if prev := foldTarget(st, cands[:k], cd); prev != nil {
				cd.folded = true
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
		if cd.e.has(flagKill) && k+1 < len(cands) {
			next := cands[k+1]
			if next.e.has(flagViolent) && next.e.pos == 'N' && next.i-cd.j <= 4 {
				cd.folded = true
				if st.isPassive(cd.i) {
					next.tgt = st.subject(cd.i)
				} else {
					next.tgt = st.object(cd.j, nil)
				}
				continue
			}
		}
		// "agreed to a 48-hour ceasefire", "signed a peace agreement": one
		// event, coded from the noun, whose parties are the verb's subject.
		if cd.e.pos == 'V' && cd.e.has(flagSym) && k+1 < len(cands) && isAgreementNoun(cands[k+1].e) && cands[k+1].i-cd.j <= 5 {
			cd.folded = true
			cands[k+1].src = st.subject(cd.i)
			continue
		}
		if cd.src == nil {
			c.roles(d, cd, cands[:k])
		}
		if isAgreementNoun(cd.e) && c.ceasefireReference(d, cd) {
			cd.folded = true
		}
	}
	for _, cd := range cands {
		if cd.folded {
			continue
		}
		if !c.build(d, cd, date, prec) {
			cd.folded = true
			continue
		}
		d.cands = append(d.cands, cd)
	}
	c.tolls(st, cands)
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

// politicalActor reports whether some mention is an armed or protesting
// actor, whose violence is not a metaphor whatever the sentence is about.
func politicalActor(ms []*mention) bool {
	for _, m := range ms {
		if armedSector[m.actor.Sector] || m.actor.Sector == "PRO" || isArmedGroup(m.actor) {
			return true
		}
	}
	return false
}

// otherDomain reports whether a sentence is about sport, the economy or a
// natural disaster, where words of violence are metaphors or accidents.
func (c *Coder) otherDomain(st *sent) bool {
	for _, w := range st.low {
		if c.lex.domains[w] != "" {
			return true
		}
	}
	return false
}

// dropReported removes triggers inside what an accusation or a denial is
// about: in "accused Ukraine of attacking civilians" and "denied that it had
// carried out strikes" the event is the accusation or the denial.
func dropReported(cands []*candidate, st *sent) []*candidate {
	out := cands[:0]
	var frame *candidate
	for _, cd := range cands {
		if frame != nil && st.clause[cd.i] == st.clause[frame.i] &&
			(complementBetween(st, frame.j, cd.i) || strings.HasPrefix(frame.e.cameo, "10")) {
			continue
		}
		if isFrame(cd.e) {
			frame = cd
		}
		out = append(out, cd)
	}
	return out
}

// isFrame reports whether a trigger reports on other events rather than
// being one with them: accusations, denials, demands, threats, stated
// intentions, apologies. What follows it in its clause is its content:
// "demanded an immediate ceasefire", "offered to host a meeting".
func isFrame(e *entry) bool {
	c := e.cameo
	return strings.HasPrefix(c, "10") || strings.HasPrefix(c, "11") || strings.HasPrefix(c, "12") ||
		strings.HasPrefix(c, "13") || strings.HasPrefix(c, "03") || c == "055" || c == "051"
}

// complementBetween reports whether "of" or "that" introduces a complement
// between tokens i and j.
func complementBetween(st *sent, i, j int) bool {
	for k := i; k < j; k++ {
		if st.low[k] == "of" || st.low[k] == "that" || st.low[k] == "for" || st.low[k] == "to" {
			return true
		}
	}
	return false
}

// dropMediation removes mediation verbs from a sentence that names the
// agreement they brokered: the mediators belong to that agreement.
func dropMediation(cands []*candidate) []*candidate {
	agreement := false
	for _, cd := range cands {
		agreement = agreement || isAgreementNoun(cd.e)
	}
	if !agreement {
		return cands
	}
	out := cands[:0]
	for _, cd := range cands {
		if cd.e.cameo != "045" {
			out = append(out, cd)
		}
	}
	return out
}

// foldTarget returns the earlier violent trigger a toll verb reports on: for
// a participle ("…, killing 25") the last violent trigger of the sentence;
// for a finite verb a violent noun with no other actor between them.
func foldTarget(st *sent, earlier []*candidate, cd *candidate) *candidate {
	for n := len(earlier) - 1; n >= 0; n-- {
		prev := earlier[n]
		if prev.folded || !prev.e.has(flagViolent) {
			continue
		}
		if st.toks[cd.i].tag == "VBG" {
			return prev
		}
		if prev.e.pos != 'N' {
			return nil
		}
		// An actor right before the verb is its own subject ("the
		// strikes, Kabul said, killed …" aside): "… on TTP hideouts in
		// Khost killed" has only the attack's target and place between.
		for k := prev.j; k < cd.i; k++ {
			if clauseBreaks[st.low[k]] {
				return nil
			}
		}
		if m := st.mentionAt(cd.i - 1); m != nil && !m.place && m.kind != "sector" && !afterPrep(st, m) {
			return nil
		}
		return prev
	}
	return nil
}

// definite reports whether the noun trigger at i has a definite
// determiner ("the strikes", "this truce").
func definite(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		switch st.low[k] {
		case "the", "this", "these", "those", "that", "its", "their":
			return true
		}
		if !isModifier(st.toks[k]) {
			return false
		}
	}
	return false
}

// historical reports whether the trigger's clause sets it in the past
// before the article's time: "since the Taliban took over Kabul in 2021",
// "the war began … in 2023", "since the summer".
func historical(st *sent, cd *candidate, published time.Time) bool {
	if published.IsZero() {
		return false
	}
	for _, x := range st.dates {
		k := st.tokenAtByte(x.Start)
		if k < 0 || st.clause[k] != st.clause[cd.i] && !(k > 0 && st.low[k-1] == "since") {
			continue
		}
		if d := k - cd.j; d > 8 || cd.i-k > 10 {
			continue // "extradited … a man accused of taking part in the 1994 genocide"
		}
		if x.Past || x.Date.Year() < published.Year() {
			return true
		}
	}
	for k := 0; k < len(st.low); k++ {
		if st.low[k] == "since" && st.clause[k] == st.clause[cd.i] && k < cd.i {
			return true
		}
	}
	return false
}

// adjectival reports whether a participle modifies a noun ("freed
// prisoners", "the detained men") rather than telling of an act.
func adjectival(st *sent, i int) bool {
	t := st.toks[i].tag
	if t != "VBN" && t != "VBD" && t != "JJ" || i+1 >= len(st.toks) || !strings.HasPrefix(st.toks[i+1].tag, "NN") {
		return false
	}
	if i == 0 {
		return true
	}
	switch p := st.toks[i-1]; {
	case p.low == "was" || p.low == "were" || p.low == "been" || p.low == "being" || p.low == "is" || p.low == "are" ||
		p.low == "be" || p.low == "has" || p.low == "have" || p.low == "had":
		return false
	case t == "VBD":
		// "carrying freed prisoners", "the detained men": only after a
		// determiner, preposition or participle is a past form an adjective.
		return p.tag == "DT" || p.tag == "IN" || p.tag == "VBG" || p.tag == "PRP$"
	}
	return true
}

// reducedRelative reports whether a participle after a noun describes it
// ("proxies backed by India") rather than telling of a new act.
func reducedRelative(st *sent, i int) bool {
	return st.toks[i].tag == "VBN" && i > 0 && strings.HasPrefix(st.toks[i-1].tag, "NN") &&
		i+1 < len(st.low) && st.low[i+1] == "by"
}

// afterPrep reports whether a mention is the object of a preposition.
func afterPrep(st *sent, m *mention) bool {
	for k := m.i - 1; k >= 0 && k >= m.i-4; k-- {
		if targetPreps[st.low[k]] || placePreps[st.low[k]] {
			return true
		}
		if !isModifier(st.toks[k]) && st.low[k] != "the" {
			return false
		}
	}
	return false
}

// pickEntry chooses between a word's verb and noun readings by its tag.
func pickEntry(es []*entry, tag string) *entry {
	want := byte('N')
	if strings.HasPrefix(tag, "VB") {
		want = 'V'
	}
	for _, e := range es {
		if e.pos == want {
			return e
		}
	}
	if strings.HasPrefix(tag, "JJ") {
		return nil // "its armed wing": an adjective, not the verb
	}
	return es[0]
}

// roles assigns source and target to a trigger.
func (c *Coder) roles(d *doc, cd *candidate, earlier []*candidate) {
	st := cd.st
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
		cd.src = st.owner(cd.i, skip)
		if cd.src == nil {
			cd.src = st.agentAfter(cd.j)
		}
		if b := st.between(cd.j); b != nil {
			cd.src, cd.tgt = b[:1], b[1:]
		}
		if cd.tgt == nil && !cd.e.has(flagSym) {
			cd.tgt = st.object(cd.j, targetPreps)
		}
		if cd.tgt == nil && cd.e.has(flagSym) {
			cd.tgt = st.object(cd.j, withPrep) // "a phone call with Zelensky"
		}
		if cd.tgt == nil && cd.e.has(flagViolent) {
			cd.tgt = st.tollObject(cd.j) // "a car bomb …, wounding nine officers"
		}
		if cd.src == nil && !cd.e.has(flagSym) {
			cd.src = st.subject(cd.i)
		}
		if cd.src == nil && cd.e.has(flagSym) {
			cd.src = st.subject(cd.i)
		}
	case st.isPassive(cd.i) || cd.e.has(flagPassive):
		cd.tgt = st.subject(cd.i)
		cd.src = st.agentAfter(cd.j)
		if cd.src == nil && cd.j < len(st.low) && st.low[cd.j] == "from" {
			cd.src = st.object(cd.j, nil)
		}
	case cd.e.has(flagSym) && st.between(cd.j) != nil && st.subject(cd.i) == nil:
		b := st.between(cd.j)
		cd.src, cd.tgt = b[:1], b[1:]
	default:
		cd.src = st.subject(cd.i)
		// A verb joined by "and" to an earlier one shares its subject:
		// "deporting … and blocking …", "the army said … and urged …".
		if cd.i > 0 && st.low[cd.i-1] == "and" {
			if st.toks[cd.i].tag == "VBG" && len(earlier) > 0 {
				cd.src = earlier[len(earlier)-1].src
			} else if m := st.firstActor(); m != nil {
				cd.src = st.coordinated(m)
			}
		}
		cd.tgt = st.object(cd.j, nil)
		if cd.tgt == nil {
			cd.tgt = st.objectAnywhere(cd.j)
		}
	}
	if visited != nil {
		cd.tgt = visited
	}
	// "pushed the RSF out of": an actor inside a gapped trigger is its
	// object.
	for n := range st.mentions {
		if m := &st.mentions[n]; m.i > cd.i && m.j < cd.j && !m.place {
			cd.tgt = []*mention{m}
			break
		}
	}
}

var withPrep = map[string]bool{"with": true}

// tollObject finds who a violent event killed or wounded: the actor after
// "killing", "wounding" or "injuring" and a count.
func (st *sent) tollObject(j int) []*mention {
	for k := j; k < len(st.low); k++ {
		switch st.low[k] {
		case "killing", "wounding", "injuring", "killed", "wounded", "injured":
			for n := k + 1; n < len(st.low) && n <= k+4; n++ {
				if m := st.mentionAt(n); m != nil && !m.place {
					return []*mention{m}
				}
			}
		}
	}
	return nil
}

// firstActor returns the sentence's first actor that is not a place.
func (st *sent) firstActor() *mention {
	for n := range st.mentions {
		if !st.mentions[n].place {
			return &st.mentions[n]
		}
	}
	return nil
}

// objectAnywhere finds the first actor after token j, across clauses.
func (st *sent) objectAnywhere(j int) []*mention {
	for k := j; k < len(st.toks); k++ {
		if m := st.mentionAt(k); m != nil && !m.place {
			return st.coordinated(m)
		}
	}
	return nil
}

// visited finds the place a visit went to: a place or capital right before
// the trigger ("New Delhi visit") or after "to".
func (st *sent) visited(i, j int) []*mention {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j == i || (m.i > j && m.i <= j+2 && (st.low[m.i-1] == "to" || st.low[m.i-1] == "in")) {
			m.place = false
			return []*mention{m}
		}
	}
	return nil
}

// build fills the event record of a candidate. It reports false when the
// candidate codes no event.
func (c *Coder) build(d *doc, cd *candidate, date time.Time, prec string) bool {
	st, e := cd.st, cd.e
	if historical(st, cd, d.date) {
		return false
	}
	if e.has(flagSym) && len(cd.src) > 1 && cd.tgt == nil {
		cd.src, cd.tgt = cd.src[:1], cd.src[1:]
	}
	explicit := len(cd.src)+len(cd.tgt) > 0
	if !explicit && e.pos == 'N' && e.has(flagViolent) && definite(st, cd.i) {
		return false // "the clashes", "the strikes": an event told before
	}
	assault := e.has(flagViolent) || c.lex.cameo[e.cameo].plover == truce.Assault
	if e.pos == 'V' && assault && len(cd.src) == 0 && !st.isPassive(cd.i) && !e.has(flagPassive) {
		return false // "the quake struck", "the spinner struck": no one acts
	}
	if assault && c.otherDomain(st) && !politicalActor(cd.src) {
		return false // "a fierce attack on the Indian bowlers", "rescuers battled"
	}
	if e.pos == 'V' && e.has(flagSym) && !explicit {
		return false // a verb needs its own actors; only nouns point back
	}
	loc := c.locate(cd)
	src := c.resolveGeneric(d, st, cd.src, loc, nil)
	tgt := c.resolveGeneric(d, st, cd.tgt, loc, src)
	tgt = removeActors(tgt, src) // no one is their own target
	if e.has(flagSym) && len(src)+len(tgt) < 2 {
		src, tgt = fillDyad(d.dyad, src, tgt)
	}
	// Insurgents with no named target fight the state they rise against
	// ("the TTP has intensified cross-border attacks").
	if e.has(flagViolent) && len(tgt) == 0 && len(src) == 1 && !isState(src[0]) && src[0].Country != "" && src[0].Sector == "REB" {
		if a, ok := c.actors.Lookup(src[0].Country, d.date); ok {
			tgt = []truce.Actor{a}
		}
	}
	if len(src) == 0 && len(tgt) == 0 {
		return false
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
			return false // "launched talks" is not "launched missiles"
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
	if e.has(flagNeedTarget) && len(tgt) == 0 {
		return false
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
	if m, ok := c.complementOf(cd); ok && ev.CAMEO == e.cameo {
		ev.CAMEO, ev.Mode = m.cameo, m.mode
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
	ev.Quad = quadOf(ev.Type)
	protestTargets(ev, tgt, st)
	ev.Source, ev.Target = src, tgt
	refineACLED(ev, e, st)
	if !date.IsZero() {
		ev.Date = date.Format(time.DateOnly)
		ev.DatePrecision = prec
	}
	if ev.Status == "" {
		ev.Status = statusNear(st, cd.i)
	}
	if ev.Status == "" {
		ev.Status = truce.StatusReported
	}
	if ev.Status == truce.StatusHypothetical && (ev.Quad == 2 || ev.Quad == 4) {
		return false // what might happen has not happened
	}
	if m := reporter(st, cd.i); m != nil {
		if r := c.resolveGeneric(d, st, []*mention{m}, loc, nil); len(r) == 1 {
			ev.ReportedBy = &r[0]
		}
	}
	ev.Evidence = truce.Evidence{ArticleID: d.a.ID, Sentence: st.s.Text, Start: st.s.Start, End: st.s.End}
	if loc == nil {
		// A place the gazetteer does not know keeps the words that named
		// it, with precision "none" ("in the village of Kafouri").
		if text := st.unresolvedPlace(cd); text != "" {
			cc := c.countryLocation(tgt, src).Country
			loc = &truce.Location{Text: text, Name: text, Country: cc, Precision: "none"}
		} else {
			loc = c.countryLocation(tgt, src)
		}
	}
	ev.Location = loc
	ev.Rule = "triggers.tsv:" + itoa(e.line) + " " + strings.Join(st.low[cd.i:cd.j], " ")
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
	ev.Confidence = conf
	ev.ID = eventID(d.a.ID, st.s.Index, ev.Type, src, tgt, cd.i)
	return true
}

// weaponOf reads how a violent event was carried out from the words of its
// clause, when its trigger does not say ("Pakistani aircraft struck").
func (c *Coder) weaponOf(cd *candidate) (weapon, bool) {
	if !cd.e.has(flagViolent) || cd.e.mode != "-" && cd.e.mode != "" {
		return weapon{}, false
	}
	st := cd.st
	lo, hi := cd.prev, cd.next
	if cd.j > hi {
		hi = cd.j
	}
	for k := lo; k < hi && k < len(st.low); k++ {
		if k+1 < len(st.low) {
			if w, ok := c.lex.weapons[st.low[k]+" "+st.low[k+1]]; ok {
				return w, true
			}
		}
		if w, ok := c.lex.weapons[st.low[k]]; ok {
			return w, true
		}
	}
	return weapon{}, false
}

// complementOf reads what a request, rejection or threat is about from the
// words after its trigger in its clause.
func (c *Coder) complementOf(cd *candidate) (complement, bool) {
	cs := c.lex.complements[c.lex.cameo[cd.e.cameo].plover]
	if len(cs) == 0 {
		return complement{}, false
	}
	st := cd.st
	for k := cd.j; k < len(st.low) && k < cd.j+14 && st.clause[k] == st.clause[cd.i]; k++ {
		for _, cm := range cs {
			if _, ok := matchFrom(st.low, k, cm.words); ok {
				return cm, true
			}
		}
	}
	return complement{}, false
}

// protestTargets adjusts the people at the other end of a protest: people
// shot "at rallies" or "during protests" are protesters, and a protest or
// riot against a country is against its government.
func protestTargets(ev *truce.Event, tgt []truce.Actor, st *sent) {
	for i := range tgt {
		a := &tgt[i]
		switch {
		case ev.Type == truce.Protest && isState(*a) && a.Sector == "":
			a.Sector, a.ID = "GOV", a.Country+"GOV"
		case ev.Type == truce.Assault && a.Sector == "CVL" && a.Country != "" && protestScene(st):
			a.Sector, a.ID = "PRO", a.Country+"PRO"
		}
	}
}

// protestScene reports whether a sentence tells of a protest.
func protestScene(st *sent) bool {
	for _, w := range st.low {
		switch w {
		case "rally", "rallies", "protest", "protests", "protesting", "protesters", "demonstrators",
			"demonstration", "demonstrations", "march", "marchers", "sit-in":
			return true
		}
	}
	return false
}

// unresolvedPlace returns capitalised words after a place preposition in the
// trigger's clause that are neither an actor nor a resolved place: a place
// the gazetteer does not know.
func (st *sent) unresolvedPlace(cd *candidate) string {
	for k := cd.i + 1; k < len(st.low)-1; k++ {
		if st.clause[k] != st.clause[cd.i] {
			break
		}
		if st.low[k] != "in" && st.low[k] != "near" && st.low[k] != "at" && st.low[k] != "outside" {
			continue
		}
		n := k + 1
		if n < len(st.low) && (st.low[n] == "the" || directions[st.low[n]]) {
			n++
		}
		i := n
		for n < len(st.toks) && capitalised(st.toks[n].text) && st.mentionAt(n) == nil && !st.isPlace(n) && !weekdayOrMonth(st.low[n]) {
			n++
		}
		if n > i {
			return st.textOf(i, n)
		}
	}
	return ""
}

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func weekdayOrMonth(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december":
		return true
	}
	return false
}

// isPlace reports whether token k is part of a resolved place.
func (st *sent) isPlace(k int) bool {
	for _, p := range st.places {
		if p.i <= k && k < p.j {
			return true
		}
	}
	return false
}

// countryLocation places an event in the country of a state actor in it
// when the text names no place.
func (c *Coder) countryLocation(sides ...[]truce.Actor) *truce.Location {
	for _, side := range sides {
		for _, a := range side {
			if !isState(a) {
				continue
			}
			if cand, ok := c.places.Country(a.Country); ok {
				return &truce.Location{Name: cand.Name, Country: cand.Country, Lat: cand.Lat, Lon: cand.Lon,
					GeonamesID: cand.GeonamesID, Precision: "country"}
			}
		}
	}
	return &truce.Location{Precision: "none"}
}

// fillDyad completes a two-sided event whose parties the sentence leaves
// implicit ("clashes between the neighbours") with the article's main dyad.
func fillDyad(dyad, src, tgt []truce.Actor) ([]truce.Actor, []truce.Actor) {
	for _, a := range dyad {
		if hasCountry(src, a.Country) || hasCountry(tgt, a.Country) {
			continue
		}
		if len(src) == 0 {
			src = append(src, a)
		} else {
			tgt = append(tgt, a)
		}
	}
	return src, tgt
}

// countryOfEvent returns the country where an event happened, or of its
// first actor with one.
func countryOfEvent(loc *truce.Location, as []truce.Actor) string {
	if loc != nil && loc.Country != "" {
		return loc.Country
	}
	for _, a := range as {
		if a.Country != "" {
			return a.Country
		}
	}
	return ""
}

// otherSide returns the member of a two-state dyad that the actors are not
// on, when they are on exactly one side.
func otherSide(dyad, as []truce.Actor) (truce.Actor, bool) {
	if len(dyad) != 2 {
		return truce.Actor{}, false
	}
	a, b := hasCountry(as, dyad[0].Country), hasCountry(as, dyad[1].Country)
	switch {
	case a && !b:
		return dyad[1], true
	case b && !a:
		return dyad[0], true
	}
	return truce.Actor{}, false
}

func hasCountry(as []truce.Actor, cc string) bool {
	for _, a := range as {
		if countryOf(a) == cc {
			return true
		}
	}
	return false
}

// resolveGeneric turns mentions into actors, giving generic ones ("police",
// "civilians", "the militants") an identity: "militants" are the armed
// group the article last named; others take the country where the event
// happened, else the side of the article's main dyad that the other actors
// of the event are not on.
func (c *Coder) resolveGeneric(d *doc, st *sent, ms []*mention, loc *truce.Location, other []truce.Actor) []truce.Actor {
	out := make([]truce.Actor, 0, len(ms))
	for _, m := range ms {
		a := m.actor
		if a.ID == "" && a.Sector != "" {
			if g := d.groupBefore(st, m.i); g != nil && a.Sector == "REB" {
				g.Text = a.Text
				out = append(out, *g)
				continue
			}
			if m.kind == "anaphor" {
				continue // "the group" with no group named before it
			}
			cc := d.genericCountry(st, m, loc, other)
			if cc != "" {
				a.Country = cc
				a.ID = cc + a.Sector
			}
		}
		out = append(out, a)
	}
	return out
}

// genericCountry picks the country of a generic actor: where the event
// happened; else the home of a non-state actor on the other side (the
// police a TTP bombing hits are Pakistan's); else the nearest state named in
// the sentence that is not on the other side; else the side of the
// article's main dyad the other side is not on.
func (d *doc) genericCountry(st *sent, m *mention, loc *truce.Location, other []truce.Actor) string {
	// "its troops", "their positions": the state the sentence is about.
	if m.i > 0 && (st.low[m.i-1] == "its" || st.low[m.i-1] == "their") {
		if f := st.firstActor(); f != nil && f != m && isState(f.actor) {
			return f.actor.Country
		}
	}
	if loc != nil && loc.Country != "" {
		return loc.Country
	}
	for _, o := range other {
		if !isState(o) && o.Country != "" {
			return o.Country
		}
	}
	best, dist := "", len(st.toks)+1
	for _, n := range st.mentions {
		cc := n.actor.Country
		if cc == "" || !isState(n.actor) || hasCountry(other, cc) {
			continue
		}
		dd := m.i - n.j
		if dd < 0 {
			dd = n.i - m.j
		}
		if dd >= 0 && dd < dist {
			best, dist = cc, dd
		}
	}
	if best != "" {
		return best
	}
	if d.focus != "" && !hasCountry(other, d.focus) {
		return d.focus
	}
	for _, x := range d.dyad {
		if !hasCountry(other, x.Country) {
			return x.Country
		}
	}
	// "Myanmar's military detained … leaders": at home.
	for _, o := range other {
		if o.Country != "" {
			return o.Country
		}
	}
	return ""
}

// groupBefore returns the non-state armed group named last before token k
// of the sentence, in it or in the sentences before.
func (d *doc) groupBefore(st *sent, k int) *truce.Actor {
	for n := len(st.mentions) - 1; n >= 0; n-- {
		m := st.mentions[n]
		if m.j <= k && isArmedGroup(m.actor) {
			a := m.actor
			return &a
		}
	}
	if d.lastGroup != nil {
		a := *d.lastGroup
		return &a
	}
	return nil
}

func isArmedGroup(a truce.Actor) bool { return a.ID != "" && a.Sector == "REB" && !isState(a) }

// statusNear reads hedges and negations around a trigger.
func statusNear(st *sent, i int) string {
	for k := i - 3; k <= i+1 && k < len(st.low); k++ {
		if k < 0 {
			continue
		}
		switch st.low[k] {
		case "allegedly", "purportedly", "supposedly":
			return truce.StatusAlleged
		case "slated", "planned", "scheduled", "upcoming", "follow-up", "proposed":
			return truce.StatusPlanned
		case "not", "never", "no", "n't", "without":
			if k < i {
				return truce.StatusNegated
			}
		}
	}
	for k := i + 1; k < len(st.low) && k < i+10; k++ {
		switch st.low[k] {
		case "slated", "scheduled":
			return truce.StatusPlanned
		}
	}
	for k := i - 1; k >= 0 && st.clause[k] == st.clause[i]; k-- {
		switch st.low[k] {
		case "would", "could", "might", "if", "may":
			return truce.StatusHypothetical
		}
	}
	// "did not reach any deal", "will not hold direct negotiations".
	for k := i - 1; k >= 0 && k >= i-6 && st.clause[k] == st.clause[i]; k-- {
		if st.low[k] == "not" || st.low[k] == "n't" || st.low[k] == "never" {
			return truce.StatusNegated
		}
	}
	return ""
}

// reportVerbs attribute what follows them to their subject.
var reportVerbs = map[string]bool{
	"reports": true, "reported": true, "said": true, "says": true, "claimed": true, "claims": true,
	"announced": true, "confirmed": true, "stated": true, "told": true, "say": true,
}

// reporter finds who the sentence attributes the report to: "the UN
// reports that …", "…, officials said", "according to X".
func reporter(st *sent, i int) *mention {
	for k := 0; k < len(st.low); k++ {
		if k >= i && k < i+1 {
			continue
		}
		w := st.low[k]
		if w == "according" && k+2 < len(st.low) && st.low[k+1] == "to" {
			for n := k + 2; n < len(st.low) && n < k+5; n++ {
				if m := st.mentionAt(n); m != nil && !m.place {
					return m
				}
			}
		}
		if !reportVerbs[w] {
			continue
		}
		for n := k - 1; n >= 0 && n >= k-5; n-- {
			if m := st.mentionAt(n); m != nil && !m.place {
				return m
			}
			if st.clause[n] != st.clause[k] {
				break
			}
		}
		// "…, said the army."
		for n := k + 1; n < len(st.low) && n < k+3; n++ {
			if m := st.mentionAt(n); m != nil && !m.place {
				return m
			}
		}
	}
	return nil
}

// retaliatory reports whether the text marks the event as a response.
func retaliatory(st *sent, i int) bool {
	for k := i - 3; k < i && k >= 0; k++ {
		if st.low[k] == "retaliatory" || st.low[k] == "retaliation" || st.low[k] == "reprisal" {
			return true
		}
	}
	for k := 0; k+2 < len(st.low); k++ {
		if (st.low[k] == "in" && (st.low[k+1] == "retaliation" || st.low[k+1] == "response") && (st.low[k+2] == "for" || st.low[k+2] == "to")) && k < i+8 {
			return true
		}
	}
	return false
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
