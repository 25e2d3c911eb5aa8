package code

// "X came under Y fire": the attacker named inside the phrase of fire and
// the place that came under it. "Villages near the border came under
// Israeli shelling", "the post came under Afghan mortar fire": the state
// or group before the noun of fire fired it, so it is the source, not the
// victim an actor inside a gapped trigger otherwise is. "The town of
// Kupiansk came under heavy Russian bombardment": a settlement that is the
// subject is where the people hit live.

import "github.com/truce-project/truce"

// x74UnderVerbs are the forms of "come" that open "come under fire".
var x74UnderVerbs = filtered(wordSet("came", "come", "comes", "coming"))

// x74UnderStart returns the token of "came" when cd's trigger reads
// "came under …" or is a noun of fire that such a phrase opens ("came
// under heavy Russian bombardment"), else -1.
func (st *sent) x74UnderStart(cd *candidate) int {
	if cd.i+1 < cd.j && x74UnderVerbs.has(st.low[cd.i]) && st.low[cd.i+1] == "under" {
		return cd.i
	}
	if cd.e.pos != 'N' {
		return -1
	}
	for k := cd.i - 1; k > 0 && k >= cd.i-5; k-- {
		if st.low[k] == "under" {
			if x74UnderVerbs.has(st.low[k-1]) {
				return k - 1
			}
			return -1
		}
		if st.low[k] != "a" && st.low[k] != "an" && !isModifier(st.toks[k]) && st.mentionAt(k) == nil {
			return -1
		}
	}
	return -1
}

// rolesX74UnderAgent returns the actor named inside a "came under …
// fire" trigger before its noun of fire ("came under Israeli shelling",
// "came under a Russian missile attack"), or nil.
func (st *sent) rolesX74UnderAgent(cd *candidate) *mention {
	v := st.x74UnderStart(cd)
	if v < 0 {
		return nil
	}
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.i <= v+1 || m.j > cd.j || m.j == cd.j || m.place {
			continue
		}
		return m
	}
	return nil
}

// underPlaceTargetX74 gives a "came under" attack with no target the
// people of the settlement that is its subject ("The town of Kupiansk
// came under heavy Russian bombardment", "Kramatorsk came under a missile
// attack"), when its attacker is not that place's own state.
func (c *Coder) underPlaceTargetX74(d *doc) {
	for _, cd := range d.cands {
		ev := &cd.ev
		if cd.folded || len(ev.Target) > 0 || ev.Type != truce.Assault || cd.i >= len(cd.st.low) {
			continue
		}
		st := cd.st
		v := st.x74UnderStart(cd)
		if v < 0 {
			continue
		}
		p := st.x74SubjectPlace(v)
		if p == nil || p.place.Country == "" || stateForcesOfX51(ev.Source, p.place.Country) {
			continue
		}
		c.placePeopleX74(d, st, p, ev)
	}
}

// placePeopleX74 makes the people of place p the target of ev; a country
// hit as a whole ("fired missiles at Israel") is the state.
func (c *Coder) placePeopleX74(d *doc, st *sent, p *placeRef, ev *truce.Event) {
	id := p.place.Country + "CVL"
	if p.place.Precision == "country" {
		id = p.place.Country
	}
	if a, ok := c.actors.Lookup(id, d.date); ok {
		a.Text = st.textOf(p.i, p.j)
		ev.Target = []truce.Actor{a}
	}
}

// x74SubjectPlace returns the place that opens the clause ending at the
// verb at i, past a settlement noun ("the town of"), with nothing else
// but modifiers and a time between it and the verb; nil otherwise.
func (st *sent) x74SubjectPlace(i int) *placeRef {
	cl := st.clause[i]
	for n := range st.places {
		p := &st.places[n]
		if p.j > i || st.clause[p.i] != cl {
			continue
		}
		// Before the place: only "the", a settlement noun and "of".
		for k := p.i - 1; k >= 0 && st.clause[k] == cl; k-- {
			w := st.low[k]
			if w != "the" && w != "of" && !groundSettlements.has(w) && !isModifier(st.toks[k]) {
				return nil
			}
		}
		// After it, up to the verb: no actor, verb or comma.
		for k := p.j; k < i; k++ {
			if st.low[k] == "," || verbAt(st, k) || st.mentionAt(k) != nil {
				return nil
			}
		}
		return p
	}
	return nil
}

