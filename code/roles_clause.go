package code

// Clause structure the role finders read: prepositions and their objects,
// asides, clauses of time and attributions.

import "strings"

// modifierTags are tags a noun trigger's premodifiers may carry between it
// and the actor that owns it ("Pakistan's retaliatory airstrikes").
func isModifier(t tok) bool {
	switch {
	case strings.HasPrefix(t.tag, "JJ"), strings.HasPrefix(t.tag, "NN"), t.tag == "VBN", t.tag == "CD",
		t.tag == "POS", t.tag == "HYPH", t.tag == "(", t.tag == ")":
		return true
	}
	switch t.low {
	case "(", ")", "-", "'s", "'", "alleged", "retaliatory", "recent", "deadly", "fresh", "new":
		return true
	}
	return false
}

// subjectPreps are the prepositions whose object is not a clause's
// subject: "gathered outside parliament", "clashed with police".
var subjectPreps = filtered(map[string]bool{
	"in": true, "at": true, "near": true, "into": true, "across": true, "around": true,
	"outside": true, "inside": true, "toward": true, "towards": true, "from": true,
	"along": true, "over": true, "to": true, "through": true, "via": true, "on": true,
	"against": true, "with": true, "for": true, "about": true, "among": true,
})

// loyalWords before "to" make the fighters before them the group after:
// "militiamen loyal to the general".
var loyalWords = filtered(map[string]bool{"loyal": true, "allied": true, "affiliated": true, "linked": true, "belonging": true})

// loyalForces are the sectors of forces that take the country of the
// rulers they are loyal to.
var loyalForces = filtered(map[string]bool{"MIL": true, "COP": true})

// loyalIrregulars are the sectors of armed men who, loyal to a state's
// rulers, are pro-government militias.
var loyalIrregulars = filtered(map[string]bool{"REB": true, "MLT": true, "CRM": true})

// beforePrepObject returns, when m is the object of a preposition, the
// first actor of its clause before that preposition, or nil.
func (st *sent) beforePrepObject(m *mention) *mention {
	k := st.prepBefore(m)
	if k < 0 || !subjectPreps.has(st.low[k]) {
		return nil
	}
	// "Fighters loyal to the Kachin Independence Army clashed": those
	// loyal to a group are the group.
	// "Soldiers loyal to the junta detained …": unnamed forces loyal to
	// a state's rulers are that state's forces, not its rulers.
	if k > 0 && st.low[k] == "to" && loyalWords.has(st.low[k-1]) {
		h := st.mentionAt(k - 2)
		if h != nil && h.actor.ID == "" && loyalForces.has(h.actor.Sector) && m.actor.Sector == "GOV" {
			if m.actor.Country != "" {
				h.actor.Country = m.actor.Country
				h.actor.ID = m.actor.Country + h.actor.Sector
			}
			return h
		}
		// "Gunmen loyal to the prime minister clashed …": unnamed
		// irregulars loyal to a state's rulers are its militias.
		if h != nil && h.actor.ID == "" && loyalIrregulars.has(h.actor.Sector) && m.actor.Sector == "GOV" {
			h.actor.Sector = "MLT"
			if m.actor.Country != "" {
				h.actor.Country = m.actor.Country
				h.actor.ID = m.actor.Country + "MLT"
			}
			return h
		}
		if h == nil || h.actor.ID == "" {
			return nil
		}
	}
	for n := range st.mentions {
		p := &st.mentions[n]
		if p.j <= k && !p.place && p.kind != "anaphor" && st.clause[p.i] == st.clause[m.i] && !afterPrepWord(st, st.coordinated(p)[0]) {
			// "Villagers said that soldiers from a column had …": the
			// teller is not the head (roles_s59_teller.go).
			if st.s59TellerBefore(p, k) {
				continue
			}
			// "a spokesman for Pakistan's military": a noun the phrase
			// qualifies is not another actor.
			// "Protesters angry at the fall of Goma to M23 rebels
			// attacked": an adjective phrase after the actor describes
			// it, as a verb would.
			if !verbBetween(st, p.j, k) && !adjectivePhraseAt(st, p.j) {
				return nil
			}
			return p
		}
	}
	// "students who had gathered outside parliament to protest": the
	// actor a relative clause hangs from.
	s := m.i
	for s > 0 && st.clause[s-1] == st.clause[m.i] {
		s--
	}
	return st.antecedent(s)
}

