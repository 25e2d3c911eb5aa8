package code

import (
	"sort"
	"strings"
)

// Pronouns that stand for an actor. A subject pronoun after a verb of
// saying is the speaker ("Hamas said it remained committed", "the rebels
// announced they would hand back weapons"); one that opens a sentence is
// the actor that opened the sentence before ("He said …", "It accused …").

// subjectPronouns are the pronouns resolved, with whether each stands for
// a person.
var subjectPronouns = filtered(map[string]bool{"he": true, "she": true, "it": false, "they": false})

// actorObjectPronouns are the object pronouns resolved, after a verb.
var actorObjectPronouns = filtered(map[string]bool{"them": true, "him": true, "her": true, "it": true})

// pronouns adds a mention for each subject pronoun whose referent is clear:
// the speaker of a verb of saying just before it in the sentence, or, at
// the start of the sentence, prev, the first actor of the sentence before.
func (st *sent) pronouns(prev *mention) {
	st.sentenceSurnames()
	st.repeatedNames(prev)
	added := false
	for k, w := range st.low {
		person, ok := subjectPronouns.get(w)
		if !ok || st.mentionAt(k) != nil || k+1 >= len(st.low) || !pronounSubject(st, k) {
			continue
		}
		var ref *mention
		var group []mention
		if v := speechBefore(st, k); v >= 0 {
			// "rejected a Senegalese plan, and said they …": a verb joined
			// by "and" shares the sentence's subject.
			if h := st.gsr28ObligedHearers(k, v); h != nil {
				ref, group = &h[0], h[1:]
			} else if v > 0 && st.low[v-1] == "and" {
				ref = st.firstActor()
			} else if sub := st.subject(v); len(sub) > 0 {
				ref = sub[0]
				for _, x := range sub[1:] {
					group = append(group, *x)
				}
			}
		} else if h, _ := st.gsr28NoticeHearers(k); h != nil {
			ref, group = &h[0], h[1:]
		} else if k == 0 && prev != nil {
			ref = prev
			group = prev.peers
		} else if a := st.accusedBefore(k); a != nil {
			ref = a
		} else if a := st.subordinateReferent(k, w); a != nil {
			// "… when he visits Kampala": the main clause's subject.
			ref = a
			if w == "they" {
				group = a.peers
			}
		}
		// A description ("the tribunal") is resolved later, and a copy
		// of it would not be.
		if ref == nil || ref.place || ref.kind == "description" {
			continue
		}
		// "Guyana and Venezuela pledged … They also agreed": a plural
		// pronoun stands for the whole group, people included ("Mohamud
		// and Abiy held talks … They agreed").
		if w == "they" && len(group) > 0 {
			st.addPronoun(k, k+1, append([]mention{*ref}, group...))
			added = true
			continue
		}
		// The words of a referent from the sentence before are not in
		// this one: its head is read from its own text.
		isPerson := ref.kind == "person" || personHead(st, ref)
		if k == 0 && ref == prev {
			isPerson = ref.kind == "person" || personHeadText(ref)
		}
		if isPerson != person && !(person && ref.actor.Sector != "" && ref.kind == "sector") {
			continue
		}
		st.addPronoun(k, k+1, []mention{*ref})
		added = true
	}
	// "The three allies also agreed", "The two neighbours said": a count
	// and a plural noun opening a sentence name the group before.
	// ("The two leaders": a bare noun of a sector names no one else.)
	s, n := groupDescription(st)
	free := n > 0 && (st.mentionAt(n-1) == nil || allBare([]*mention{st.mentionAt(n - 1)}) && st.mentionAt(n-1).kind == "sector")
	if free && prev != nil && len(prev.peers) > 0 {
		st.dropMentions(s, n)
		st.addPronoun(s, n, append([]mention{*prev}, prev.peers...))
		added = true
	} else if free && prev != nil && prev.partner != nil && prev.actor.Country != "" && st.low[n-2] == "two" {
		st.dropMentions(s, n)
		// "Trump held talks with Kim … The two leaders agreed": the
		// sentence's first actor and the other party it names.
		st.addPronoun(s, n, []mention{*prev, *prev.partner})
		added = true
	}
	// "The kingdom said", "The Gulf state urged": a description of a
	// kind of state names the state of that kind named before.
	if s, n, fits := stateDescription(st); n > 0 {
		if ref := describedState(prev, fits); ref != nil {
			r := *ref
			r.peers, r.partner, r.others = nil, nil, nil
			st.dropMentions(s, n)
			st.addPronoun(s, n, []mention{r})
			added = true
		}
	}
	if st.sidesMembers(prev) {
		added = true
	}
	// "recalled its ambassadors from the three capitals": a count and a
	// plural noun later in the sentence name the group before, when it
	// has that many members.
	for k := 1; k+2 < len(st.low); k++ {
		if st.low[k] != "the" {
			continue
		}
		// The group named earlier in the sentence ("Peru and Chile
		// agreed … after the two countries' ministers met"), else the
		// one of the sentence before.
		g := st.groupNamedBefore(k, groupNumbers[st.low[k+1]])
		if g == nil && prev != nil && len(prev.peers) > 0 {
			g = append([]mention{*prev}, prev.peers...)
		}
		if g != nil {
			// ("the heaviest clashes between the two neighbours": a
			// fight told again, not a new act on them.)
			if st.low[k-1] == "between" || groupNumbers[st.low[k+1]] != len(g) || st.toks[k+2].tag != "NNS" {
				continue
			}
			if m := st.mentionAt(k + 2); m != nil && !m.place || st.mentionAt(k+1) != nil {
				continue
			}
			// "the two countries' foreign ministers met": the people the
			// group's possessive owns stand for the group too.
			e := st.possessedHead(k + 3)
			st.dropMentions(k, e)
			st.addPronoun(k, e, g)
			added = true
		}
	}
	for k, w := range st.low {
		if w == "them" && st.mentionAt(k) == nil {
			if m := st.partitiveGroup(k); m != nil {
				st.addPronoun(k, k+1, []mention{*m})
				added = true
				continue
			}
		}
		if w == "them" && k > 0 && st.low[k-1] == "between" && st.mentionAt(k) == nil {
			if g := st.groupBefore(k); g != nil {
				st.addPronoun(k, k+1, g)
				added = true
				continue
			}
		}
		// "hurled stones at them": the verb the preposition hangs from.
		v := st.t38PrepObjectVerb(k)
		if !actorObjectPronouns.has(w) || k == 0 || st.mentionAt(k) != nil || !strings.HasPrefix(st.toks[k-1].tag, "VB") && v < 0 {
			continue
		}
		// "Spain said it would grant him asylum": "him" or "her" is the
		// person named last before it who is not the verb's subject.
		if w == "him" || w == "her" {
			if m := st.personBefore(k); m != nil {
				m.i, m.j = k, k+1
				m.kind = "pronoun"
				m.actor.Text = st.toks[k].text
				st.mentions = append(st.mentions, *m)
				added = true
			} else if refs := prevObject(st, k, prev, true); refs != nil {
				st.addPronoun(k, k+1, refs)
				added = true
			}
			continue
		}
		// "…, calling it an atrocity": what a verb of naming names is
		// the act told, not an actor.
		if w == "it" && namingVerbs.has(st.low[k-1]) {
			continue
		}
		// "struck a fuel depot, setting it ablaze": the thing hit.
		if thingPronoun(st, k) {
			continue
		}
		if m := st.x76DispersedCrowd(k); m != nil {
			st.addPronoun(k, k+1, []mention{*m})
			added = true
			continue
		}
		// "expelled seven UN officials, accusing them of meddling": the
		// actor named last before it, other than the sentence's subject.
		// ("police fired tear gas to drive them back", "the group said
		// …, calling it a crime": the subject of the pronoun's own verb is
		// not what the pronoun stands for.)
		first := st.firstActor()
		// When that subject is another actor, the sentence's first may
		// be whom the pronoun stands for: "Farmers blocked the highway,
		// and police fired tear gas to drive them back".
		own := st.verbSubject(k - 1)
		if v >= 0 {
			own = st.t38PrepObjectOwn(v)
		}
		skipFirst := first != nil && (len(own) == 0 || sharesMention(own, []*mention{first}))
		if refs := st.x97ParticipleObject(k, w); refs != nil {
			st.addPronoun(k, k+1, refs)
			added = true
			continue
		}
		found := false
		for n := len(st.mentions) - 1; n >= 0; n-- {
			m := st.mentions[n]
			if m.j > k || m.place || m.kind == "pronoun" || skipFirst && m.i == first.i || sharesMention([]*mention{&m}, own) || st.notObject(&st.mentions[n], own, k, w) {
				continue
			}
			// "killing 14 pupils, …, calling it an atrocity": "it" stands
			// for no plural noun.
			if t := st.toks[m.j-1].tag; w == "it" && (t == "NNS" || t == "NNPS") {
				continue
			}
			if (w == "him" || w == "her") != (m.kind == "person") {
				break
			}
			m.i, m.j = k, k+1
			m.kind = "pronoun"
			m.actor.Text = st.toks[k].text
			st.mentions = append(st.mentions, m)
			added, found = true, true
			break
		}
		if !found && w == "them" {
			if refs := st.groupObject(k, own, prev); refs != nil {
				st.addPronoun(k, k+1, refs)
				added = true
			}
		}
	}
	if added {
		sort.Slice(st.mentions, func(a, b int) bool { return st.mentions[a].i < st.mentions[b].i })
	}
}

