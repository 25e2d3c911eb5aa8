package code

// Agents, passives and relative and participle clauses: who acts when the
// actor is not the plain subject.

import "strings"

// antecedent returns the actor a relative clause starting at token k hangs
// from: "Addis Ababa, which has accused …", "the rebels who seized …".
func (st *sent) antecedent(k int) *mention {
	if k <= 0 || k >= len(st.low) || st.low[k] != "which" && st.low[k] != "who" {
		return nil
	}
	// Only a relative whose own subject it is, and that tells an act
	// ("which has accused", "who was placed under arrest"), not "which
	// Israel rejected" or a habit ("fighters who attack Pakistan").
	// ("the Oromo Liberation Army, which denied any role": a past tense
	// after a comma tells an act too.)
	// ("separatists who hijacked a train": a past tense right after
	// "who" tells an act as well.)
	// ("Riyadh, which also recalled its envoy": past an adverb.)
	// ("Kenya, which on Friday recalled": past a time phrase.)
	v := relativeVerb(st, k+1)
	if v >= len(st.toks) || !relativeAux.has(st.low[v]) && !(pastAct(st, v) && (st.low[k-1] == "," || st.low[k] == "who")) && !progressiveRelativeX80(st, v) {
		return nil
	}
	e := k - 1
	if st.low[e] == "," {
		e--
	}
	if e < 0 {
		return nil
	}
	if m := st.rolesX56WhoOverPhrase(e, k); m != nil {
		return m
	}
	if m := st.mentionAt(e); m != nil && m.j == e+1 && !m.place {
		return m
	}
	if m := st.stateAntecedent(e, k, v); m != nil {
		return m
	}
	// "Mali's main opposition leader, Soumaila Cisse, who was seized": a
	// name the dictionary does not know is who the description before it
	// says.
	n := e
	for n >= 0 && st.toks[n].tag == "NNP" && st.mentionAt(n) == nil {
		n--
	}
	if n < e && n >= 1 && st.low[n] == "," {
		if m := st.mentionAt(n - 1); m != nil && m.j == n && !m.place {
			return m
		}
		// "the armed forces chief, General Jane Doe, who had urged":
		// the body whose office the description names.
		if m := st.mentionAt(n - 2); n >= 2 && m != nil && m.j == n-1 && !m.place && officeNouns.has(st.low[n-1]) {
			return m
		}
	}
	return nil
}

// relativeHead returns the actor a subject relative clause hangs from when
// the verb at i follows the relative's own verb: in "Gunmen on motorcycles
// who raided a school in Kankara abducted 333 boys" the gunmen abducted,
// not the school.
func (st *sent) relativeHead(i int) *mention {
	if !verbAt(st, i) || st.toks[i].tag == "VBG" {
		return nil
	}
	s := st.relativeStart(i)
	if s <= 0 || st.low[s] != "who" && st.low[s] != "whose" || s+1 >= i {
		return nil
	}
	// The relative's own verb comes first: "who raided", "who had
	// stormed", "whose feud has claimed"; a second finite verb before i
	// would be another clause's.
	v := s + 1
	if st.low[s] == "whose" {
		v = st.possessedEnd(s+1, i)
	}
	for v < i && (st.toks[v].tag == "MD" || st.toks[v].tag == "RB" || relativeAux.has(st.low[v]) && v+1 < i && strings.HasPrefix(st.toks[v+1].tag, "VB")) {
		v++
	}
	if v >= i || st.toks[v].tag != "VBD" && st.toks[v].tag != "VBN" && !st.presentRelative(v, i) {
		return nil
	}
	for k := v + 1; k < i; k++ {
		if t := st.toks[k].tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return nil
		}
	}
	// "Gunmen on motorcycles who": past a short phrase on the head.
	for e := s - 1; e >= 0 && e >= s-4; e-- {
		if m := st.mentionAt(e); m != nil {
			if m.place || m.j != e+1 {
				return nil
			}
			return m
		}
		if st.low[e] == "," || verbAt(st, e) {
			return nil
		}
	}
	return nil
}

// relativeAux are the auxiliaries that open a relative clause telling an
// act: "which has accused", "who was detained".
var relativeAux = filtered(map[string]bool{
	"has": true, "have": true, "had": true, "was": true, "were": true, "will": true, "would": true,
})