// verbBetween reports whether a verb lies in tokens [from, to).
func verbBetween(st *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if verbAt(st, k) {
			return true
		}
	}
	return false
}

// prepBefore returns the preposition whose object m is, or -1: only
// modifiers and one determiner may stand between ("outside the national
// parliament"; not "on Saturday the United States").
func (st *sent) prepBefore(m *mention) int {
	// "said on Friday they would": a subject pronoun is no object, and a
	// date ends the phrase it is in.
	if _, ok := subjectPronouns.get(st.low[m.i]); ok && m.kind == "pronoun" {
		return -1
	}
	for k := m.i - 1; k >= 0 && k >= m.i-4; k-- {
		if timeWords.has(st.low[k]) {
			return -1
		}
		if subjectPreps.has(st.low[k]) || st.low[k] == "of" || st.low[k] == "by" {
			return k
		}
		if determiners.has(st.low[k]) {
			if k > 0 && (subjectPreps.has(st.low[k-1]) || st.low[k-1] == "of" || st.low[k-1] == "by") {
				return k - 1
			}
			return -1
		}
		if !isModifier(st.toks[k]) {
			return -1
		}
	}
	return -1
}

// timeWords end a phrase of time: "on Friday", "late on Saturday night".
var timeWords = filtered(map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "night": true, "morning": true, "evening": true,
	"afternoon": true, "week": true, "month": true, "year": true, "today": true, "yesterday": true,
})

// determiners open a noun phrase: "by a mob", "by their commanders".
var determiners = filtered(map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true})

// afterPrepWord reports whether a mention is itself the object of a
// preposition.
func afterPrepWord(st *sent, m *mention) bool {
	return st.prepBefore(m) >= 0
}

// asideStart returns the index of the comma opening an aside that the comma
// at k closes, or -1. An aside starts with a participle or a relative word.
func (st *sent) asideStart(k int) int {
	for j := k - 1; j >= 0 && k-j < 25; j-- {
		if st.low[j] != "," {
			continue
		}
		// "…, a day after a flight was forced to land, …": a comma
		// before another clause opens no aside of this one.
		if j+1 < k && st.asideClause(j+1, k) {
			t := st.toks[j+1]
			if t.tag == "VBN" || t.tag == "VBG" || t.low == "who" || t.low == "which" || t.low == "a" || t.low == "an" {
				return j
			}
			if st.rolesX105WhomAside(j) {
				return j
			}
			// "Lakurawa, made up largely of fighters, has": a participle
			// the tagger read as a past tense still opens an aside when
			// a particle or preposition follows it and a name precedes.
			if t.tag == "VBD" && j+2 < k && (st.toks[j+2].tag == "RP" || st.toks[j+2].tag == "IN") && j > 0 {
				if m := st.mentionAt(j - 1); m != nil && m.j == j && !m.place {
					return j
				}
			}
			// "Algiers, the main backer of the Polisario Front, recalled":
			// an apposition after a named actor says who it is; the
			// actor it names is not the subject.
			// "Azerbaijan, Ankara's closest ally, welcomed": so does one
			// opening with a possessor.
			if (t.low == "the" || st.possessorOpens(j+1, k)) && j > 0 {
				if m := st.mentionAt(j - 1); m != nil && m.j == j && !m.place {
					return j
				}
			}
		}
		return -1
	}
	return -1
}

// possessorOpens reports whether an actor with a possessive ending opens
// the phrase at token i, before k: "Ankara's closest ally".
func (st *sent) possessorOpens(i, k int) bool {
	m := st.mentionAt(i)
	return m != nil && m.i == i && m.j < k && st.isPossessive(m.j)
}

// asideClause reports whether tokens [from, k] may form one aside: they
// lie in one clause, or the only clauses opened inside are relative ones
// ("made up of fighters who crossed from Mali,": the relative clause
// describes a noun of the aside). A relative aside runs to its closing
// comma whatever it holds: "The junta, which has ruled since a coup in
// 2021, rejected …".
func (st *sent) asideClause(from, k int) bool {
	relative := st.low[from] == "who" || st.low[from] == "which" || st.low[from] == "whom"
	for x := from + 1; x <= k; x++ {
		if st.clause[x] == st.clause[x-1] || st.low[x] == "who" || st.low[x] == "which" || st.namingBreak(x, k) {
			continue
		}
		if !relative || st.low[x] == ";" || st.low[x] == ":" {
			return false
		}
	}
	return true
}

