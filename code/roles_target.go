package code

// Targets found beyond the object: recipients, envoys' posts, visited
// places, places attacked and the dead and wounded.

import (
	"strings"

	"github.com/truce-project/truce"
)

// envoyWords name a state's representative abroad.
var envoyWords = filtered(map[string]bool{
	"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "diplomats": true, "diplomat": true,
})

// postWords name a state's posts abroad, which like its envoys stand for
// its dealings with the host: "closed its embassy in Khartoum".
var postWords = filtered(map[string]bool{
	"embassy": true, "embassies": true, "consulate": true, "consulates": true,
})

// envoyPost returns the country a trigger's own envoy is posted to or
// called back from, right after it: "recalled its ambassador from
// Vilnius", "its ambassador to Germany".
func (st *sent) envoyPost(cd *candidate) []*mention {
	// "recalled its ambassador to France for consultations": a trigger
	// that runs on past the post still names it.
	for e := cd.i + 1; e < cd.j && e+1 < len(st.low); e++ {
		if m := st.postAfter(e); m != nil {
			return m
		}
	}
	// "reopened its consulate in Kabul": a post right after the trigger.
	if e := cd.j + 1; e+1 < len(st.low) && postWords.has(st.low[e]) {
		return st.postAfter(e)
	}
	return nil
}

// postAfter returns, as an actor, the country or capital an envoy word at
// e is posted to or recalled from: "its ambassador to France", "their
// envoys in Kyiv", "its embassy in Niamey", "its own envoy from Ankara".
func (st *sent) postAfter(e int) []*mention {
	if !envoyWords.has(st.low[e]) && !postWords.has(st.low[e]) {
		return nil
	}
	// "recalled its own envoy from Ankara": "own" only stresses whose.
	o := e - 1
	if st.low[o] == "own" && o > 0 {
		o--
	}
	if st.low[o] != "its" && st.low[o] != "their" {
		return nil
	}
	if p := st.low[e+1]; p != "from" && p != "to" && p != "in" {
		return nil
	}
	k := e + 2
	if k < len(st.low) && st.low[k] == "the" {
		k++
	}
	if m := st.mentionAt(k); m != nil && m.i == k && (m.kind == "country" || m.kind == "capital") {
		// A copy: "to Germany for consultations" leaves Germany a place
		// for the words after it.
		v := *m
		v.place = false
		return []*mention{&v}
	}
	return nil
}

// handsOver reports whether a trigger hands a person over to a state:
// "extradited", "handed over".
func handsOver(st *sent, cd *candidate) bool {
	w := st.low[cd.i]
	return strings.HasPrefix(w, "extradit") || (w == "handed" || w == "hands" || w == "hand") && cd.i+1 < len(st.low) && st.low[cd.i+1] == "over"
}

// receiver finds the state after "to" in the clause of token j, past an
// apposition: "extradited Do Kwon, the entrepreneur behind …, to the
// United States".
func (st *sent) receiver(j int) []*mention {
	for k := j; k+1 < len(st.low) && k < j+30; k++ {
		// "the cartel known as Otoniel, to …": an "as" inside the
		// apposition does not end the clause.
		if clauseBreaks.has(st.low[k]) && st.low[k] != "as" {
			return nil
		}
		if st.low[k] != "to" {
			continue
		}
		n := k + 1
		if st.low[n] == "the" && n+1 < len(st.low) {
			n++
		}
		if m := st.mentionAt(n); m != nil && m.i == n && (m.kind == "country" || m.kind == "capital") {
			m.place = false
			return []*mention{m}
		}
	}
	return nil
}

// recipientAt returns the country or capital right after "to" at token j
// ("arms sales to Turkey", "flights to and from Mali"), as an actor.
func (st *sent) recipientAt(j int) []*mention {
	if j+1 >= len(st.low) || st.low[j] != "to" {
		return nil
	}
	n := pastFrom(st, j+1)
	return st.recipientListX51(st.stateAt(n))
}