// personBefore returns a copy of the last person (or holder of an
// office) named before the object pronoun at k who is not the subject of
// the verb governing it, or nil: in "Madrid received the opposition leader
// and said it would shelter him", the leader, not Madrid.
func (st *sent) personBefore(k int) *mention {
	var subj string
	if sub := st.subject(k - 1); len(sub) > 0 {
		subj = sub[0].actor.ID
	}
	for n := len(st.mentions) - 1; n >= 0; n-- {
		m := st.mentions[n]
		if m.j > k || m.place || m.kind == "pronoun" || m.kind != "person" && !personHead(st, &m) {
			continue
		}
		if subj != "" && m.actor.ID == subj || m.actor.ID == "" {
			continue
		}
		m.peers, m.partner = nil, nil
		return &m
	}
	return nil
}

// addPronoun adds, over tokens [i, j), a pronoun mention for each actor
// the words stand for.
func (st *sent) addPronoun(i, j int, refs []mention) {
	for _, r := range refs {
		m := r
		m.i, m.j = i, j
		m.kind = "pronoun"
		m.peers = nil
		m.actor.Text = st.textOf(i, j)
		st.mentions = append(st.mentions, m)
	}
}

// dropMentions removes the mentions inside tokens [i, j).
func (st *sent) dropMentions(i, j int) {
	for k := i; k < j; k++ {
		if q := st.mentionAt(k); q != nil {
			st.dropMention(q)
		}
	}
}