// absoluteWith reports whether m is the subject of an absolute clause
// "with NP V-ing" set off from the main one: "met in Oslo, with Norway's
// envoy urging both sides to …" — m does the urging and is no object of
// the main verb.
func (st *sent) absoluteWith(m *mention) bool {
	if !st.holds(m) {
		return false
	}
	k := st.prepBefore(m)
	if k < 1 || st.low[k] != "with" || st.low[k-1] != "," || m.j >= len(st.low) {
		return false
	}
	w := st.low[st.pastName(m)]
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !nonVerbIng.has(w)
}

// pastName returns the token after m and any proper names that follow it
// ("Turkey's president Ali Veli"): a name the actor data does not hold.
func (st *sent) pastName(m *mention) int {
	x := m.j
	for x < len(st.toks)-1 && properTag(st.toks[x].tag) {
		x++
	}
	return x
}

// absoluteSubject returns the subject of the absolute "with NP V-ing"
// clause whose V-ing is token i, or nil: "…, with Norway's envoy urging
// both sides to return to talks" — the envoy urges.
func (st *sent) absoluteSubject(i int) *mention {
	for n := range st.mentions {
		if m := &st.mentions[n]; m.j <= i && !m.place && st.pastName(m) == i && st.absoluteWith(m) {
			return m
		}
	}
	return nil
}

// nonVerbIng lists words in -ing that open no absolute clause.
var nonVerbIng = filtered(map[string]bool{"during": true, "including": true, "regarding": true, "concerning": true})

// prepWord returns the preposition m is the object of, or "".
func (st *sent) prepWord(m *mention) string {
	if k := st.prepBefore(m); k >= 0 {
		return st.low[k]
	}
	return ""
}

// timeClause reports whether token k opens a clause of time set off from
// the main one: ", after …", "hours after …", "a day before …".
func (st *sent) timeClause(k int) bool {
	switch st.low[k] {
	case "after", "before", "since", "following", "amid", "while", "when":
	default:
		return false
	}
	return k > 0 && (st.low[k-1] == "," || timeSpans.has(st.low[k-1]))
}

// timeSpans measure how long before or after: "hours after", "shortly
// before".
var timeSpans = filtered(map[string]bool{
	"hours": true, "days": true, "weeks": true, "months": true, "minutes": true, "day": true,
	"week": true, "month": true, "shortly": true, "soon": true, "just": true, "year": true, "years": true,
})

// clauseOpeners open a subordinate clause whose subject follows them.
var clauseOpeners = filtered(map[string]bool{"since": true, "after": true, "before": true, "when": true, "while": true, "because": true, "until": true, "as": true})

// speechBetween reports whether a verb of saying lies in [from, to).
func (st *sent) speechBetween(from, to int) bool {
	for k := from; k < to && k < len(st.low); k++ {
		if speechVerbs.has(st.low[k]) || reportVerbs.has(st.low[k]) {
			return true
		}
	}
	return false
}

// verbAt reports whether token i is tagged as a verb.
func verbAt(st *sent, i int) bool { return strings.HasPrefix(st.toks[i].tag, "VB") }

// nounAdjunct returns the word opening a phrase of time that the noun at
// i heads, or -1: "[after] a two-day battle with …", "[following] heavy
// clashes with …". Such a phrase hangs from the main clause and has no
// subject of its own.
func (st *sent) nounAdjunct(i int) int {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch st.low[k] {
		case "after", "following", "during", "amid":
			if k > 0 && st.mentionAt(k-1) == nil || k == 0 {
				return k
			}
			return -1
		}
		if !determiners.has(st.low[k]) && !isModifier(st.toks[k]) || st.mentionAt(k) != nil {
			return -1
		}
	}
	return -1
}