// recipientLater returns the country or capital after a "to" further along
// the clause of token j ("reopened its border to Qatar"). A comma ends the
// search: "recaptured the town, a stop on the road to China" does not aim
// at China.
func (st *sent) recipientLater(j int) []*mention {
	if j >= len(st.low) || j == 0 {
		return nil
	}
	cl := st.clause[j-1]
	for k := j; k+1 < len(st.low) && k < j+12; k++ {
		if st.clause[k] != cl || st.low[k] == "," || clauseBreaks.has(st.low[k]) {
			return nil
		}
		if r := st.recipientAt(k); r != nil {
			return r
		}
	}
	return nil
}

// hostCapital returns the country whose capital a visitor is in, named
// after "in" before the visit's trigger at i ("was received in Hanoi on
// his first trip abroad"), when it is not the visitor's own.
func (st *sent) hostCapital(i int, src []*mention) []*mention {
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.i >= i || m.kind != "capital" || m.i == 0 || st.low[m.i-1] != "in" {
			continue
		}
		if len(src) > 0 && (src[0].actor.Country == m.actor.Country || src[0].i > m.i) {
			continue
		}
		v := *m
		v.place = false
		return []*mention{&v}
	}
	return nil
}

// tollObject finds who a violent event killed or wounded: the actor after
// "killing", "wounding" or "injuring" and a count.
func (st *sent) tollObject(j int) []*mention {
	for k := j; k < len(st.low); k++ {
		switch st.low[k] {
		case "killing", "wounding", "injuring", "killed", "wounded", "injured":
			for n := k + 1; n < len(st.low) && n <= k+4; n++ {
				// "killing seven, the defence ministry said": who
				// reports the toll is not its victim.
				if st.low[n] == "," {
					break
				}
				if m := st.mentionAt(n); m != nil && !m.place {
					return []*mention{m}
				}
			}
		}
	}
	return nil
}

// diedInWords are the toll verbs whose subject died or was hurt in an
// attack named after "in": "who died in a drone strike".
var diedInWords = filtered(map[string]bool{"died": true, "killed": true, "wounded": true, "injured": true, "hurt": true})

// diedIn returns who died or was hurt in the attack noun at i, the subject
// of the toll verb before "in": "the general, who died in a US drone strike
// at the airport", "40 people were killed in an air raid on the town". The
// victims are the attack's target, not the place's country or the group
// holding the town. Only the attack's own modifiers ("a suspected
// chemical") may come between "in" and the noun.
func (st *sent) diedIn(i int) []*mention {
	k := i - 1
	for n := 0; n < 4 && k > 0 && st.low[k] != "in"; n++ {
		t := st.toks[k].tag
		if t != "DT" && t != "JJ" && t != "VBN" && !strings.HasPrefix(t, "NN") && st.mentionAt(k) == nil {
			return nil
		}
		k--
	}
	if k < 1 || st.low[k] != "in" || !diedInWords.has(st.low[k-1]) {
		return nil
	}
	// The victims right before the verb ("40 people were killed"), or
	// what a relative pronoun stands for ("the general, who died").
	n := k - 2
	for q := 0; q < 3 && n > 0 && tollAux.has(st.low[n]); q++ {
		n--
	}
	if n < 0 {
		return nil
	}
	if st.low[n] == "who" {
		return st.subject(k - 1)
	}
	if m := st.mentionAt(n); m != nil && !m.place && m.j == n+1 {
		return st.coordinated(m)
	}
	return nil
}

// tollAux are the words between the victims and a toll verb: "were
// reportedly killed", "had been wounded".
var tollAux = filtered(map[string]bool{"was": true, "were": true, "been": true, "had": true, "have": true, "has": true, "reportedly": true, "all": true})