// x74StruckEnd returns where the phrase of what an act hit starts: past
// the verb of hitting its noun is the subject of ("an air strike hit a
// building in Beirut", "drone attacks blamed on Kyiv hit refineries in
// southern Russia"), folded into it as what it struck; else the end of
// its trigger.
func (st *sent) x74StruckEnd(cd *candidate) int {
	if cd.e.pos != 'N' {
		return cd.j
	}
	end := -1
	if s := cd.struck; s != nil && s.st == st && s.i >= cd.j && !launchingWords.has(st.low[s.i]) {
		end = s.i
	} else {
		// "rockets fired from Lebanon hit the town": a verb of hitting
		// not read as a trigger of its own.
		for k := cd.j; k < len(st.low) && k <= cd.j+6; k++ {
			if x74HitVerbs.has(st.low[k]) && verbAt(st, k) && !(k+1 < len(st.low) && st.low[k+1] == "by") {
				end = k
				break
			}
		}
	}
	if end < 0 || end-cd.j > 6 || st.clause[end] != st.clause[cd.i] {
		return cd.j
	}
	for k := cd.j; k < end; k++ {
		// ("rockets fired from Lebanon hit": the participle a tagger
		// may read as a past tense.)
		if st.low[k] == "," || clauseBreaks.has(st.low[k]) || verbAt(st, k) && st.toks[k].tag != "VBN" && !(k == cd.j && launchingWords.has(st.low[k])) {
			return cd.j
		}
	}
	if cd.struck != nil && cd.struck.st == st && cd.struck.i == end {
		return cd.struck.j
	}
	return end + 1
}

// x74HitVerbs are the verbs by which what was fired reaches what it hit.
var x74HitVerbs = filtered(wordSet("hit", "hits", "struck", "strikes", "slammed", "smashed", "pounded", "landed", "tore", "ripped", "rocked"))

// x74PlaceDemonym reports whether token k is a bare demonym of the
// country of place p that describes it: "the Israeli town of Kiryat
// Shmona", "the Saudi border city of Najran".
func (st *sent) x74PlaceDemonym(k int, p *placeRef) bool {
	m := st.mentionAt(k)
	return m != nil && m.kind == "demonym" && m.j <= p.i && m.actor.Sector == "" && m.actor.Country == p.place.Country
}

// x74AimWords are the words that aim what is fired at its target:
// "launched drones at Kyiv", "flew drones into a compound".
var x74AimWords = filtered(wordSet("on", "against", "at", "targeting", "targetting", "into", "toward", "towards"))

// x74FiredWeapon reports whether m is a weapon that is fired, aimed at
// what follows it and the weapons listed with it ("launched drones at the
// Saudi city of Jizan", "launched drones and missiles at Israel"): what is
// fired is not whom it is aimed at.
func (st *sent) x74FiredWeapon(m *mention) bool {
	if m.j != m.i+1 || !isWeaponWord(st.low[m.i]) {
		return false
	}
	for k := m.j; k < len(st.low) && k < m.j+4; k++ {
		switch w := st.low[k]; {
		case x74AimWords.has(w):
			return true
		case w == "and" || w == "," || isWeaponWord(w):
		default:
			return false
		}
	}
	return false
}

// x74AimedPlace returns the place that follows the aiming word after
// token k, past a determiner, modifiers and a settlement noun ("at Kyiv",
// "at the Saudi city of Jizan"), or nil.
func (st *sent) x74AimedPlace(k int) *placeRef {
	for k < len(st.low) && !x74AimWords.has(st.low[k]) {
		k++
	}
	for k++; k < len(st.low); k++ {
		if p := st.placeAtX51(k); p != nil {
			return p
		}
		w := st.low[k]
		if w != "the" && w != "of" && !placeWords.has(w) && !isModifier(st.toks[k]) && !st.x74Demonym(k) {
			return nil
		}
	}
	return nil
}

// firedAtPlaceX74 gives an attack whose target is only the weapons it
// fired ("launched drones at the Saudi city of Jizan", read as the
// drones' forces) the people of the place they were aimed at, when its
// attacker is not that place's own state.
func (c *Coder) firedAtPlaceX74(d *doc) {
	for _, cd := range d.cands {
		ev := &cd.ev
		if cd.folded || ev.Type != truce.Assault || len(cd.tgt) != 1 || !cd.st.x74FiredWeapon(cd.tgt[0]) {
			continue
		}
		st := cd.st
		p := st.x74AimedPlace(cd.tgt[0].j)
		if p == nil || p.place.Country == "" || stateForcesOfX51(ev.Source, p.place.Country) {
			continue
		}
		c.placePeopleX74(d, st, p, ev)
	}
}