// pronounSubject reports whether the pronoun at k is a subject followed by
// a verb ("it had carried out", "they would boycott"), not an expletive
// ("it is unclear whether") or an object.
func pronounSubject(st *sent, k int) bool {
	next := st.toks[k+1]
	if st.low[k] == "it" && (next.low == "is" || next.low == "was" || next.low == "'s") {
		return k+2 < len(st.toks) && (st.toks[k+2].tag == "VBG" || st.toks[k+2].tag == "VBN")
	}
	// Up to two adverbs may come between: "they also jointly asked".
	for n := k + 1; n < len(st.toks) && n <= k+3; n++ {
		if t := st.toks[n].tag; t == "MD" || strings.HasPrefix(t, "VB") {
			return true
		} else if t != "RB" {
			return false
		}
	}
	return false
}

// speechBefore returns the verb of saying whose complement the pronoun at
// k opens ("said on Friday that they would"), or -1. Only a date, "that"
// and short prepositional phrases may come between.
func speechBefore(st *sent, k int) int {
	for v := k - 1; v >= 0 && v >= k-5; v-- {
		w := st.low[v]
		if speechVerbs.has(w) || reportVerbs.has(w) {
			return v
		}
		// "Qatar told Israel and Hamas it would stop": the hearers
		// of a verb of telling are passed over to it.
		if m := st.mentionAt(v); m != nil && !m.place {
			if g := st.coordinated(m); g[0].i > 0 && tellVerbs.has(st.low[g[0].i-1]) {
				return g[0].i - 1
			}
		}
		if st.mentionAt(v) != nil || strings.HasPrefix(st.toks[v].tag, "VB") || w == "," {
			return -1
		}
	}
	return -1
}