// visited finds the place a visit went to: a place or capital right before
// the trigger ("New Delhi visit") or after "to".
func (st *sent) visited(i, j int) []*mention {
	for n := range st.mentions {
		m := &st.mentions[n]
		// "Kabul visit", "visited Washington", "a visit to Kabul",
		// "arrived in New Delhi", "a trip to Tokyo" (the "to" inside the
		// trigger).
		if m.j == i && !verbAt(st, i) || m.i == j && !m.place {
			m.place = false
			return st.visitedListS46(m, m)
		}
		// ("arrived in Ramallah" tells only where someone is.)
		if (m.i > j || m.i == j && st.low[j-1] == "to") && m.i <= j+2 && (st.low[m.i-1] == "to" || st.low[m.i-1] == "in") {
			// A copy: the place stays a place for the sentence's other
			// verbs ("after a trip to Kenya, has not said whether he …").
			v := *m
			v.place = false
			return st.visitedListS46(m, &v)
		}
	}
	return nil
}

// placeWords may stand between an attack and the town it hits: "the
// besieged city of", "its second city,".
var placeWords = filtered(map[string]bool{
	"city": true, "town": true, "village": true, "capital": true, "port": true, "district": true,
	"suburb": true, "suburbs": true, "outskirts": true, "neighbourhood": true, "neighborhood": true,
	"on": true, "at": true, "against": true, "into": true, "of": true, "the": true, "its": true,
	"their": true, "a": true, "second": true, "largest": true, "besieged": true, "southern": true,
	"northern": true, "eastern": true, "western": true, "central": true, "frontline": true,
	"front-line": true, ",": true, "regional": true, "provincial": true, "border": true,
})

// placeAttacked reports whether a violent trigger's object is a place
// rather than people: the place follows it through place words only, or is
// the subject of a passive trigger.
func (st *sent) placeAttacked(cd *candidate) bool {
	for _, p := range st.places {
		if p.i >= cd.j {
			ok := true
			for k := st.x74PastLauncher(cd.j); k < p.i; k++ {
				if !placeWords.has(st.low[k]) && !strings.HasPrefix(st.toks[k].tag, "JJ") && !isWeaponWord(st.low[k]) && !st.x74PlaceDemonym(k, &p) && !st.x74SalvoWord(k) {
					ok = false
					break
				}
			}
			if ok && p.i-cd.j <= 8 {
				return true
			}
		}
		if (st.isPassive(cd.i) || cd.e.has(flagPassive)) && p.j <= cd.i && cd.i-p.j <= 3 {
			return true
		}
	}
	return false
}

// isWeaponWord reports whether w names what was fired: "fired rockets at".
func isWeaponWord(w string) bool {
	switch w {
	case "rockets", "missiles", "shells", "drones", "mortars", "artillery", "bombs", "fire":
		return true
	}
	return false
}

// placingVerbs put someone into a state a trigger names after them:
// "placed two former ministers under house arrest".
var placingVerbs = filtered(map[string]bool{
	"placed": true, "placing": true, "put": true, "putting": true, "kept": true, "keeping": true,
	"places": true, "puts": true, "keeps": true, "held": true, "holding": true,
})

// placedUnder returns the verb before a trigger that opens with "under"
// and is its complement ("placed X under house arrest"), or -1: the verb's
// subject and object are the trigger's.
func (st *sent) placedUnder(cd *candidate) int {
	if st.low[cd.i] != "under" {
		return -1
	}
	for k := cd.i - 1; k >= 0 && k >= cd.i-10; k-- {
		if placingVerbs.has(st.low[k]) {
			return k
		}
		if st.clause[k] != st.clause[cd.i] || st.low[k] == "," || verbAt(st, k) {
			return -1
		}
	}
	return -1
}