// participleHead returns the actor a participle phrase holding m describes
// ("soldiers retreating from …", "fighters loyal to …"), when the phrase
// runs on to the verb at i with no finite verb of its own.
func (st *sent) participleHead(m *mention, i int) *mention {
	if st.rolesX58JoinedClauseSubject(m) {
		return nil
	}
	cl := st.clause[m.i]
	for n := range st.mentions {
		p := &st.mentions[n]
		if p.j >= m.i || p.place || st.clause[p.i] != cl || p.j >= len(st.toks) || st.toks[p.j].tag != "VBG" {
			continue
		}
		for k := p.j + 1; k < i; k++ {
			if t := st.toks[k].tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" || st.low[k] == "," {
				return nil
			}
		}
		return p
	}
	return nil
}

// agentAfter finds "by X" right after token j.
func (st *sent) agentAfter(j int) []*mention {
	if m := st.x74HandsAgent(j); m != nil {
		return st.coordinated(m)
	}
	// "snatched by gunmen": a trigger that ends in "by" has its agent
	// next.
	if j > 0 && j < len(st.low) && st.low[j-1] == "by" {
		j--
	}
	// Only right after the trigger, or after its participle: "airstrikes
	// by Pakistan", "shells fired by Indian troops"; not "a ceasefire,
	// mediated by Qatar".
	// "rockets reportedly fired by Hamas": past an adverb on the
	// participle.
	if j+2 < len(st.toks) && st.toks[j].tag == "RB" && st.toks[j+1].tag == "VBN" && st.low[j+2] == "by" {
		j++
	}
	if j+1 < len(st.toks) && st.toks[j].tag == "VBN" && st.low[j+1] == "by" && !mediationWord(st.low[j]) {
		j++
	}
	// "strikes carried out by the army": past the participle's particle
	// (which a tagger may take for a past tense).
	if j+2 < len(st.toks) && (st.toks[j].tag == "VBN" || st.toks[j].tag == "VBD") && phrasalParticles.has(st.low[j+1]) && st.low[j+2] == "by" {
		j += 2
	}
	// "the recapture of Kalamaloue by Cameroonian soldiers": after an
	// "of" trigger, past the place or object it names.
	if j > 0 && st.low[j-1] == "of" {
		if b := st.byPastObject(j); b >= 0 {
			j = b
		}
	}
	// "The shelling of the camp near Kadugli by the RSF", "a raid on the
	// market by bandits": a noun trigger followed by its object.
	if j+1 < len(st.low) && nounObjectPreps.has(st.low[j]) {
		if b := st.byPastObject(j + 1); b >= 0 {
			j = b
		}
	}
	// "was accused of bombing the camp by the RSF": past the charge.
	if b := st.gsr31ByPastGerund(j); b >= 0 {
		j = b
	}
	if b := st.gsr32ByPastLongCharge(j); b >= 0 {
		j = b
	}
	// "a visit to Minsk by Keith Kellogg": past the place a visit went to.
	if j < len(st.low) && (st.low[j] == "to" || st.low[j] == "in") {
		for k := j + 1; k < len(st.toks) && k < j+5; k++ {
			if st.low[k] == "by" {
				j = k
				break
			}
			if t := st.toks[k].tag; t != "NNP" && t != "DT" && st.mentionAt(k) == nil {
				break
			}
		}
	}
	// "doused with water by police", "pelted with stones by settlers":
	// past the instrument of the passive.
	if b := st.byPastInstrument(j); b >= 0 {
		j = b
	}
	// "were killed on Tuesday near the town of Menaka by fighters": past
	// the time and place of a passive verb.
	if b := st.byPastAdjuncts(j); b >= 0 {
		j = b
	}
	if b := st.rolesX71ByPastMotion(j); b >= 0 {
		j = b
	}
	if b := st.rolesX91ByPastTail(j); b >= 0 {
		j = b
	}
	// "was beaten to death and his body set alight by a mob": past a
	// second passive clause to the agent both share.
	if b := st.byPastConjunct(j); b >= 0 {
		j = b
	}
	// "were seized from a camp by armed men": past where they were taken
	// from.
	if b := st.byPastFrom(j); b >= 0 && j > 0 && st.isPassive(j-1) {
		j = b
	}
	for k := j; k < len(st.toks) && k < j+1; k++ {
		if st.low[k] == "by" {
			// "by members of a militia": the body they belong to.
			if k+3 < len(st.low) && memberNouns.has(st.low[k+1]) && st.low[k+2] == "of" {
				k += 2
			}
			if m := st.pastBroker(st.x94MentionOrBelieved(k + 1)); m != nil && !m.place {
				return st.coordinated(m)
			}
			// "thrown by suspected militants", "by a pro-government
			// militia", "left by retreating troops": past the article
			// and adjectives on the agent.
			n := k + 1
			if n+1 < len(st.low) && (determiners.has(st.low[n]) || st.x94AgentCount(n)) && st.mentionAt(n+1) == nil {
				n++
			}
			for n < len(st.toks) && n < k+4 && st.mentionAt(n) == nil && (strings.HasPrefix(st.toks[n].tag, "JJ") || st.toks[n].tag == "VBN" || st.toks[n].tag == "VBG") {
				n++
			}
			if m := st.mentionAt(n); n > k+1 && m != nil && m.i == n && !m.place {
				return st.coordinated(m)
			}
			if m := st.appositionAfter(k + 1); m != nil {
				return []*mention{m}
			}
			// "by the army", "set ablaze by a mob".
			if k+2 < len(st.toks) && (determiners.has(st.low[k+1]) || st.x94AgentCount(k+1)) {
				if m := st.pastBroker(st.mentionAt(k + 2)); m != nil && !m.place {
					return st.coordinated(m)
				}
			}
		}
	}
	return st.launchedFrom(j)
}

