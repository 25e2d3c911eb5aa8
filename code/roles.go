package code

import (
	"strings"

	"github.com/truce-project/truce"
)

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

// owner finds the actor that owns a noun trigger starting at token i: a
// possessor or a modifier in front of it. A mention in skip is passed over
// (the place a visit went to: "Muttaqi's New Delhi visit").
func (st *sent) owner(i int, skip *mention) []*mention {
	for k, steps := i-1, 0; k >= 0 && steps < 7; k, steps = k-1, steps+1 {
		if m := st.mentionAt(k); m != nil && m == skip {
			k = m.i
			continue
		}
		if m := st.mentionAt(k); m != nil && !m.place && !brokerCompound(st, m) {
			return st.coordinated(m)
		}
		// "Kenya and Somalia met …, their first talks in a year": "their"
		// with no mention of its own is the pair that opened the sentence.
		if st.low[k] == "their" && st.mentionAt(k) == nil {
			if m := st.firstActor(); m != nil && m.j <= k {
				if g := st.coordinated(m); len(g) > 1 {
					return g
				}
			}
		}
		if !isModifier(st.toks[k]) {
			break
		}
	}
	return nil
}

// brokerCompound reports whether a mention is the first half of "AU-led",
// "US-brokered", "Iranian-made": a third party, not the owner.
func brokerCompound(st *sent, m *mention) bool {
	t := st.toks[m.j-1].low
	if m.j < len(st.toks) && (st.low[m.j] == "-" || st.low[m.j] == "‑") {
		if m.j+1 < len(st.low) {
			t = "-" + st.low[m.j+1]
		}
	}
	for _, suf := range []string{"-led", "-brokered", "-mediated", "-backed", "-sponsored", "-made", "-supplied", "-funded"} {
		if !strings.HasSuffix(t, suf) {
			continue
		}
		// "a Saudi-led coalition strike": the leader of a coalition owns it.
		if suf == "-led" {
			for k := m.j; k < len(st.low) && k <= m.j+3; k++ {
				switch st.low[k] {
				case "coalition", "forces", "alliance", "troops", "force", "mission", "peacekeepers", "peacekeeping":
					return false
				}
			}
		}
		return true
	}
	return false
}

// coordinated returns m and the mentions joined to it by "and", "&" or the
// commas of a list ("Egypt, Qatar and Turkey"). A comma alone does not join:
// "killed 10 civilians, the Taliban said" names two things.
func (st *sent) coordinated(m *mention) []*mention {
	// "They agreed": a pronoun standing for a group is all its members,
	// each a mention over the same word.
	if m.kind == "pronoun" {
		var out []*mention
		for n := range st.mentions {
			if x := &st.mentions[n]; x.i == m.i && x.j == m.j {
				out = append(out, x)
			}
		}
		if len(out) > 1 {
			return out
		}
	}
	left := st.chain(m, -1)
	right := st.chain(m, +1)
	out := append(left, m)
	return append(out, right...)
}

// chain follows a list from m in direction dir, keeping a comma-joined
// member only when the list goes on to an "and".
func (st *sent) chain(m *mention, dir int) []*mention {
	var out []*mention
	pending := 0 // members joined by a comma and not yet confirmed
	first := ""  // the separator next to m
	cur := m
	for {
		var k int
		if dir < 0 {
			k = cur.i - 1
			// "X and the Y", "X and the paramilitary Y", "X and their
			// families"
			for n := 0; n < 2 && k > 0 && (st.low[k] == "the" || st.toks[k].tag == "PRP$" || strings.HasPrefix(st.toks[k].tag, "JJ")); n++ {
				k--
			}
			// "Erdogan and Egypt's Abdel Fattah al-Sisi": the possessor
			// names the member's state, not another member.
			if p := st.possessorAt(k); p != nil {
				k = p.i - 1
			}
		} else {
			k = cur.j
		}
		if k < 0 || k >= len(st.low) {
			break
		}
		sep := st.low[k]
		if sep != "and" && sep != "," && sep != "&" {
			break
		}
		k += dir
		if dir > 0 && k < len(st.low) && (st.low[k] == "the" || st.toks[k].tag == "PRP$") {
			k++
		}
		if k < 0 || k >= len(st.low) {
			break
		}
		next := st.mentionAt(k)
		// "Erdogan and Egypt's Abdel Fattah al-Sisi": the member is the
		// person the state owns.
		if next != nil && dir > 0 && next.j+1 < len(st.low) && st.isPossessive(next.j) {
			if q := st.mentionAt(next.j + 1); q != nil && q.i == next.j+1 && q.kind != "country" && q.kind != "sector" {
				next = q
			}
		}
		// "and the paramilitary Rapid Support Forces": skip an adjective.
		if next == nil && dir > 0 && k+1 < len(st.low) && strings.HasPrefix(st.toks[k].tag, "JJ") {
			next = st.mentionAt(k + 1)
		}
		// "and clan militias", "and tribal fighters": a common noun
		// qualifying a bare sector noun.
		if next == nil && dir > 0 && k+1 < len(st.low) && st.toks[k].tag == "NN" {
			if q := st.mentionAt(k + 1); q != nil && q.i == k+1 && q.kind == "sector" && !isWeaponWord(st.low[k]) && !isWeaponWord(st.low[k+1]) {
				next = q
			}
		}
		if next == nil || next.place != m.place {
			break
		}
		if first == "" {
			first = sep
		}
		if sep == "," {
			pending++
		} else {
			pending = 0
		}
		if dir < 0 {
			out = append([]*mention{next}, out...)
		} else {
			out = append(out, next)
		}
		cur = next
	}
	if dir > 0 {
		return out[:len(out)-pending]
	}
	// Leftwards, "A, B and m": the commas are confirmed by the "and" nearest m.
	// ("mediation by Egypt, Qatar and Turkey, Hamas is to release": a
	// comma next to m closes the list before it.)
	if pending > 0 && pending == len(out) || first == "," {
		return nil
	}
	return out
}

// possessorAt returns the country mention whose possessive marker is token
// k ("Egypt" in "Egypt's"), or nil.
func (st *sent) possessorAt(k int) *mention {
	if k < 1 || !st.isPossessive(k) {
		return nil
	}
	p := st.mentionAt(k - 1)
	if p == nil || p.j != k || p.kind != "country" {
		return nil
	}
	return p
}