// objectAnywhere finds the first actor after token j, across clauses, that
// is not the speaker of a report ("…, police said"). Past a clause of time
// an actor of the source's own country is skipped: "China suspended imports
// from Japan, hours after …, a step Beijing's customs agency said …" does
// not aim at China; "regained the town, days after insurgents overran it"
// does name the other side.
func (st *sent) objectAnywhere(j int, src []*mention) []*mention {
	timed, second := false, 0
	for k := j; k < len(st.toks); k++ {
		if k > j && st.timeClause(k) {
			timed = true
		}
		// "looted shops after police walked off the job": the goods
		// are the object; the next clause's actors are not.
		if st.pastGoodsClause(j, k) {
			return nil
		}
		// "condemned the vote, and the EU warned …": a verb with its own
		// object does not reach into a later clause. Acts of protesters
		// and armed sides keep the force of the next clause: "burned
		// tyres, and police fired tear gas".
		if st.laterClause(j, k) && !crowdSide(src) {
			return nil
		}
		// "cut internet lines and placed ministers under arrest": a verb
		// that has its own object takes none from the next verb's.
		if st.low[k] == "and" && k+1 < len(st.toks) && st.toks[k+1].tag == "VBD" && st.ownObject(j, k) {
			second = k + 2
		}
		m := st.mentionAt(k)
		if m == nil || m.place || placeAdjective(st, m) || goodsAdjective(st, m) || brokerCompound(st, m) || m.j < len(st.low) && reportVerbs.has(st.low[m.j]) || st.inAttribution(m) || st.inSpeechAside(j, m) {
			continue
		}
		if timed && sameCountry(m, src) || st.x74FiredWeapon(m) && st.objectAnywhere(m.j, src) != nil {
			continue
		}
		// Only a possessor right after the second verb may still be
		// whom the first act is for: "withdrew its bid and backed
		// Azerbaijan's".
		if second > 0 && (st.nounIn(second, m.i) || !st.isPossessive(m.j)) {
			return nil
		}
		return st.coordinated(m)
	}
	return nil
}

// otherSideTarget returns the actors of the next mention after the
// trigger's target in the same clause, resolved, when every actor of the
// target found is on the source's own side, or nil. In "the junta refused
// to let a delegation of ECOWAS into Niamey" the delegation, read as the
// junta's own government, is not whom the refusal is aimed at; ECOWAS is.
// At most a few mentions are passed over, and cd.tgt becomes the one
// taken.
func (c *Coder) otherSideTarget(d *doc, st *sent, cd *candidate, loc *truce.Location, src []truce.Actor) []truce.Actor {
	// "rival militias fought": the group is on both sides.
	if st.rivalsOwnFoes(cd) {
		return append([]truce.Actor{}, src...)
	}
	ms := cd.tgt
	for n := 0; n < 3 && len(ms) > 0; n++ {
		last := ms[len(ms)-1]
		if last.j >= len(st.low) || last.i < cd.j {
			return nil
		}
		next := st.objectAnywhere(last.j, cd.src)
		if len(next) == 0 || st.clause[next[0].i] != st.clause[last.i] {
			return nil
		}
		if tgt := removeActors(c.resolveGeneric(d, st, next, loc, src), src); len(tgt) > 0 {
			cd.tgt = next
			return tgt
		}
		ms = next
	}
	return nil
}

// fromHolder returns the actor a territory trigger takes ground from, after
// "from" in its clause: "retook the town of Bor from rebel fighters". The
// place taken is not its own people; the group it was taken from is the
// target. A comma or a new clause ends the search.
func (st *sent) fromHolder(cd *candidate) []*mention {
	if !cd.e.has(flagTerritory) || cd.e.pos != 'V' || cd.j >= len(st.low) || cd.j == 0 {
		return nil
	}
	cl := st.clause[cd.j-1]
	for k := cd.j; k+1 < len(st.low) && k < cd.j+15; k++ {
		if st.clause[k] != cl || st.low[k] == "," || clauseBreaks.has(st.low[k]) {
			return nil
		}
		if st.low[k] != "from" {
			continue
		}
		if m := st.object(k, fromPrep.m); m != nil && !m[0].place {
			return m
		}
		return nil
	}
	return nil
}

var fromPrep = filtered(map[string]bool{"from": true})