// pastBroker returns the head an "Iran-backed" compound modifies: in "held
// by the Iran-backed militia" the militia, not its backer, is the agent.
// Any other mention is returned as it is; nil when no head is named.
func (st *sent) pastBroker(m *mention) *mention {
	if m == nil || !brokerCompound(st, m) {
		return m
	}
	for k := m.j; k < len(st.toks) && k < m.j+5; k++ {
		if h := st.mentionAt(k); h != nil && h != m && h.i >= m.j {
			if h.place {
				return nil
			}
			return h
		}
		if !isModifier(st.toks[k]) {
			return nil
		}
	}
	return nil
}

// memberNouns name the members of a body without saying what they are:
// "members of a militia", "elements of the army".
var memberNouns = filtered(map[string]bool{"members": true, "member": true, "elements": true, "remnants": true})

// byPastInstrument returns the "by" that follows the instrument of a
// trigger ending in "with" at token j ("sprayed with tear gas and water
// cannon by riot police"), or -1.
func (st *sent) byPastInstrument(j int) int {
	switch {
	case j < len(st.low) && st.low[j] == "with":
		j++
	case j > 0 && st.low[j-1] == "with":
	default:
		return -1
	}
	for n := j; n < len(st.toks) && n < j+6; n++ {
		if st.low[n] == "by" {
			if n == j {
				return -1
			}
			return n
		}
		if st.mentionAt(n) != nil || !isModifier(st.toks[n]) && st.low[n] != "and" {
			return -1
		}
	}
	return -1
}

// byPastObject returns the "by" that follows the object of a noun trigger
// starting at token k, or -1. The object may carry a place ("the camp near
// Kadugli") and one aside between commas ("Lashio, the largest city in the
// north, by the MNDAA").
func (st *sent) byPastObject(k int) int { return st.prepPastObject(k, "by") }

// prepPastObject returns the preposition prep that follows the object
// starting at token k, as byPastObject does for "by", or -1: the "from"
// in "took delivery of four helicopters from Russia".
func (st *sent) prepPastObject(k int, prep string) int {
	aside := false
	for n := k; n < len(st.toks) && n < k+16; n++ {
		w, t := st.low[n], st.toks[n].tag
		switch {
		case w == prep:
			return n
		case w == ",":
			// An aside opens and closes once; a second comma without the
			// preposition after it ends the phrase.
			if aside {
				if n+1 < len(st.low) && st.low[n+1] == prep {
					return n + 1
				}
				return -1
			}
			if n+1 >= len(st.low) || !determiners.has(st.low[n+1]) {
				return -1
			}
			aside = true
		case st.mentionAt(n) != nil, strings.HasPrefix(t, "NN"), t == "DT", t == "JJ", t == "JJS", t == "POS", t == "CD":
		case objectPlacePreps.has(w) && n+1 < len(st.toks) && (aside || st.mentionAt(n+1) != nil || st.toks[n+1].tag == "NNP"):
			// "near El Fasher"; inside an aside any place phrase: "the
			// largest city in the north".
		default:
			return -1
		}
	}
	return -1
}

// nounObjectPreps open the object or place of a noun trigger that an
// agent with "by" may follow.
var nounObjectPreps = filtered(map[string]bool{"of": true, "on": true, "against": true, "at": true, "in": true, "near": true})