// groupBefore returns the actors of the last group of two or more named
// together before token k, which "between them" stands for: "told Kigali
// and Kinshasa it would mediate between them".
func (st *sent) groupBefore(k int) []mention {
	for n := len(st.mentions) - 1; n >= 0; n-- {
		m := &st.mentions[n]
		if m.j > k || m.place || m.kind == "pronoun" {
			continue
		}
		g := st.coordinated(m)
		if len(g) < 2 {
			return nil
		}
		out := make([]mention, len(g))
		for x, q := range g {
			out[x] = *q
			out[x].peers, out[x].partner, out[x].others = nil, nil, nil
		}
		return out
	}
	return nil
}

// tellVerbs take their hearers as object before what they tell: "told
// Kyiv it would", "assured Baghdad that it".
var tellVerbs = filtered(map[string]bool{
	"told": true, "tells": true, "tell": true, "informed": true, "informs": true, "assured": true,
	"assures": true, "notified": true, "warned": true, "warns": true, "reminded": true,
})

// personHeads are nouns naming one person by office: "Mexico's foreign
// minister" is a country's mention, but "he" may stand for it.
var personHeads = filtered(map[string]bool{
	"minister": true, "president": true, "leader": true, "spokesman": true, "spokeswoman": true,
	"premier": true, "chancellor": true, "envoy": true, "ambassador": true, "king": true,
	"commander": true, "chief": true, "secretary": true, "governor": true, "mayor": true,
})

// personHead reports whether a mention other than a person ends in a noun
// naming one person by office: "Kenya's foreign minister said he …".
func personHead(st *sent, m *mention) bool {
	return m.kind != "person" && m.j > m.i+1 && m.j <= len(st.low) && personHeads.has(st.low[m.j-1])
}

// personHeadText reports whether a mention carried over from the sentence
// before ends in a noun naming one person by office: "Chile's interior
// minister arrived … He said".
func personHeadText(m *mention) bool {
	if m.kind == "person" {
		return false
	}
	w := strings.Fields(strings.ToLower(m.actor.Text))
	return len(w) > 1 && personHeads.has(w[len(w)-1])
}

// prevObject returns the actors an object pronoun at k stands for when its
// sentence names no one before it but pronouns: an actor of the sentence
// before other than its first, which prev, that sentence's first actor,
// carries. "them" is a group named together ("hosted the leaders of Chad
// and Niger. He promised them aid"); "him" or "her" a person.
func prevObject(st *sent, k int, prev *mention, person bool) []mention {
	if prev == nil {
		return nil
	}
	// "China, which has ties with both, offered to help them": a plural
	// pronoun may pass over the sentence's own subject, which it is not.
	first := st.firstActor()
	// ("The police detained him": so may a singular one, when it
	// opened the sentence before.)
	subjectOnly := !person
	named := false
	for n := range st.mentions {
		m := st.mentions[n]
		if m.i >= k || m.place || m.kind == "pronoun" {
			continue
		}
		if first != nil && inGroup(st, first, &m) {
			named = true
			continue
		}
		return nil
	}
	if person && named {
		return personOpening(st, prev, first)
	}
	// "Thousands marched on parliament. Police fired tear gas to disperse
	// them": a group that opened the sentence before, when another actor
	// opens this one, is whom the verb acts on.
	if subjectOnly && first != nil && first.kind != "pronoun" && !sameActor(first.actor, prev.actor) && (len(prev.peers) > 0 || prev.kind == "sector") {
		return append([]mention{*prev}, prev.peers...)
	}
	for _, o := range prev.others {
		if o.actor.ID == "" && o.actor.Country == "" {
			continue
		}
		if person {
			if o.kind == "person" {
				return []mention{o}
			}
			continue
		}
		if len(o.peers) > 0 {
			return append([]mention{o}, o.peers...)
		}
	}
	if person {
		return personOpening(st, prev, first)
	}
	return nil
}

// personOpening returns the one person who opened the sentence before,
// which an object "him" or "her" stands for when another actor opens this
// one, or nil: "A Belgian aid worker went missing in Gao. Gunmen had
// seized him".
func personOpening(st *sent, prev, first *mention) []mention {
	if len(prev.peers) > 0 || prev.actor.ID == "" && prev.actor.Country == "" || first != nil && sameActor(first.actor, prev.actor) {
		return nil
	}
	if prev.kind != "person" && !personHeadText(prev) && !personNoun(prev) {
		return nil
	}
	r := *prev
	r.partner, r.others = nil, nil
	return []mention{r}
}