// namesHolder reports whether the object of a territory trigger names
// someone who could have held the ground ("cleared the militants from"),
// not only the place or its people ("the village of Tal Kef", "the town of
// 20,000 people").
func namesHolder(tgt []*mention) bool {
	for _, m := range tgt {
		if !m.place && m.actor.Sector != "CVL" && m.actor.Sector != "" && !groundWord(m) {
			return true
		}
	}
	return false
}

// parallelTarget returns the target of the same kind of act told just
// before in the sentence, when the trigger at cd names none and opens a
// parallel clause with subjects of its own: "Bolivia cut ties with Israel,
// while Colombia and Chile recalled their ambassadors" aims the recall at
// Israel too. Only a conjunction joins the two clauses. Otherwise it
// returns the target cd already has, less the subjects of a later clause
// ("Norway pledged funds and Germany sent pumps" is not aimed at Germany).
func (c *Coder) parallelTarget(cd *candidate, earlier []*candidate) []*mention {
	st := cd.st
	// "Nairobi offered 1,000 officers, the Bahamas pledged personnel":
	// the subject of a later clause is no object of this one.
	cd.tgt = st.beforeLaterClause(cd)
	if cd.tgt != nil || len(cd.src) == 0 || len(earlier) == 0 {
		return cd.tgt
	}
	var prev *candidate
	for n := len(earlier) - 1; n >= 0 && prev == nil; n-- {
		if c.lex.cameo[earlier[n].e.cameo].plover == c.lex.cameo[cd.e.cameo].plover {
			prev = earlier[n]
		}
	}
	if prev == nil || prev.tgt == nil || len(prev.src) == 0 ||
		sharesMention(prev.src, cd.src) || sameCountryAny(prev.tgt, cd.src) || sameCountryAny(prev.src, cd.src) {
		return cd.tgt
	}
	// Only states toward a state: "the governor banned all rallies" after
	// "police detained the mayor" is not aimed at the mayor.
	for _, m := range append(append([]*mention{}, prev.tgt...), cd.src...) {
		if m.actor.Country == "" || m.actor.ID != m.actor.Country {
			return cd.tgt
		}
	}
	joined := false
	for k := prev.j; k < cd.src[0].i; k++ {
		if parallelJoins.has(st.low[k]) {
			joined = true
		}
	}
	if !joined {
		return cd.tgt
	}
	return prev.tgt
}

// parallelJoins open a clause telling the same act of other actors:
// "…, while Chile recalled its ambassador", "…, and Peru followed".
var parallelJoins = filtered(wordSet("while", "whereas", "and", "as"))

// sameCountryAny reports whether some mention of a has the country of
// some mention of b.
func sameCountryAny(a, b []*mention) bool {
	for _, m := range a {
		if sameCountry(m, b) {
			return true
		}
	}
	return false
}

// struckVerbs are past forms of verbs by which a weapon hits what it hits.
var struckVerbs = filtered(map[string]bool{
	"struck": true, "hit": true, "killed": true, "bombed": true, "shelled": true,
	"wounded": true, "injured": true, "destroyed": true, "slammed": true,
})

// aimedThenHit returns what a weapon actually hit when its aim and its hit
// are both named: "a drone targeting insurgents mistakenly struck
// villagers" wounded the villagers, not the insurgents. j is the word after the noun trigger,
// tgt the aim found after it, returned when no hit follows.
func (st *sent) aimedThenHit(j int, tgt []*mention) []*mention {
	if len(tgt) == 0 || j >= len(st.low) || st.low[j] != "targeting" && st.low[j] != "targetting" {
		return tgt
	}
	end := tgt[len(tgt)-1].j
	cl := st.clause[j]
	for k := end; k < len(st.low) && k < end+4; k++ {
		if st.clause[k] != cl || st.low[k] == "," {
			break
		}
		if hit := st.object(k+1, nil); struckVerbs.has(st.low[k]) && hit != nil {
			return hit
		}
		if !strings.HasSuffix(st.low[k], "ly") && st.toks[k].tag != "RB" {
			break
		}
	}
	return tgt
}