// subject finds the subject of a verb (or of the verb governing a noun
// trigger) at token i: the nearest actor to its left in the same clause,
// skipping comma-delimited asides ("the TTP, bolstered by …, has").
func (st *sent) subject(i int) []*mention {
	if m := st.relativeHead(i); m != nil {
		return st.coordinated(m)
	}
	cl := st.clause[i]
	aside := false
	for k := i - 1; k >= 0; k-- {
		// "… shook hands after initialling a peace agreement": a
		// participle clause shares the main clause's subject.
		if st.clause[k] != cl && !aside && st.clause[k+1] == cl && participleClause(st, k+1) {
			cl = st.clause[k]
		}
		if st.clause[k] != cl && !aside {
			// "Addis Ababa, which has accused Cairo": a relative clause's
			// subject is the actor it hangs from.
			if m := st.antecedent(k + 1); m != nil {
				return st.coordinated(m)
			}
			break
		}
		if st.low[k] == "," {
			// "Abiy Ahmed, Ethiopia's prime minister, and Isaias Afwerki,
			// the president of Eritrea, signed": names joined each with
			// its apposition.
			if g := st.appositionGroup(k); len(g) > 1 {
				return g
			}
			// "Khalil Haqqani, the Taliban's minister for refugees, was
			// killed": an apposition after a name says who it is.
			if m := st.apposition(k); m != nil {
				return st.coordinated(m)
			}
			// A comma closing an aside: skip back to the comma opening it.
			// "The junta, which does not recognise the court, said": the
			// subject is in the clause before the aside.
			if j := st.asideStart(k); j >= 0 {
				k = j
				if j > 0 {
					cl = st.clause[j-1]
				}
				continue
			}
		}
		// "M23 rebels backed by Rwandan troops seized …": the agent of a
		// participle describing the subject is not the subject.
		// "troops backed by Rwandan and southern African forces": so are
		// all the agents coordinated.
		if m := st.mentionAt(k); m != nil && !m.place {
			if f := st.coordinated(m)[0]; f.i >= 2 && st.low[f.i-1] == "by" && st.toks[f.i-2].tag == "VBN" {
				k = f.i - 2
				continue
			}
			// "Youths angry over the killing of a teenager by a police
			// officer set cars ablaze": the agent of a noun is not the
			// verb's subject either.
			if b := st.prepBefore(st.coordinated(m)[0]); b >= 1 && st.low[b] == "by" && strings.HasPrefix(st.toks[b-1].tag, "NN") && st.mentionAt(b-1) == nil {
				k = b
				continue
			}
		}
		// "Shelling of the Russian city of Belgorod killed 24": a demonym
		// naming a kind of place is where, not who.
		if m := st.mentionAt(k); m != nil && !m.place && placeAdjective(st, m) && m.i > 0 && st.low[m.i-1] == "the" {
			k = m.i
			continue
		}
		if m := st.mentionAt(k); m != nil && !m.place && !brokerCompound(st, m) {
			// "Pakistan's openers launched …": the subject is the noun the
			// actor owns, which names no actor.
			if st.isPossessive(m.j) && m.j+1 < len(st.toks) && m.j+1 < i && st.mentionAt(m.j+1) == nil &&
				strings.HasPrefix(st.toks[m.j+1].tag, "NN") {
				// "Kyrgyzstan's border service accused …": a body of
				// the state acts for it.
				if st.ownsInstitution(m.j+1, i) {
					return st.coordinated(m)
				}
				return nil
			}
			// "soldiers retreating from the advance of M23 rebels raped
			// …": an actor inside a participle phrase describes the
			// subject before it.
			if h := st.participleHead(m, i); h != nil && verbAt(st, i) {
				return st.coordinated(h)
			}
			// "students who gathered outside parliament to protest": an
			// actor after a preposition is not the verb's subject when the
			// clause names another before it.
			if h := st.beforePrepObject(m); h != nil && verbAt(st, i) {
				return st.coordinated(h)
			}
			// "Colombian soldiers and dissidents of the FARC traded
			// fire": the "of" phrase's head is joined to an actor before.
			if h := st.ofHeadPartner(m); h != nil {
				return append(st.coordinated(h), st.coordinated(m)...)
			}
			return st.coordinated(m)
		}
	}
	return nil
}

// ofHeadPartner returns, when m ends a phrase "and NOUNS of (the) m"
// whose head noun names no actor ("and dissidents of the former FARC"),
// the actor joined to that phrase by the "and", or nil. A bare sector noun
// ("dissidents") is the group's own people, not another actor.
func (st *sent) ofHeadPartner(m *mention) *mention {
	k := st.prepBefore(m)
	if k < 3 || st.low[k] != "of" || st.toks[k-1].tag != "NNS" || st.low[k-2] != "and" {
		return nil
	}
	if h := st.mentionAt(k - 1); h != nil && (h.actor.ID != "" || h.i != k-1) {
		return nil
	}
	if p := st.mentionAt(k - 3); p != nil && !p.place && p.j == k-2 {
		return p
	}
	return nil
}

// institutionNouns head the names of bodies of a state the actor
// dictionary does not list: "its border service", "the foreign office".
var institutionNouns = map[string]bool{
	"service": true, "services": true, "ministry": true, "office": true, "agency": true,
	"committee": true, "council": true, "cabinet": true, "presidency": true, "guard": true,
	"guards": true, "authority": true, "authorities": true, "administration": true,
	"delegation": true, "embassy": true, "mission": true, "department": true,
}

// ownsInstitution reports whether the noun phrase from token k, before
// token i, is headed by an institution noun.
func (st *sent) ownsInstitution(k, i int) bool {
	for ; k < i && k < len(st.toks); k++ {
		t := st.toks[k].tag
		if !strings.HasPrefix(t, "NN") && !strings.HasPrefix(t, "JJ") {
			break
		}
		if institutionNouns[st.low[k]] && (k+1 >= i || !strings.HasPrefix(st.toks[k+1].tag, "NN")) {
			return true
		}
	}
	return false
}