// objectPlacePreps put a place on a noun: "the camp near El Fasher".
var objectPlacePreps = filtered(map[string]bool{"near": true, "in": true, "outside": true, "at": true, "of": true})

// phrasalParticles end a phrasal verb: "carried out", "set off", "a mine
// left behind".
var phrasalParticles = filtered(map[string]bool{"out": true, "off": true, "up": true, "behind": true})

// relativeAgent returns the subject of a relative clause right after a
// noun trigger ending at j, and the clause's verb: "aid that Washington
// sent", "strikes which the army carried out".
func (st *sent) relativeAgent(j int) (*mention, int) {
	if j+2 >= len(st.low) || st.low[j] != "that" && st.low[j] != "which" {
		return nil, -1
	}
	k := j + 1
	if st.low[k] == "the" {
		k++
	}
	m := st.mentionAt(k)
	if m == nil || m.i != k || m.place {
		return nil, -1
	}
	for v := m.j; v < len(st.toks) && v <= m.j+3; v++ {
		if t := st.toks[v].tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBG" || t == "VBN" {
			if st.low[v] == "is" || st.low[v] == "are" || st.low[v] == "was" || st.low[v] == "were" || st.low[v] == "has" || st.low[v] == "have" || st.low[v] == "had" {
				continue
			}
			return m, v
		}
		if t := st.toks[v].tag; t != "MD" && t != "RB" && !strings.HasPrefix(t, "VB") {
			return nil, -1
		}
	}
	return nil, -1
}

func mediationWord(w string) bool {
	switch w {
	case "mediated", "brokered", "facilitated", "sponsored", "hosted", "guaranteed", "backed", "supported":
		return true
	}
	return false
}

// isPassive reports whether the verb at token i is in the passive voice.
func (st *sent) isPassive(i int) bool {
	if st.reducedPassive(i) || st.hedgedPassive(i) || st.fromPassive(i) || st.bareTollPassive(i) {
		return true
	}
	if st.toks[i].tag != "VBN" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch st.low[k] {
		case "was", "were", "been", "being", "is", "are", "be", "got":
			return true
		case "and":
			// "was alarmed and urged Kampala": see actorObject.
			if st.actorObject(i) {
				return false
			}
		}
	}
	// "11 people have been killed and 749 detained": a participle joined
	// by "and" shares the passive of the one before.
	k := i - 1
	if k > 0 && st.toks[k].tag == "CD" {
		k--
	}
	if k > 0 && st.low[k] == "and" && st.toks[k-1].tag == "VBN" && k-1 < i && !st.actorObject(i) {
		return st.isPassive(k - 1)
	}
	return st.gappedPassive(i) || st.conjoinedPassive(i)
}

// reducedPassive reports whether the participle at i describes the noun
// right before it and has an actor for its "by" agent: "women raped by
// gang members", "villagers killed by soldiers". The noun is hit, the
// agent acts, though no "was" or "were" says so.
func (st *sent) reducedPassive(i int) bool {
	if i < 1 || i+2 >= len(st.low) || st.low[i+1] != "by" {
		return false
	}
	if t := st.toks[i].tag; t != "VBN" && t != "VBD" {
		return false
	}
	if !strings.HasPrefix(st.toks[i-1].tag, "NN") || st.toks[i-1].tag == "NNP" && st.mentionAt(i-1) == nil {
		return false
	}
	k := i + 2
	for k < len(st.low) && (determiners.has(st.low[k]) || isModifier(st.toks[k])) && st.mentionAt(k) == nil {
		k++
	}
	m := st.mentionAt(k)
	return m != nil && !m.place
}

// passiveBy returns the passive verb whose "by" agent the noun at i is,
// past a determiner and modifiers and a short phrase of time ("were
// wounded on Monday by a grenade"), or -1.
func (st *sent) passiveBy(i int) int {
	k := i - 1
	for k >= 0 && (determiners.has(st.low[k]) || isModifier(st.toks[k])) && st.mentionAt(k) == nil {
		k--
	}
	if k < 1 || st.low[k] != "by" {
		return -1
	}
	for v := k - 1; v >= 0 && v >= k-4 && st.clause[v] == st.clause[i]; v-- {
		if st.isPassive(v) {
			return v
		}
		if st.mentionAt(v) != nil || st.low[v] == "," {
			return -1
		}
	}
	return -1
}