// withSide reports whether the fight ending before token j names its other
// side next with "with" or "against", past a verb of outbreak: "a battle
// with the rebels", "fighting broke out with Tajikistan".
func (st *sent) withSide(j int) bool {
	if j < len(st.low) && outbreakVerbs.has(st.low[j]) {
		j++
		if j < len(st.low) && (st.low[j] == "out" || st.low[j] == "up") {
			j++
		}
	}
	return j < len(st.low) && (st.low[j] == "with" || st.low[j] == "against")
}

// outbreakVerbs say a fight began: "broke out", "erupted", "flared up".
var outbreakVerbs = filtered(map[string]bool{
	"broke": true, "breaks": true, "erupted": true, "erupts": true, "flared": true, "flares": true, "raged": true, "rages": true,
})

// participleClause reports whether the clause starting at token k is an
// adjunct with no subject of its own: "after initialling", "while
// visiting", "before signing".
func participleClause(st *sent, k int) bool {
	switch st.low[k] {
	case "after", "before", "while", "when", "since":
		return k+1 < len(st.toks) && st.toks[k+1].tag == "VBG"
	}
	return false
}

// adjectivePhraseAt reports whether an adjective governing a preposition
// starts at k: "angry at", "opposed to", "furious over".
func adjectivePhraseAt(st *sent, k int) bool {
	return k+1 < len(st.toks) && st.toks[k].tag == "JJ" && st.toks[k+1].tag == "IN"
}

// speakerJoined returns the speaker a verb after ", and" at comma k shares,
// when what was said before the comma ends on an actor after a
// preposition: "The United States said that Sudan's army had used chemical
// weapons in its war with the RSF, and announced sanctions on …".
func (st *sent) speakerJoined(k, i int) *mention {
	if k+2 > i || st.low[k+1] != "and" || st.toks[k+2].tag != "VBD" && st.toks[k+2].tag != "VBZ" {
		return nil
	}
	f := st.firstActor()
	if f == nil || f.j >= k || !st.speechBetween(f.j, k) {
		return nil
	}
	for n := k - 1; n > f.j; n-- {
		if m := st.mentionAt(n); m != nil && !m.place {
			if afterPrep(st, m) {
				return f
			}
			return nil
		}
	}
	return nil
}

// firstFinite returns the first finite verb of the clause holding token k,
// at or before k, or -1.
func (st *sent) firstFinite(k int) int {
	s := k
	for s > 0 && st.clause[s-1] == st.clause[k] {
		s--
	}
	for v := s; v <= k; v++ {
		if t := st.toks[v].tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return v
		}
	}
	return -1
}

// finiteIn reports whether the clause starting at token k holds a finite
// verb.
func (st *sent) finiteIn(k int) bool {
	for v := k; v < len(st.toks) && st.clause[v] == st.clause[k]; v++ {
		if t := st.toks[v].tag; t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD" {
			return true
		}
	}
	return false
}

// modifiersOnly reports whether tokens [from, to) are all determiners and
// adjectives: "the last" before "French soldiers".
func (st *sent) modifiersOnly(from, to int) bool {
	if from >= to {
		return false
	}
	for k := from; k < to; k++ {
		if t := st.toks[k].tag; !strings.HasPrefix(t, "JJ") && t != "DT" && t != "CD" {
			return false
		}
	}
	return true
}

// ownObject reports whether the verb ending before token from has an
// object of its own before token to: a common noun before any preposition
// ("cut internet and telephone lines", not "fired tear gas inside a metro
// station").
func (st *sent) ownObject(from, to int) bool {
	for k := from; k < to && k < len(st.toks); k++ {
		switch st.toks[k].tag {
		case "NN", "NNS":
			return true
		case "IN", "TO":
			return false
		}
	}
	return false
}

// nounIn reports whether a common noun lies in tokens [from, to).
func (st *sent) nounIn(from, to int) bool {
	for k := from; k < to && k < len(st.toks); k++ {
		if t := st.toks[k].tag; t == "NN" || t == "NNS" {
			return true
		}
	}
	return false
}

// partySides name a party to a fight by whom it sides with: "Haftar's side".
var partySides = filtered(map[string]bool{"side": true, "camp": true})