// singlePeople are nouns naming one person by trade or standing, whom a
// later "him" or "her" may stand for: "a Dutch journalist", "an Iranian
// activist".
var singlePeople = filtered(map[string]bool{
	"journalist": true, "reporter": true, "activist": true, "worker": true, "lawyer": true,
	"student": true, "blogger": true, "photographer": true, "priest": true, "doctor": true,
	"nurse": true, "tourist": true, "national": true, "citizen": true, "dissident": true,
	"researcher": true, "academic": true, "businessman": true, "businesswoman": true,
})

// personNoun reports whether a mention ends in a noun naming one person
// by trade or standing.
func personNoun(m *mention) bool {
	w := strings.Fields(strings.ToLower(m.actor.Text))
	return len(w) > 0 && singlePeople.has(w[len(w)-1])
}

// inGroup reports whether m is first or one of the actors coordinated
// with it.
func inGroup(st *sent, first, m *mention) bool {
	for _, x := range st.coordinated(first) {
		if x.i == m.i && x.j == m.j {
			return true
		}
	}
	return false
}

// partitiveGroup returns the group a count "of them" after a verb takes
// from, or nil: in "thousands marched in Minsk, and police detained more
// than 400 of them", the marchers. It is the group named last before the
// verb's subject, a plural noun; after a participle sharing its clause's
// subject, the group that clause acted on ("troops repulsed the raiders,
// killing dozens of them").
func (st *sent) partitiveGroup(k int) *mention {
	if k < 3 || st.low[k-1] != "of" || st.toks[k-2].tag != "CD" && !vagueCounts.has(st.low[k-2]) {
		return nil
	}
	v := k - 3
	// "detained more than 1,300 of them", "arrested at least 40 of them"
	for n := 0; n < 2 && v > 0 && !strings.HasPrefix(st.toks[v].tag, "VB"); n++ {
		v--
	}
	if !strings.HasPrefix(st.toks[v].tag, "VB") {
		return nil
	}
	// A participle after a comma acts on what its clause acted on: the
	// group is the plural named last before it.
	end := v - 1
	if st.toks[v].tag != "VBG" || v == 0 || st.low[v-1] != "," {
		sub := st.subject(v)
		if len(sub) == 0 {
			return nil
		}
		end = sub[0].i
	}
	for n := len(st.mentions) - 1; n >= 0; n-- {
		m := st.mentions[n]
		if m.j > end || m.place || m.kind == "pronoun" || m.kind == "person" {
			continue
		}
		if t := st.toks[m.j-1].tag; t != "NNS" && t != "NNPS" {
			continue
		}
		m.peers, m.partner, m.others = nil, nil, nil
		return &m
	}
	return nil
}

// vagueCounts count part of a group without a number: "dozens of them".
var vagueCounts = filtered(map[string]bool{
	"dozens": true, "scores": true, "hundreds": true, "thousands": true, "several": true, "many": true, "some": true,
})

// namingVerbs call an act by a name: "calling it a crime", "described it
// as an act of war".
var namingVerbs = filtered(map[string]bool{
	"call": true, "calls": true, "called": true, "calling": true, "describe": true, "describes": true,
	"described": true, "describing": true, "branded": true, "branding": true, "termed": true, "terming": true,
	"labelled": true, "labeled": true, "dubbed": true,
})

// verbSubject returns the subject of the verb at v that governs an object
// pronoun, where the sentence makes it plain: an infinitive's is its
// clause's ("police fired tear gas to drive them back"), a participle's
// after a comma the main clause's or, after a trailing attribution, the
// speaker's ("…, the group said, calling it a crime"). Otherwise nil.
func (st *sent) verbSubject(v int) []*mention {
	switch {
	case v > 1 && st.low[v-1] == "to":
		return st.subject(v - 1)
	case v > 2 && st.toks[v].tag == "VBG" && st.low[v-1] == ",":
		if w := st.low[v-2]; speechVerbs.has(w) || reportVerbs.has(w) {
			return st.subject(v - 2)
		}
		if m := st.mainSubject(v); m != nil {
			return []*mention{m}
		}
	}
	return nil
}