// holdWords are the participles that tell who held a person: "held in
// Iran", "jailed in Russia".
var holdWords = filtered(map[string]bool{
	"held": true, "detained": true, "jailed": true, "imprisoned": true, "captive": true,
	"kidnapped": true, "abducted": true,
})

// heldIn returns the state a released person was held in, named after a
// participle of holding between the person and the verb at i: "Five
// Americans who had been held in Iran were freed", "a Frenchman jailed
// in Moscow was released". The state is the captor, not a place.
func (st *sent) heldIn(m *mention, i int) *mention {
	for k := m.j; k+2 < i && k < m.j+6; k++ {
		if !holdWords.has(st.low[k]) || st.low[k+1] != "in" && st.low[k+1] != "by" {
			continue
		}
		x := st.mentionAt(k + 2)
		if x == nil || x.i != k+2 || x.kind != "country" && x.kind != "capital" && x.place {
			return nil
		}
		v := *x
		v.place = false
		return &v
	}
	return nil
}

// envoyHost returns, for a mention naming another state's envoy and then
// the country or capital it serves in, that host as an actor: in "Peru's
// ambassador in Quito was expelled" it is Ecuador that expels him. Nil when
// the mention is no envoy or names no post.
func (st *sent) envoyHost(m *mention, i int) *mention {
	e := m.j - 1
	if e < 0 || m.j+1 >= i || !envoyWords.has(st.low[e]) || st.low[m.j] != "to" && st.low[m.j] != "in" {
		return nil
	}
	k := m.j + 1
	if st.low[k] == "the" {
		k++
	}
	x := st.mentionAt(k)
	if x == nil || x.i != k || x.j > i || x.kind != "country" && x.kind != "capital" || x.actor.Country == m.actor.Country {
		return nil
	}
	v := *x
	v.place = false
	return &v
}

// objectPronoun reports whether a mention is an object pronoun: "him".
func objectPronoun(st *sent, m *mention) bool {
	return m.kind == "pronoun" && m.j == m.i+1 && (st.low[m.i] == "him" || st.low[m.i] == "her" || st.low[m.i] == "them")
}

// mainSubject returns the subject of the clause a participle at i hangs
// from: the sentence's first actor, or, when that actor only speaks
// ("Mujahid said Pakistani forces had used heavy weapons, killing 12"),
// the first actor of what it says.
func (st *sent) mainSubject(i int) *mention {
	m := st.firstActor()
	if m == nil || m.i >= i {
		return nil
	}
	for v := m.j; v < i; v++ {
		if (speechVerbs.has(st.low[v]) || reportVerbs.has(st.low[v])) && !st.proclaims(v, i) {
			// "…, the minister told reporters, accusing …": the
			// speaker of a tag, not whom he told.
			if s := st.tagSpeaker(v, i); s != nil {
				return s
			}
			for n := range st.mentions {
				if x := &st.mentions[n]; x.i > v && x.i < i && !x.place {
					return x
				}
			}
			return nil
		}
	}
	return m
}

// proclaimVerbs can take a plain noun object as well as a clause: "declared
// martial law", "announced a truce".
var proclaimVerbs = filtered(map[string]bool{"declared": true, "declares": true, "announced": true, "announces": true})

// proclaims reports whether the verb at v, before token i, proclaims a
// thing rather than reports a clause: "Armenia declared martial law after
// fighting broke out" names no speaker's report, so Armenia stays the main
// subject.
func (st *sent) proclaims(v, i int) bool {
	if !proclaimVerbs.has(st.low[v]) {
		return false
	}
	k := v + 1
	for k < i && (st.toks[k].tag == "DT" || strings.HasPrefix(st.toks[k].tag, "JJ")) && st.mentionAt(k) == nil {
		k++
	}
	if k >= i || st.mentionAt(k) != nil || st.toks[k].tag != "NN" && st.toks[k].tag != "NNS" {
		return false
	}
	for ; k < i; k++ {
		if t := st.toks[k].tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return false
		}
	}
	return true
}

// passiveTarget returns the target of the passive verb at i: its subject,
// or the author of a proposal that is its subject ("An offer by Ghana was
// rejected by Togo": Ghana).
func (st *sent) passiveTarget(i int) []*mention {
	if a := st.proposalAuthor(i); a != nil {
		return a
	}
	// "treated girls raped by gang members": the noun the participle
	// describes, not the clause's subject.
	if st.reducedPassive(i) {
		if m := st.mentionAt(i - 1); m != nil && !m.place {
			return st.coordinated(m)
		}
	}
	return st.subject(i)
}