// sideHolder returns who acts when m owns a side after "from" or "on":
// in "a warplane from Haftar's side struck" Haftar's forces; in "jets on
// Russia's side" Russia's military, the unnamed forces before taking the
// state's country. It returns nil when m holds no side.
func (st *sent) sideHolder(m *mention) *mention {
	if !st.isPossessive(m.j) || m.j+1 >= len(st.low) || !partySides.has(st.low[m.j+1]) {
		return nil
	}
	k := m.i - 1
	if k >= 0 && st.low[k] == "the" {
		k--
	}
	if k < 0 || st.low[k] != "from" && st.low[k] != "on" {
		return nil
	}
	// "jets on Russia's side": the jets are Russia's forces.
	if h := st.mentionAt(k - 1); h != nil && h.actor.ID == "" && loyalForces.has(h.actor.Sector) && isState(m.actor) {
		h.actor.Country = m.actor.Country
		h.actor.ID = m.actor.Country + h.actor.Sector
		return h
	}
	return m
}

// decisionNouns head "X's decision to …": a resolve whose possessor acts in
// the verb after "to".
var decisionNouns = filtered(map[string]bool{
	"decision": true, "move": true, "plan": true, "plans": true, "bid": true, "attempt": true,
	"attempts": true, "refusal": true, "offer": true, "pledge": true, "promise": true,
	"threat": true, "readiness": true, "willingness": true, "intention": true,
})

// decisionOwner returns the possessor of a decision noun the verb at i
// completes, or nil: in "Norway's decision to recognise Palestine" Norway
// recognises, and in "Mali's move to expel the envoy" Mali expels. One
// adjective may stand between ("Chad's sudden decision to …"), and the
// owner may follow "by" ("the decision by Latvia to close …").
func (st *sent) decisionOwner(i int) *mention {
	if i < 4 || st.low[i-1] != "to" {
		return nil
	}
	if m := st.mentionAt(i - 2); m != nil && m.j == i-1 && m.i >= 2 && st.low[m.i-1] == "by" && decisionNouns.has(st.low[m.i-2]) && m.kind != "pronoun" {
		return m
	}
	if !decisionNouns.has(st.low[i-2]) {
		return nil
	}
	k := i - 3
	if strings.HasPrefix(st.toks[k].tag, "JJ") {
		k--
	}
	if k < 1 || !st.isPossessive(k) {
		return nil
	}
	m := st.mentionAt(k - 1)
	if m == nil || m.j != k || m.kind == "pronoun" {
		return nil
	}
	return m
}

// byPastAdjuncts returns the "by" that follows phrases of time and place
// after a passive verb ending at token j, or -1: "six soldiers were
// killed on Tuesday near the border town of Menaka by jihadists". Only
// places, names, numbers and nouns may stand between; a verb, a comma or
// an actor ends the search.
func (st *sent) byPastAdjuncts(j int) int {
	v := j - 1
	if v > 0 && st.low[v] == "dead" {
		v-- // "were shot dead"
	}
	for j < len(st.low) && st.toks[j].tag == "RB" {
		j++ // "late on Monday"
	}
	if v < 0 || j >= len(st.low) || !st.isPassive(v) || !adjunctPreps.has(st.low[j]) {
		return -1
	}
	return st.byAcrossAdjuncts(j, 14)
}

// byAcrossAdjuncts returns the "by" within limit tokens after the
// adjunct preposition at j, across phrases of time and place ("on Monday
// in the village of Zenda by gunmen"), or -1 when another word or an
// actor that is not a place comes first.
func (st *sent) byAcrossAdjuncts(j, limit int) int {
	for n := j + 1; n < len(st.toks) && n < j+limit; n++ {
		w, t := st.low[n], st.toks[n].tag
		if w == "by" {
			return n
		}
		if m := st.mentionAt(n); m != nil {
			if !m.place {
				return -1
			}
			n = m.j - 1
			continue
		}
		if !adjunctPreps.has(w) && !strings.HasPrefix(t, "NN") && t != "DT" && t != "JJ" && t != "CD" && t != "POS" && t != "RB" {
			return -1
		}
	}
	return -1
}

// adjunctPreps open the phrases of time and place that may stand between
// a passive verb and its agent: "on Monday", "near the border".
var adjunctPreps = filtered(map[string]bool{
	"on": true, "in": true, "near": true, "outside": true, "at": true, "of": true, "during": true,
	"around": true, "inside": true, "along": true, "across": true,
})