// antecedent returns the actor a relative clause starting at token k hangs
// from: "Addis Ababa, which has accused …", "the rebels who seized …".
func (st *sent) antecedent(k int) *mention {
	if k <= 0 || k >= len(st.low) || st.low[k] != "which" && st.low[k] != "who" {
		return nil
	}
	// Only a relative whose own subject it is, and that tells an act
	// ("which has accused", "who was placed under arrest"), not "which
	// Israel rejected" or a habit ("fighters who attack Pakistan").
	if k+1 >= len(st.toks) || !relativeAux[st.low[k+1]] {
		return nil
	}
	e := k - 1
	if st.low[e] == "," {
		e--
	}
	if e < 0 {
		return nil
	}
	if m := st.mentionAt(e); m != nil && m.j == e+1 && !m.place {
		return m
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
	s := i
	for s > 0 && st.clause[s-1] == st.clause[i] {
		s--
	}
	if s == 0 || st.low[s] != "who" || s+1 >= i {
		return nil
	}
	// The relative's own verb comes first: "who raided", "who had
	// stormed"; a second finite verb before i would be another clause's.
	v := s + 1
	for v < i && (st.toks[v].tag == "MD" || st.toks[v].tag == "RB" || relativeAux[st.low[v]] && v+1 < i && strings.HasPrefix(st.toks[v+1].tag, "VB")) {
		v++
	}
	if v >= i || st.toks[v].tag != "VBD" && st.toks[v].tag != "VBN" {
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
var relativeAux = map[string]bool{
	"has": true, "have": true, "had": true, "was": true, "were": true, "will": true, "would": true,
}

// participleHead returns the actor a participle phrase holding m describes
// ("soldiers retreating from …", "fighters loyal to …"), when the phrase
// runs on to the verb at i with no finite verb of its own.
func (st *sent) participleHead(m *mention, i int) *mention {
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

// subjectPreps are the prepositions whose object is not a clause's
// subject: "gathered outside parliament", "clashed with police".
var subjectPreps = map[string]bool{
	"in": true, "at": true, "near": true, "into": true, "across": true, "around": true,
	"outside": true, "inside": true, "toward": true, "towards": true, "from": true,
	"along": true, "over": true, "to": true, "through": true, "via": true, "on": true,
	"against": true, "with": true, "for": true, "about": true, "among": true,
}

// loyalWords before "to" make the fighters before them the group after:
// "militiamen loyal to the general".
var loyalWords = map[string]bool{"loyal": true, "allied": true, "affiliated": true, "linked": true, "belonging": true}

// beforePrepObject returns, when m is the object of a preposition, the
// first actor of its clause before that preposition, or nil.
func (st *sent) beforePrepObject(m *mention) *mention {
	k := st.prepBefore(m)
	if k < 0 || !subjectPreps[st.low[k]] {
		return nil
	}
	// "Fighters loyal to the Kachin Independence Army clashed": those
	// loyal to a group are the group.
	if k > 0 && st.low[k] == "to" && loyalWords[st.low[k-1]] {
		if h := st.mentionAt(k - 2); h == nil || h.actor.ID == "" {
			return nil
		}
	}
	for n := range st.mentions {
		p := &st.mentions[n]
		if p.j <= k && !p.place && p.kind != "anaphor" && st.clause[p.i] == st.clause[m.i] && !afterPrepWord(st, st.coordinated(p)[0]) {
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
	if _, ok := subjectPronouns[st.low[m.i]]; ok && m.kind == "pronoun" {
		return -1
	}
	for k := m.i - 1; k >= 0 && k >= m.i-4; k-- {
		if timeWords[st.low[k]] {
			return -1
		}
		if subjectPreps[st.low[k]] || st.low[k] == "of" || st.low[k] == "by" {
			return k
		}
		if determiners[st.low[k]] {
			if k > 0 && (subjectPreps[st.low[k-1]] || st.low[k-1] == "of" || st.low[k-1] == "by") {
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
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "night": true, "morning": true, "evening": true,
	"afternoon": true, "week": true, "month": true, "year": true, "today": true, "yesterday": true,
}

// determiners open a noun phrase: "by a mob", "by their commanders".
var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true}

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
		if j+1 < k && st.clause[j+1] == st.clause[k] {
			t := st.toks[j+1]
			if t.tag == "VBN" || t.tag == "VBG" || t.low == "who" || t.low == "which" || t.low == "a" || t.low == "an" {
				return j
			}
			// "Algiers, the main backer of the Polisario Front, recalled":
			// an apposition after a named actor says who it is; the
			// actor it names is not the subject.
			if t.low == "the" && j > 0 {
				if m := st.mentionAt(j - 1); m != nil && m.j == j && !m.place {
					return j
				}
			}
		}
		return -1
	}
	return -1
}

// targetPreps introduce the target of a noun trigger.
var targetPreps = map[string]bool{
	"on": true, "against": true, "at": true, "targeting": true, "targetting": true, "of": true, "in": true, "into": true,
	"that": true, "with": true, "to": true,
}

// object finds the first actor after token j in the same clause. With preps
// set, only an actor after one of those words counts.
func (st *sent) object(j int, preps map[string]bool) []*mention {
	if j >= len(st.toks) {
		return nil
	}
	cl := st.clause[j-1]
	seenPrep := preps == nil
	for k := j; k < len(st.toks) && k < j+12; k++ {
		// "with Venancio Mondlane, the opposition figure": an apposition
		// says who an unknown name is.
		if st.low[k] == "," && k > j && st.toks[k-1].tag == "NNP" && k+1 < len(st.low) && (st.low[k+1] == "the" || st.low[k+1] == "a" || st.low[k+1] == "an") {
			continue
		}
		if st.clause[k] != cl || st.low[k] == "," {
			break
		}
		// "a base … that also hosts US troops": a relative clause says
		// more about the object; its own object is not this one's.
		if st.low[k] == "that" && k+1 < len(st.toks) && (strings.HasPrefix(st.toks[k+1].tag, "VB") || st.toks[k+1].tag == "RB" || st.toks[k+1].tag == "MD") {
			break
		}
		if preps != nil && preps[st.low[k]] {
			seenPrep = true
			continue
		}
		// "attacked Iran-backed militias": the backer is not the object.
		if m := st.mentionAt(k); m != nil && !m.place && seenPrep && !placeAdjective(st, m) && !goodsAdjective(st, m) && !brokerCompound(st, m) {
			// "attacked the government's budget": the object is the budget.
			if st.isPossessive(m.j) && m.j+1 < len(st.toks) && st.mentionAt(m.j+1) == nil &&
				strings.HasPrefix(st.toks[m.j+1].tag, "NN") && !isFacility(st.low[m.j+1]) {
				return nil
			}
			// "strikes against camps of the ADF": the camps are the
			// group's, not a refugee camp's people.
			if h := st.holderOf(m); h != nil {
				return st.coordinated(h)
			}
			return st.coordinated(m)
		}
		if preps != nil && !seenPrep && k > j+1 {
			return nil
		}
	}
	return nil
}

// holderOf returns the actor that holds a generic facility through "of":
// "camps of the Allied Democratic Forces", "positions of the army".
func (st *sent) holderOf(m *mention) *mention {
	if m.kind != "sector" || m.actor.ID != "" || !civilianSectors[m.actor.Sector] || m.j+1 >= len(st.low) || st.low[m.j] != "of" {
		return nil
	}
	k := m.j + 1
	if st.low[k] == "the" && k+1 < len(st.low) {
		k++
	}
	// "villages of Iraq's Kirkuk province", "the Serb-run Republika
	// Srpska" name a place, not who holds it.
	h := st.mentionAt(k)
	if h == nil || h.i != k || h.place || h.actor.ID == "" || h.kind == "country" || h.kind == "capital" || h.kind == "demonym" || st.isPossessive(h.j) {
		return nil
	}
	return h
}

// isFacility reports whether a noun names a place an actor holds (its
// positions, posts, bases), which stands for the actor.
func isFacility(w string) bool {
	switch w {
	case "positions", "posts", "post", "bases", "base", "troops", "forces", "soldiers", "territory",
		"convoy", "headquarters", "checkpoint", "checkpoints", "embassy", "consulate", "border":
		return true
	}
	return false
}

// agentAfter finds "by X" right after token j.
func (st *sent) agentAfter(j int) []*mention {
	// Only right after the trigger, or after its participle: "airstrikes
	// by Pakistan", "shells fired by Indian troops"; not "a ceasefire,
	// mediated by Qatar".
	if j+1 < len(st.toks) && st.toks[j].tag == "VBN" && st.low[j+1] == "by" && !mediationWord(st.low[j]) {
		j++
	}
	// "strikes carried out by the army": past the participle's particle
	// (which a tagger may take for a past tense).
	if j+2 < len(st.toks) && (st.toks[j].tag == "VBN" || st.toks[j].tag == "VBD") && phrasalParticles[st.low[j+1]] && st.low[j+2] == "by" {
		j += 2
	}
	// "the recapture of Kalamaloue by Cameroonian soldiers": after an
	// "of" trigger, past the place or object it names.
	if j > 0 && st.low[j-1] == "of" {
		for k := j; k < len(st.toks) && k < j+5; k++ {
			if st.low[k] == "by" {
				j = k
				break
			}
			if t := st.toks[k].tag; !strings.HasPrefix(t, "NN") && t != "DT" && t != "JJ" && t != "POS" {
				break
			}
		}
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
	for k := j; k < len(st.toks) && k < j+1; k++ {
		if st.low[k] == "by" {
			if m := st.mentionAt(k + 1); m != nil && !m.place {
				return st.coordinated(m)
			}
			// "thrown by suspected militants", "by unidentified gunmen":
			// past the adjectives on the agent.
			n := k + 1
			for n < len(st.toks) && n < k+4 && st.mentionAt(n) == nil && (strings.HasPrefix(st.toks[n].tag, "JJ") || st.toks[n].tag == "VBN") {
				n++
			}
			if m := st.mentionAt(n); n > k+1 && m != nil && m.i == n && !m.place {
				return st.coordinated(m)
			}
			if m := st.appositionAfter(k + 1); m != nil {
				return []*mention{m}
			}
			// "by the army", "set ablaze by a mob".
			if k+2 < len(st.toks) && determiners[st.low[k+1]] {
				if m := st.mentionAt(k + 2); m != nil && !m.place {
					return st.coordinated(m)
				}
			}
		}
	}
	return nil
}

// phrasalParticles end a phrasal verb: "carried out", "set off".
var phrasalParticles = map[string]bool{"out": true, "off": true, "up": true}

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

// appositionAfter returns the actor an apposition names after a name the
// dictionary does not know, starting at token k: "Keith Kellogg, Donald
// Trump's envoy for Ukraine".
func (st *sent) appositionAfter(k int) *mention {
	n := k
	for n < len(st.toks) && st.toks[n].tag == "NNP" && st.mentionAt(n) == nil {
		n++
	}
	if n == k || n+1 >= len(st.toks) || st.low[n] != "," {
		return nil
	}
	for x := n + 1; x < len(st.toks) && x <= n+4; x++ {
		if m := st.mentionAt(x); m != nil && !m.place {
			// "Donald Trump's envoy": the envoy is the owner's.
			if st.isPossessive(m.j) || m.kind != "person" {
				return m
			}
			return nil
		}
		if st.low[x] == "," {
			return nil
		}
	}
	return nil
}

func mediationWord(w string) bool {
	switch w {
	case "mediated", "brokered", "facilitated", "sponsored", "hosted", "guaranteed", "backed", "supported":
		return true
	}
	return false
}

// betweenUntil finds "between X and Y" after token j and before token end
// (the next trigger: in "the bombing came on the eve of talks between A and
// B" the sides are the talks').
func (st *sent) betweenUntil(j, end int) []*mention {
	for k := j; k < len(st.toks) && k < end && k < j+10 && st.clause[k] == st.clause[j-1]; k++ {
		if st.low[k] == "between" {
			for n := k + 1; n < len(st.toks) && n < k+4; n++ {
				if m := st.mentionAt(n); m != nil {
					return st.coordinated(m)
				}
			}
		}
	}
	return nil
}

// isPassive reports whether the verb at token i is in the passive voice.
func (st *sent) isPassive(i int) bool {
	if st.toks[i].tag != "VBN" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch st.low[k] {
		case "was", "were", "been", "being", "is", "are", "be", "got":
			return true
		}
	}
	// "11 people have been killed and 749 detained": a participle joined
	// by "and" shares the passive of the one before.
	k := i - 1
	if k > 0 && st.toks[k].tag == "CD" {
		k--
	}
	if k > 0 && st.low[k] == "and" && st.toks[k-1].tag == "VBN" && k-1 < i {
		return st.isPassive(k - 1)
	}
	return false
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
		if cd.tgt == nil && !cd.e.has(flagSym) {
			cd.tgt = st.object(cd.j, targetPreps)
		}
		// "controls on exports to South Korea": the place after "to" is
		// the recipient.
		if cd.tgt == nil && !cd.e.has(flagSym) {
			cd.tgt = st.recipientLater(cd.j)
		}
		if cd.tgt == nil && cd.e.has(flagSym) {
			cd.tgt = st.object(cd.j, withPrep) // "a phone call with Zelensky"
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
		if cd.src == nil && !cd.e.has(flagSym) && !byAgent {
			cd.src = st.subject(cd.i)
			// "Mujahid said further strikes had wounded …": who speaks
			// of an attack is not who made it.
			if len(cd.src) > 0 && st.speechBetween(cd.src[len(cd.src)-1].j, cd.i) {
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
	case st.isPassive(cd.i) && strings.HasPrefix(cd.e.cameo, "15"):
		// "police were deployed across Dhaka": who is deployed mobilises.
		cd.src = st.subject(cd.i)
		cd.tgt = st.object(cd.j, nil)
	case st.isPassive(cd.i) || cd.e.has(flagPassive):
		cd.tgt = st.subject(cd.i)
		cd.src = st.agentAfter(cd.j)
		if cd.src == nil && cd.j < len(st.low) && st.low[cd.j] == "from" {
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
			if m := st.mainSubject(cd.i); m != nil {
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
		if cd.i > 0 && st.low[cd.i-1] == "and" {
			if st.toks[cd.i].tag == "VBG" && len(earlier) > 0 {
				cd.src = earlier[len(earlier)-1].src
			} else if m := st.clauseFirst(cd.i); m != nil {
				// "met …, the first talks since Biden took office, and
				// agreed": after a comma, the verb goes back past the
				// subordinate clause to the main subject.
				if m.i > 0 && clauseOpeners[st.low[m.i-1]] && cd.i > 1 && st.low[cd.i-2] == "," {
					if f := st.firstActor(); f != nil && f.i < m.i {
						m = f
					}
				}
				cd.src = st.coordinated(m)
			}
		}
		// "The junta said the truce would hold but warned that …": a verb
		// after "but" with no subject of its own shares the sentence's.
		if cd.src == nil && cd.i > 0 && st.low[cd.i-1] == "but" {
			if m := st.firstActor(); m != nil && m.i < cd.i {
				cd.src = st.coordinated(m)
			}
		}
		cd.tgt = st.object(cd.j, nil)
		// "suspended food assistance to Ethiopia": the country the
		// trigger's object goes to is its target, though "to" makes it a
		// place.
		if cd.tgt == nil {
			cd.tgt = st.recipientAt(cd.j)
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
	// "Americans held in Iran were freed": who held them frees them.
	if cd.src == nil && st.isPassive(cd.i) && len(cd.tgt) > 0 {
		if h := st.heldIn(cd.tgt[len(cd.tgt)-1], cd.i); h != nil {
			cd.src = []*mention{h}
		}
	}
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
	// "Madrid rejected the request", "Baku dismissed their assessment":
	// what is rejected was said by someone the sentence before named.
	// ("Madrid rejected the request, saying the arrival of the Spanish
	// …": an actor past the clause does not say what was rejected.)
	if c.lex.cameo[cd.e.cameo].plover == truce.Reject && st.saidObject(cd.j) &&
		(cd.tgt == nil || cd.e.pos == 'V' && st.object(cd.j, nil) == nil) {
		if m := d.speakerBefore(st, cd.src); m != nil {
			cd.tgt = []*mention{m}
		}
	}
	// "extradited X, the former head of …, to the United States": who
	// receives the person is the target, not the person.
	if handsOver(st, cd) {
		if r := st.receiver(cd.j); r != nil {
			cd.tgt = r
		}
	}
	// "Israel and Hamas accused each other", "pledged not to use force
	// against each other": each side is the other's target.
	if len(cd.src) > 1 && st.eachOther(cd.j) {
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
	// own is what they agreed on.
	if cd.e.has(flagSym) && len(cd.src) > 1 && len(cd.tgt) > 0 && allBare(cd.tgt) {
		cd.src, cd.tgt = cd.src[:1], cd.src[1:]
	}
	// "Laos and Thailand agreed on Monday to reopen the crossing, the UN
	// envoy said": two states agreeing are each other's parties; a third
	// named later, not met "with", is a speaker, broker or venue.
	if c.agreeing(cd.e) && partiesApart(cd.src) && len(cd.tgt) > 0 &&
		!amongActors(cd.tgt, cd.src) && !sharesState(cd.tgt, cd.src) && st.prepWord(cd.tgt[0]) != "with" {
		cd.src, cd.tgt = cd.src[:1], cd.src[1:]
	}
	// "Iran and Saudi Arabia agreed to reopen their embassies": what the
	// source owns is not its target.
	// ("its" stands for the sentence's first actor: "militants attacked its
	// troops" after "Israel struck Gaza" is another matter.)
	if len(cd.src) > 0 && len(cd.tgt) > 0 && cd.tgt[0].kind == "sector" && cd.tgt[0].i > 0 &&
		(st.low[cd.tgt[0].i-1] == "their" || st.low[cd.tgt[0].i-1] == "its") && cd.src[0] == st.firstActor() {
		cd.tgt = nil
	}
	// "pushed the RSF out of": an actor inside a gapped trigger is its
	// object. "recalled its ambassador" names the source's own envoy, not
	// a target.
	for n := range st.mentions {
		if m := &st.mentions[n]; m.i > cd.i && m.j <= cd.j && !m.place && !ownedBySource(st, m) {
			cd.tgt = []*mention{m}
			break
		}
	}
	// "recalled its ambassador from Lithuania", "its envoy to Germany":
	// the country the envoy is posted to is the target.
	if p := st.envoyPost(cd); p != nil {
		cd.tgt = p
	}
	// "Yemen's warring parties extended their truce": the sides of one
	// country's war are both that country's, so it is the target too.
	if cd.tgt == nil && len(cd.src) == 1 && cd.src[0].kind == "country" && st.internalSides(cd.src[0]) {
		if a, ok := c.actors.Lookup(cd.src[0].actor.Country+"REB", d.date); ok {
			other := *cd.src[0]
			other.actor = a
			cd.tgt = []*mention{&other}
		}
	}
	// "Chile sent 2,000 soldiers to its northern border": the forces a
	// state moves are its own; it mobilises them.
	if c.lex.cameo[cd.e.cameo].plover == truce.Mobilize {
		cd.src, cd.tgt = c.ownForces(d, cd.src, cd.tgt)
	}
	// "Gunmen stormed a village … The UN urged restraint": an appeal
	// that names no one is aimed at the sides of the attack told last.
	if cd.tgt == nil && c.lex.cameo[cd.e.cameo].plover == truce.Request && c.unaddressed(d, cd) {
		cd.tgt = attackParties(d, cd)
	}
}

// ownForces gives a state that mobilises forces the sentence does not tie
// to anyone else their sector: in "Chile sent 2,000 soldiers to its
// northern border" Chile's army mobilises. The forces stay the target,
// to be placed where they are sent.
func (c *Coder) ownForces(d *doc, src, tgt []*mention) ([]*mention, []*mention) {
	if len(src) != 1 || src[0].kind != "country" || src[0].actor.Sector != "" || len(tgt) == 0 {
		return src, tgt
	}
	f := tgt[0]
	if f.kind != "sector" || f.actor.ID != "" || f.actor.Sector != "MIL" && f.actor.Sector != "COP" {
		return src, tgt
	}
	a, ok := c.actors.Lookup(src[0].actor.Country+f.actor.Sector, d.date)
	if !ok {
		return src, tgt
	}
	own := *src[0]
	own.actor.ID, own.actor.Sector, own.actor.Name = a.ID, a.Sector, a.Name
	return []*mention{&own}, tgt
}

// agreeing reports whether a trigger codes an agreement.
func (c *Coder) agreeing(e *entry) bool {
	p := c.lex.cameo[e.cameo].plover
	if e.plover != "" {
		p = e.plover
	}
	return p == truce.Agree
}

// partiesApart reports whether ms are two or more named actors, the first
// not of the others' state: the sides of a deal ("Sudan and Israel", "the
// government and the TPLF"), not one side ("Sudan's army and its
// government").
func partiesApart(ms []*mention) bool {
	if len(ms) < 2 {
		return false
	}
	for _, m := range ms {
		if m.actor.ID == "" || m.actor.Country == "" {
			return false
		}
	}
	a := ms[0].actor
	for _, m := range ms[1:] {
		if b := m.actor; b.ID == a.ID || b.Country == a.Country && isState(a) && isState(b) {
			return false
		}
	}
	return true
}

// sharesState reports whether an actor of a is a state actor of the
// country of one of b.
func sharesState(a, b []*mention) bool {
	for _, m := range a {
		if isState(m.actor) && sameCountry(m, b) {
			return true
		}
	}
	return false
}

// prepWord returns the preposition m is the object of, or "".
func (st *sent) prepWord(m *mention) string {
	if k := st.prepBefore(m); k >= 0 {
		return st.low[k]
	}
	return ""
}

// unaddressed reports whether an appeal names no one it is aimed at: no
// actor follows it in the sentence ("urged restraint", "called for an
// independent inquiry"), or only the sides unnamed ("urged both sides to
// agree a ceasefire") in an article with no two states to stand for them.
func (c *Coder) unaddressed(d *doc, cd *candidate) bool {
	st := cd.st
	// ("The truce's fragility demands more than pauses": no one appeals.)
	if len(cd.src) == 0 || st.isPassive(cd.i) {
		return false
	}
	if st.bothSides(cd.j) {
		return len(d.dyad) != 2
	}
	for n := range st.mentions {
		if m := &st.mentions[n]; m.i >= cd.j && !m.place {
			return false
		}
	}
	return true
}

// attackParties returns, as mentions over the trigger cd, the actors on
// both sides of the attack told last before its sentence, within two
// sentences, less those that make the appeal.
func attackParties(d *doc, cd *candidate) []*mention {
	prev := latestViolent(d, cd.st)
	if prev == nil || prev.st.s.Index >= cd.st.s.Index {
		return nil
	}
	var out []*mention
	seen := map[string]bool{}
	for _, a := range append(append([]truce.Actor{}, prev.ev.Source...), prev.ev.Target...) {
		if a.ID == "" || seen[a.ID] {
			continue
		}
		skip := false
		for _, m := range cd.src {
			if m.actor.ID != "" && sameActor(m.actor, a) {
				skip = true
			}
		}
		if skip {
			continue
		}
		seen[a.ID] = true
		a.Text = ""
		out = append(out, &mention{i: cd.i, j: cd.j, actor: a, kind: "implied"})
	}
	return out
}

// passiveBy returns the passive verb whose "by" agent the noun at i is,
// past a determiner and modifiers and a short phrase of time ("were
// wounded on Monday by a grenade"), or -1.
func (st *sent) passiveBy(i int) int {
	k := i - 1
	for k >= 0 && (determiners[st.low[k]] || isModifier(st.toks[k])) && st.mentionAt(k) == nil {
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

// sharesMention reports whether a and b hold a mention over the same
// words.
func sharesMention(a, b []*mention) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || x.i == y.i && x.j == y.j {
				return true
			}
		}
	}
	return false
}

// amongActors reports whether every mention of ms names an actor of group.
func amongActors(ms, group []*mention) bool {
	for _, m := range ms {
		found := false
		for _, g := range group {
			if g.actor.ID == m.actor.ID && g.actor.Country == m.actor.Country {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// asComplement handles a role named after "as" right after the verb: it
// says what the subject is. "Sergio Ruiz stepped down as Chile's interior
// minister" is Chile's government stepping down, when the dictionary does
// not know the man; the post he leaves stays the target.
func (st *sent) asComplement(cd *candidate, src, tgt []*mention) ([]*mention, []*mention) {
	if len(tgt) == 0 || cd.j >= len(st.low) || st.low[cd.j] != "as" || tgt[0].i > cd.j+2 || tgt[0].place {
		return src, tgt
	}
	// "used tear gas as crowds pushed through": "as" opens a clause.
	if verbBetween(st, tgt[0].j, min(tgt[0].j+2, len(st.toks))) {
		return src, tgt
	}
	if len(src) == 0 {
		src = tgt[:1]
	}
	// "Abdelaziz Bouteflika resigned as Algeria's president": the office
	// is the state's, which the holder gives up to.
	if p := tgt[0]; p.actor.Country != "" && p.actor.Sector != "" && src[0].actor.Country == p.actor.Country {
		v := *p
		v.actor.ID, v.actor.Sector = p.actor.Country, ""
		return src, []*mention{&v}
	}
	return src, tgt
}

// ownedBySource reports whether a bare sector noun is owned by the
// sentence's subject: "its ambassador", "their troops".
func ownedBySource(st *sent, m *mention) bool {
	return m.kind == "sector" && m.actor.ID == "" && m.i > 0 && (st.low[m.i-1] == "its" || st.low[m.i-1] == "their")
}

// envoyWords name a state's representative abroad.
var envoyWords = map[string]bool{
	"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "diplomats": true, "diplomat": true,
}

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
	return nil
}

// postAfter returns, as an actor, the country or capital an envoy word at
// e is posted to or recalled from: "its ambassador to France", "their
// envoys in Kyiv".
func (st *sent) postAfter(e int) []*mention {
	if !envoyWords[st.low[e]] || st.low[e-1] != "its" && st.low[e-1] != "their" {
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

var withPrep = map[string]bool{"with": true}

// possessorObject returns the person a verb's object belongs to when the
// object opens with "his" or "her": the last person named before the verb
// who is not its subject ("rejected his proposal", "dismissed as absurd
// his idea").
func (st *sent) possessorObject(cd *candidate) *mention {
	k := cd.j
	for k < len(st.low) && k < cd.j+3 && (st.low[k] == "as" || strings.HasPrefix(st.toks[k].tag, "JJ") || st.toks[k].tag == "RB") {
		k++
	}
	if k+1 >= len(st.low) || st.low[k] != "his" && st.low[k] != "her" || !strings.HasPrefix(st.toks[k+1].tag, "NN") && !strings.HasPrefix(st.toks[k+1].tag, "JJ") {
		return nil
	}
	for n := len(st.mentions) - 1; n >= 0; n-- {
		m := &st.mentions[n]
		if m.j > cd.i || m.kind != "person" {
			continue
		}
		own := false
		for _, s := range cd.src {
			if s.i == m.i || s.actor.ID == m.actor.ID && s.actor.Text == m.actor.Text {
				own = true
			}
		}
		if !own {
			return m
		}
	}
	return nil
}

// saidNouns name something said: what a rejection may be of.
var saidNouns = map[string]bool{
	"request": true, "requests": true, "statement": true, "assessment": true, "proposal": true,
	"proposals": true, "accusation": true, "accusations": true, "allegation": true, "allegations": true,
	"claim": true, "claims": true, "charges": true, "offer": true, "demand": true, "demands": true,
	"report": true, "criticism": true, "remarks": true, "comments": true, "ultimatum": true, "call": true,
	"calls": true, "plan": true, "findings": true, "verdict": true, "ruling": true, "charge": true,
}

// saidObject reports whether the object after token j is something said:
// "rejected the request", "dismissed their assessment".
func (st *sent) saidObject(j int) bool {
	for k := j; k < len(st.low) && k < j+4; k++ {
		if saidNouns[st.low[k]] {
			return true
		}
		if !determiners[st.low[k]] && !strings.HasPrefix(st.toks[k].tag, "JJ") && st.low[k] != "this" && st.low[k] != "that" {
			return false
		}
	}
	return false
}

// speakerBefore returns the first named actor of the sentence before st
// that is not on the side of src: who said what src rejects.
func (d *doc) speakerBefore(st *sent, src []*mention) *mention {
	var prev *sent
	for _, x := range d.sents {
		if x.s.Index == st.s.Index-1 {
			prev = x
		}
	}
	if prev == nil {
		return nil
	}
	for n := range prev.mentions {
		m := &prev.mentions[n]
		if m.place || m.actor.ID == "" || m.kind == "pronoun" {
			continue
		}
		same := false
		for _, s := range src {
			if s.actor.Country != "" && s.actor.Country == m.actor.Country || s.actor.ID == m.actor.ID {
				same = true
			}
		}
		if !same {
			return m
		}
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
		if clauseBreaks[st.low[k]] && st.low[k] != "as" {
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
// ("halted arms sales to Turkey"), as an actor rather than a place.
func (st *sent) recipientAt(j int) []*mention {
	if j+1 >= len(st.low) || st.low[j] != "to" {
		return nil
	}
	n := j + 1
	if st.low[n] == "the" && n+1 < len(st.low) {
		n++
	}
	m := st.mentionAt(n)
	if m == nil || m.i != n || m.kind != "country" && m.kind != "capital" {
		return nil
	}
	v := *m
	v.place = false
	return []*mention{&v}
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
		if st.clause[k] != cl || st.low[k] == "," || clauseBreaks[st.low[k]] {
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

// accusedOver returns the actor named after "over", "about" or "against"
// when the target found is the body a complaint is lodged "with": "a
// complaint with the UN over Israeli strikes".
func (st *sent) accusedOver(j int, got *mention) *mention {
	if got.i == 0 || st.low[got.i-1] != "with" && !(got.i > 1 && st.low[got.i-2] == "with") {
		return nil
	}
	for k := got.j; k < len(st.low) && k < got.j+8; k++ {
		if st.clause[k] != st.clause[got.i] || st.low[k] == "," {
			return nil
		}
		if st.low[k] != "over" && st.low[k] != "about" && st.low[k] != "against" {
			continue
		}
		for n := k + 1; n < len(st.low) && n <= k+3; n++ {
			if m := st.mentionAt(n); m != nil && !m.place {
				return m
			}
		}
		return nil
	}
	return nil
}

// eachOther reports whether "each other" or "one another" follows token j
// in its clause: "pledged not to use force against each other".
func (st *sent) eachOther(j int) bool {
	for k := j; k+1 < len(st.low) && k < j+12; k++ {
		if k > j && st.clause[k] != st.clause[j-1] {
			return false
		}
		if st.low[k] == "each" && st.low[k+1] == "other" || st.low[k] == "one" && st.low[k+1] == "another" {
			return true
		}
	}
	return false
}

// allBare reports whether every mention is a generic noun that names no
// actor of its own ("ministers", "military exercises").
func allBare(ms []*mention) bool {
	for _, m := range ms {
		if m.actor.ID != "" || m.actor.Country != "" || m.kind == "anaphor" {
			return false
		}
	}
	return true
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

// firstActor returns the sentence's first actor that is not a place, with
// the actors coordinated with it as its peers.
func (st *sent) firstActor() *mention {
	for n := range st.mentions {
		if m := &st.mentions[n]; !m.place {
			m.peers = m.peers[:0]
			for _, x := range st.coordinated(m) {
				if x != m {
					m.peers = append(m.peers, *x)
				}
			}
			m.partner = nil
			m.others = st.othersAfter(m)
			for k := n + 1; k < len(st.mentions); k++ {
				if x := st.mentions[k]; !x.place && x.actor.Country != "" && x.actor.Country != m.actor.Country && x.kind != "pronoun" {
					x.peers, x.partner = nil, nil
					m.partner = &x
					break
				}
			}
			return m
		}
	}
	return nil
}

// othersAfter returns copies of the actors named after m and its peers,
// each with the actors coordinated with it as its peers.
func (st *sent) othersAfter(m *mention) []mention {
	var out []mention
	end := m.j
	for _, p := range m.peers {
		end = max(end, p.j)
	}
	for n := range st.mentions {
		x := &st.mentions[n]
		if x.i < end || x.place || x.kind == "pronoun" {
			continue
		}
		c := *x
		c.peers, c.partner, c.others = nil, nil, nil
		for _, y := range st.coordinated(x) {
			if y != x {
				z := *y
				z.peers, z.partner, z.others = nil, nil, nil
				c.peers = append(c.peers, z)
			}
		}
		out = append(out, c)
	}
	return out
}

// clauseFirst returns the first actor of the clause holding token i, before
// it ("hours after police stormed the embassy and arrested …": the police),
// else the sentence's first actor.
func (st *sent) clauseFirst(i int) *mention {
	for n := range st.mentions {
		m := &st.mentions[n]
		// ("had removed him from power and closed the borders": an
		// object pronoun is no subject.)
		if m.i < i && !m.place && st.clause[m.i] == st.clause[i] && !objectPronoun(st, m) {
			return m
		}
	}
	return st.firstActor()
}

// objectPronoun reports whether a mention is an object pronoun: "him".
func objectPronoun(st *sent, m *mention) bool {
	return m.kind == "pronoun" && m.j == m.i+1 && (st.low[m.i] == "him" || st.low[m.i] == "her" || st.low[m.i] == "them")
}

// objectAnywhere finds the first actor after token j, across clauses, that
// is not the speaker of a report ("…, police said"). Past a clause of time
// an actor of the source's own country is skipped: "China suspended imports
// from Japan, hours after …, a step Beijing's customs agency said …" does
// not aim at China; "regained the town, days after insurgents overran it"
// does name the other side.
func (st *sent) objectAnywhere(j int, src []*mention) []*mention {
	timed := false
	for k := j; k < len(st.toks); k++ {
		if k > j && st.timeClause(k) {
			timed = true
		}
		m := st.mentionAt(k)
		if m == nil || m.place || placeAdjective(st, m) || goodsAdjective(st, m) || brokerCompound(st, m) || m.j < len(st.low) && reportVerbs[st.low[m.j]] || st.inAttribution(m) {
			continue
		}
		if timed && sameCountry(m, src) {
			continue
		}
		return st.coordinated(m)
	}
	return nil
}

// sameCountry reports whether m is of the country of one of ms.
func sameCountry(m *mention, ms []*mention) bool {
	for _, o := range ms {
		if m.actor.Country != "" && o.actor.Country == m.actor.Country {
			return true
		}
	}
	return false
}

// timeClause reports whether token k opens a clause of time set off from
// the main one: ", after …", "hours after …", "a day before …".
func (st *sent) timeClause(k int) bool {
	switch st.low[k] {
	case "after", "before", "since", "following", "amid", "while", "when":
	default:
		return false
	}
	return k > 0 && (st.low[k-1] == "," || timeSpans[st.low[k-1]])
}

// timeSpans measure how long before or after: "hours after", "shortly
// before".
var timeSpans = map[string]bool{
	"hours": true, "days": true, "weeks": true, "months": true, "minutes": true, "day": true,
	"week": true, "month": true, "shortly": true, "soon": true, "just": true, "year": true, "years": true,
}

// inAttribution reports whether m lies in a trailing attribution that a
// comma opens and a verb of saying closes, with only names and their
// appositions between: ", Jan Eliasson, the UN's special envoy, told
// reporters". Who reports the event is neither of its sides.
func (st *sent) inAttribution(m *mention) bool {
	c := m.i - 1
	for c >= 0 && st.low[c] != "," {
		if verbAt(st, c) {
			return false
		}
		c--
	}
	if c < 0 {
		return false
	}
	for k := m.j; k < len(st.low) && k < m.j+12; k++ {
		w := st.low[k]
		if speechVerbs[w] || reportVerbs[w] {
			return k > 0 && (st.low[k-1] == "," || st.mentionAt(k-1) != nil)
		}
		// ("fought the Radaa force, a rival militia, in the capital,
		// residents said": a phrase of place ends the apposition.)
		t := st.toks[k].tag
		if w != "," && st.mentionAt(k) == nil && t != "NNP" && t != "NNPS" && t != "JJ" && t != "DT" && t != "POS" {
			return false
		}
	}
	return false
}

// clauseOpeners open a subordinate clause whose subject follows them.
var clauseOpeners = map[string]bool{"since": true, "after": true, "before": true, "when": true, "while": true, "because": true, "until": true, "as": true}

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
			return []*mention{m}
		}
		// ("arrived in Ramallah" tells only where someone is.)
		if (m.i > j || m.i == j && st.low[j-1] == "to") && m.i <= j+2 && (st.low[m.i-1] == "to" || st.low[m.i-1] == "in") {
			// A copy: the place stays a place for the sentence's other
			// verbs ("after a trip to Kenya, has not said whether he …").
			v := *m
			v.place = false
			return []*mention{&v}
		}
	}
	return nil
}

// speechBetween reports whether a verb of saying lies in [from, to).
func (st *sent) speechBetween(from, to int) bool {
	for k := from; k < to && k < len(st.low); k++ {
		if speechVerbs[st.low[k]] || reportVerbs[st.low[k]] {
			return true
		}
	}
	return false
}

// placeWords may stand between an attack and the town it hits: "the
// besieged city of", "its second city,".
var placeWords = map[string]bool{
	"city": true, "town": true, "village": true, "capital": true, "port": true, "district": true,
	"suburb": true, "suburbs": true, "outskirts": true, "neighbourhood": true, "neighborhood": true,
	"on": true, "at": true, "against": true, "into": true, "of": true, "the": true, "its": true,
	"their": true, "a": true, "second": true, "largest": true, "besieged": true, "southern": true,
	"northern": true, "eastern": true, "western": true, "central": true, "frontline": true,
	"front-line": true, ",": true, "regional": true, "provincial": true, "border": true,
}

// placeAttacked reports whether a violent trigger's object is a place
// rather than people: the place follows it through place words only, or is
// the subject of a passive trigger.
func (st *sent) placeAttacked(cd *candidate) bool {
	for _, p := range st.places {
		if p.i >= cd.j {
			ok := true
			for k := cd.j; k < p.i; k++ {
				if !placeWords[st.low[k]] && !strings.HasPrefix(st.toks[k].tag, "JJ") && !isWeaponWord(st.low[k]) {
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
		if speechVerbs[st.low[v]] || reportVerbs[st.low[v]] {
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

// verbAt reports whether token i is tagged as a verb.
func verbAt(st *sent, i int) bool { return strings.HasPrefix(st.toks[i].tag, "VB") }

// placeAdjective reports whether a demonym qualifies a kind of place ("the
// Ugandan border", "the Ukrainian city of Odesa") rather than naming an
// actor.
func placeAdjective(st *sent, m *mention) bool {
	if m.j >= len(st.low) || !placeKinds[st.low[m.j]] {
		return false
	}
	// "the northern Burkina Faso town of Djibo": a country's name used
	// the same way.
	if m.kind == "country" && m.i > 0 && (st.low[m.i-1] == "the" || directions[st.low[m.i-1]]) && st.low[m.j] != "state" {
		return true
	}
	if m.kind != "demonym" {
		return false
	}
	// "recognised a Palestinian state" names a polity; "the Nigerian state
	// of Borno" a place.
	return st.low[m.j] != "state" || m.j+1 < len(st.low) && st.low[m.j+1] == "of"
}

// bothSides reports whether the words after token j name the two sides
// of a conflict without naming them: "urged both sides to", "called on
// the warring parties".
func (st *sent) bothSides(j int) bool {
	for k := j; k < len(st.low) && k < j+3; k++ {
		switch st.low[k] {
		case "both", "two", "warring", "all":
			if k+1 < len(st.low) && (st.low[k+1] == "sides" || st.low[k+1] == "parties" || st.low[k+1] == "countries" || st.low[k+1] == "neighbours" || st.low[k+1] == "neighbors") {
				return true
			}
		case "on", "the", "to", "upon", "from":
			continue
		}
		return false
	}
	return false
}

// apposition returns the actor an apposition closed by the comma at k
// names, when the apposition follows a name the dictionary does not know:
// ", the Taliban's minister for refugees," gives the Taliban's minister.
func (st *sent) apposition(k int) *mention {
	for j := k - 1; j > 0 && k-j < 25; j-- {
		if st.low[j] != "," {
			continue
		}
		if st.toks[j-1].tag != "NNP" || st.mentionAt(j-1) != nil || j+1 >= k || (st.low[j+1] != "the" && st.low[j+1] != "a" && st.low[j+1] != "an") {
			return nil
		}
		for n := range st.mentions {
			if m := &st.mentions[n]; m.i > j && m.j <= k && !m.place {
				return m
			}
		}
		return nil
	}
	return nil
}

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

// bothSidesBefore reports whether the subject right before the trigger at
// i is the two sides unnamed: "both sides committed to", "the two
// countries agreed".
func (st *sent) bothSidesBefore(i int) bool {
	for k := i - 3; k < i-1; k++ {
		if k >= 0 && (st.low[k] == "both" || st.low[k] == "two") && st.mentionAt(k+1) == nil {
			switch st.low[k+1] {
			case "sides", "parties", "countries", "neighbours", "neighbors", "governments":
				return k+2 == i || k+3 == i && st.toks[k+2].tag == "RB"
			}
		}
	}
	return false
}

// mediationNouns name the good offices of a third party: "under Angolan
// mediation", "under UN auspices".
var mediationNouns = map[string]bool{
	"mediation": true, "auspices": true, "aegis": true, "sponsorship": true, "supervision": true,
	"facilitation": true,
}

// mediator reports whether a mention names the third party a deal or talks
// are held under: "under Qatari mediation", "under the auspices of the AU".
func (st *sent) mediator(m *mention) bool {
	k := m.i - 1
	for k >= 0 && (st.low[k] == "the" || strings.HasPrefix(st.toks[k].tag, "JJ")) && st.mentionAt(k) == nil {
		k--
	}
	if k >= 0 && st.low[k] == "under" {
		return m.j < len(st.low) && mediationNouns[st.low[m.j]]
	}
	// "under the auspices of the African Union"
	return k >= 2 && st.low[k] == "of" && mediationNouns[st.low[k-1]]
}

// holdWords are the participles that tell who held a person: "held in
// Iran", "jailed in Russia".
var holdWords = map[string]bool{
	"held": true, "detained": true, "jailed": true, "imprisoned": true, "captive": true,
	"kidnapped": true, "abducted": true,
}

// heldIn returns the state a released person was held in, named after a
// participle of holding between the person and the verb at i: "Five
// Americans who had been held in Iran were freed", "a Frenchman jailed
// in Moscow was released". The state is the captor, not a place.
func (st *sent) heldIn(m *mention, i int) *mention {
	for k := m.j; k+2 < i && k < m.j+6; k++ {
		if !holdWords[st.low[k]] || st.low[k+1] != "in" && st.low[k+1] != "by" {
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

// appositionGroup returns the actors of a list of names each followed by
// an apposition, the last closed by the comma at k: "Abiy Ahmed,
// Ethiopia's prime minister, and Isaias Afwerki, the president of
// Eritrea,". A known name stands for itself; an unknown one for the actor
// its apposition names.
func (st *sent) appositionGroup(k int) []*mention {
	var out []*mention
	for e := k; e > 0; {
		// The comma opening the apposition, with no verb inside it.
		c := -1
		for n := e - 1; n > 0 && n >= e-12; n-- {
			if st.low[n] == "," {
				c = n
				break
			}
			if verbAt(st, n) && st.toks[n].tag != "VBN" || st.low[n] == "and" {
				break
			}
		}
		if c < 1 || st.toks[c-1].tag != "NNP" && st.mentionAt(c-1) == nil {
			break
		}
		var who *mention
		if m := st.mentionAt(c - 1); m != nil && !m.place {
			who = m
		} else {
			for n := c + 1; n < e; n++ {
				if m := st.mentionAt(n); m != nil && !m.place {
					who = m
					break
				}
			}
		}
		if who == nil {
			break
		}
		out = append([]*mention{who}, out...)
		// Back over the name to an "and" that joins it to the one before.
		n := c - 1
		if m := st.mentionAt(n); m != nil {
			n = m.i - 1
		}
		for n >= 0 && st.toks[n].tag == "NNP" && st.mentionAt(n) == nil {
			n--
		}
		if n < 2 || st.low[n] != "and" || st.low[n-1] != "," {
			break
		}
		e = n - 1
	}
	return out
}

// pitted returns the two sides a fight "pitted" against each other, right
// after a noun trigger ending at j: "a gun battle pitted Colombian troops
// against ELN guerrillas", "clashes pitting the army against rebels".
func (st *sent) pitted(j int) ([]*mention, []*mention) {
	if j >= len(st.low) || st.low[j] != "pitted" && st.low[j] != "pitting" && st.low[j] != "pits" {
		return nil, nil
	}
	var a, b []*mention
	for k := j + 1; k < len(st.low) && k < j+12; k++ {
		if st.low[k] == "against" {
			if a == nil {
				return nil, nil
			}
			for n := k + 1; n < len(st.low) && n <= k+4; n++ {
				if m := st.mentionAt(n); m != nil && !m.place {
					b = st.coordinated(m)
					break
				}
			}
			return a, b
		}
		if m := st.mentionAt(k); m != nil && !m.place && a == nil {
			a = st.coordinated(m)
			k = m.j - 1
		}
	}
	return nil, nil
}

// sidesNamed reports whether the sides the words after j speak of are
// named by the first target: "urged both sides, Israel and Hamas, to".
func sidesNamed(st *sent, j int, tgt []*mention) bool {
	return len(tgt) > 0 && tgt[0].i <= j+5
}

// adjectivePhraseAt reports whether an adjective governing a preposition
// starts at k: "angry at", "opposed to", "furious over".
func adjectivePhraseAt(st *sent, k int) bool {
	return k+1 < len(st.toks) && st.toks[k].tag == "JJ" && st.toks[k+1].tag == "IN"
}

// sidesNouns name the parties to a war: "warring parties", "rival
// factions".
var sidesNouns = map[string]bool{
	"parties": true, "sides": true, "factions": true, "delegations": true, "camps": true,
}

// internalSides reports whether a country's possessive is followed by the
// sides of its own war: "Yemen's warring parties", "Libya's rival
// military delegations". The possessor speaks for both sides.
func (st *sent) internalSides(m *mention) bool {
	if m.kind != "country" || m.j+2 >= len(st.low) || st.low[m.j] != "'s" {
		return false
	}
	k := m.j + 1
	if st.low[k] != "warring" && st.low[k] != "rival" && st.low[k] != "two" {
		return false
	}
	for k++; k < len(st.low) && k <= m.j+4; k++ {
		if sidesNouns[st.low[k]] {
			return true
		}
		if st.mentionAt(k) != nil && st.mentionAt(k) != m {
			return false
		}
	}
	return false
}