// x74Demonym reports whether token k is a bare demonym: "Saudi".
func (st *sent) x74Demonym(k int) bool {
	m := st.mentionAt(k)
	return m != nil && m.kind == "demonym" && m.actor.Sector == ""
}

// x74PastLauncher returns the token after a reduced relative naming who
// fired a weapon, when one opens at j ("a missile [fired by the Houthis]
// at Riyadh", "drones [launched by Hezbollah] toward Metula"), else j.
func (st *sent) x74PastLauncher(j int) int {
	if j+2 >= len(st.low) || !launchingWords.has(st.low[j]) || st.low[j+1] != "by" {
		return j
	}
	k := j + 2
	if determiners.has(st.low[k]) {
		k++
	}
	m := st.mentionAt(k)
	if m == nil || m.i != k || m.place || m.j >= len(st.low) || !x74AimWords.has(st.low[m.j]) {
		return j
	}
	return m.j + 1
}

// x74RelativePassiveSubject returns the antecedent of a relative clause
// whose passive verb is at i ("the Houthis, who are backed by Tehran",
// "Hezbollah, which is armed by Iran"): the passive's subject, and so
// whom the act is done to. Nil when no such relative opens just before.
func (st *sent) x74RelativePassiveSubject(i int) []*mention {
	for k := i - 1; k > 1 && k >= i-4; k-- {
		switch w := st.low[k]; {
		case w == "which" || w == "who":
			if st.low[k-1] != "," {
				return nil
			}
			if m := st.mentionAt(k - 2); m != nil && m.j == k-1 && !m.place {
				return st.coordinated(m)
			}
			return nil
		case gsr23PassiveAux.has(w) || relativeAux.has(w) || st.toks[k].tag == "RB":
		default:
			return nil
		}
	}
	return nil
}

// x74SalvoWords count or group what is fired: "a wave of missiles",
// "a barrage of rockets", "dozens of drones", "at least 40 shells".
var x74SalvoWords = filtered(wordSet("wave", "waves", "barrage", "barrages", "salvo", "salvos", "salvoes", "volley", "volleys",
	"hail", "swarm", "swarms", "series", "string", "round", "rounds", "dozens", "scores", "hundreds", "thousands", "tens",
	"least", "more", "than", "some", "about", "nearly", "around", "several", "up", "to"))

// x74SalvoWord reports whether token k counts or groups the weapons an
// attack fired: a salvo noun, a quantity word or a number.
func (st *sent) x74SalvoWord(k int) bool {
	return x74SalvoWords.has(st.low[k]) || st.toks[k].tag == "CD"
}

// x74HandsAgent returns the agent of "at the hands of" right after a
// passive trigger ending at j, past an adverb ("were killed at the hands
// of RSF fighters", "died allegedly at the hands of soldiers"), or nil.
func (st *sent) x74HandsAgent(j int) *mention {
	if j < len(st.low) && st.toks[j].tag == "RB" {
		j++
	}
	if j+4 >= len(st.low) || st.low[j] != "at" || st.low[j+1] != "the" || st.low[j+2] != "hands" || st.low[j+3] != "of" {
		return nil
	}
	k := j + 4
	for k < len(st.low) && k < j+7 && st.mentionAt(k) == nil && (determiners.has(st.low[k]) || isModifier(st.toks[k])) {
		k++
	}
	if m := st.mentionAt(k); m != nil && m.i == k && !m.place {
		return m
	}
	return nil
}

// x74TownPreface reports whether token k belongs to the words that name
// what kind of place p is, before its name: "the Israeli town of", "the
// border city of".
func (st *sent) x74TownPreface(k int, p *placeRef) bool {
	switch w := st.low[k]; {
	case w == "of":
		return k > 0 && placeWords.has(st.low[k-1]) && k+1 == p.i
	case placeWords.has(w) && w != "on" && w != "at" && w != "against" && w != "into" && w != "of" && w != "the" && w != "its" && w != "their" && w != "a" && w != ",":
		return true
	}
	return st.x74PlaceDemonym(k, p)
}
