package code

import (
	"strings"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/nlp"
)

// namedDead counts the named persons a verb of killing at or shortly after
// event cd takes as its object: "a drone strike killed [General X and Y]"
// is two, "killed [a commander]" none (that is a count, read elsewhere).
// A title or demonym may stand before the first name ("killed Iranian
// general X").
func namedDead(st *sent, cd *candidate) int {
	k := killWordNear(st, cd)
	if k < 0 || passiveBefore(st, k) {
		return 0
	}
	m := (*mention)(nil)
	for n := k + 1; n < len(st.low) && n <= k+4; n++ {
		if p := st.mentionAt(n); p != nil && p.kind == "person" {
			m = p
			break
		}
		if tag := st.toks[n].tag; !strings.HasPrefix(tag, "JJ") && !strings.HasPrefix(tag, "NN") {
			return 0
		}
	}
	count := 0
	for m != nil {
		if m.j < len(st.low) && st.low[m.j] == "'s" {
			return count // "killed X's bodyguard" names another
		}
		count++
		if m.j+1 >= len(st.low) || st.low[m.j] != "and" && st.low[m.j] != "," {
			break
		}
		next := st.mentionAt(m.j + 1)
		if next == nil || next.kind != "person" || next.i != m.j+1 {
			break
		}
		m = next
	}
	return count
}

// killVerbOf returns the verb of killing that tells event cd's dead: cd's
// own trigger ("assassinated"), or a verb folded into it ("was killed when
// a bomb exploded", "was killed in a drone strike"). It returns nil when no
// verb of killing tells cd.
func killVerbOf(cands []*candidate, cd *candidate) *candidate {
	if cd.e.has(flagKill) || cd.e.cameo == "186" {
		return cd
	}
	for n, f := range cands {
		if f.i >= cd.i || !f.folded || f.corefOf != nil || !f.e.has(flagKill) {
			continue
		}
		// the first event after the folded verb is the one it names
		for _, next := range cands[n+1:] {
			if !next.folded {
				if next == cd {
					return f
				}
				break
			}
		}
	}
	if cd.killed {
		return cd
	}
	return nil
}

// passiveSingular reports whether the verb at token i is a passive with
// "was", whose subject is one victim: "Darya Dugina, the daughter of …, was
// killed when …". "No one was killed" names none.
func passiveSingular(st *sent, i int) bool {
	k := i - 1
	for k >= 0 && st.toks[k].tag == "RB" {
		k--
	}
	if k < 0 || st.low[k] != "was" || !strings.HasPrefix(st.toks[i].tag, "VBN") {
		return false
	}
	for n := k - 1; n >= 0 && n >= k-3; n-- {
		switch st.low[n] {
		case "no", "nobody", "none", "one", "toll", "number":
			return false // "no one was killed", "one of them was"
		}
	}
	return true
}

// singularObject reports whether a verb of killing names one victim by a
// pronoun: "beat him to death", "shot her dead".
func singularObject(st *sent, verb *candidate) bool {
	for k := verb.i; k <= verb.j && k < len(st.low); k++ {
		if st.low[k] == "him" || st.low[k] == "her" && (k+1 >= len(st.low) || !strings.HasPrefix(st.toks[k+1].tag, "NN")) {
			return true
		}
	}
	return false
}

// alongWith counts the dead named after "along with" at token k: one person
// ("along with his deputy", "along with Abu Mahdi al-Muhandis") or a figure
// ("along with four others"). A vague plural ("along with several others")
// adds nothing, by ACLED's conservative rule.
func alongWith(st *sent, k int) int {
	for k < len(st.low) && st.toks[k].tag == "RB" {
		k++
	}
	if k+2 >= len(st.low) || st.low[k] != "along" || st.low[k+1] != "with" {
		return 0
	}
	k += 2
	if m := st.mentionAt(k); m != nil && m.kind == "person" {
		return 1
	}
	if c, _, ok := nlp.ParseCount(wordsFrom(st, k)); ok && isFigureOrWord(st.low[k]) {
		return c.Min
	}
	if _, ok := singleNoun(st, k); ok {
		return 1
	}
	if (possessives.has(st.low[k]) || st.low[k] == "the") && k+1 < len(st.toks) {
		// "along with the deputy head of …": a title's adjectives stand
		// before its head.
		h := k + 1
		for h+1 < len(st.toks) && h < k+3 && strings.HasPrefix(st.toks[h].tag, "JJ") && st.mentionAt(h) == nil {
			h++
		}
		if t := st.toks[h]; t.tag == "NN" && !quantityNouns.has(t.low) && !collectiveNouns.has(t.low) {
			return 1
		}
		if st.mentionAt(k+1) != nil && singleVictim(st, st.mentionAt(k+1)) {
			return 1
		}
	}
	return 0
}

// andOthers counts the others killed with a victim, named after "and" in
// the object of a verb of killing that ends at token k: "shot dead the
// mayor, Ana Ruiz, and at least five other people" adds five. A vague
// plural ("and several others") adds nothing, as in alongWith.
func andOthers(st *sent, k int) int {
	if k > 0 && passiveBefore(st, k-1) {
		return 0
	}
	for n := k; n+2 < len(st.low) && n <= k+16; n++ {
		w := st.low[n]
		if clauseBreaks.has(w) || w == "." || w == "said" || st.toks[n].tag == "VBD" || st.toks[n].tag == "VBZ" {
			return 0
		}
		if w != "and" {
			continue
		}
		c, m, ok := nlp.ParseCount(wordsFrom(st, n+1))
		if !ok || !isFigureOrWord(st.low[n+1]) && st.low[n+1] != "at" {
			return 0
		}
		e := n + 1 + m
		if e >= len(st.low) || st.low[e] != "other" && st.low[e] != "others" {
			return 0
		}
		// "X was killed and six other reporters were wounded": others
		// with a verb of their own are no object of this one.
		if v := nounEnd(st, e+1); v < len(st.low) && (auxiliaries.has(st.low[v]) || strings.HasPrefix(st.toks[v].tag, "VB") && st.toks[v].tag != "VBG") {
			return 0
		}
		return c.Min
	}
	return 0
}

// isFigureOrWord reports whether a count starts with a figure or a number
// word, not a vague quantity: "four others", not "several others".
func isFigureOrWord(w string) bool {
	if isFigure(w) {
		return true
	}
	_, _, ok := nlp.ParseCount([]string{w})
	switch w {
	case "several", "many", "dozens", "scores", "hundreds", "thousands", "multiple", "numerous", "some":
		return false
	}
	return ok
}

// ordinals name one more victim after a toll: "two were killed and [a
// third] lost a leg".
var ordinals = filtered(map[string]bool{"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true})

// loneOther reads one more victim standing alone as a subject at token i,
// "another" or "a third", and returns the tokens it spans: "[another] was
// wounded", "[a third] lost a leg". "a third of the town" is a share.
func loneOther(st *sent, i int) (int, bool) {
	n := oneMoreAt(st, i)
	if n == 0 {
		return 0, false
	}
	k := i + n
	if k >= len(st.toks) {
		return 0, false
	}
	tag := st.toks[k].tag
	if auxiliaries.has(st.low[k]) || suffered(st, k) || tag == "VBD" || tag == "VBZ" || tag == "VBN" && !strings.HasPrefix(st.toks[k-1].tag, "NN") {
		return n, true
	}
	return 0, false
}

// oneMoreAt returns how many tokens "another" or "a" and an ordinal span
// at token i ("a third"), or 0: one more of people already counted.
func oneMoreAt(st *sent, i int) int {
	switch {
	case st.low[i] == "another":
		return 1
	case st.low[i] == "a" && i+1 < len(st.low) && ordinals.has(st.low[i+1]):
		return 2
	}
	return 0
}

// opensSingle reports whether a word may open a phrase naming one person:
// "a", "an", "another".
func opensSingle(w string) bool {
	return w == "a" || w == "an" || w == "another"
}

// singleNoun reads "a"/"an" and a noun phrase naming one person at token
// i ("a woman", "a senior al-Shabaab bomb-maker", "a 17-year-old") and
// returns the tokens it spans. "a number of", "a group of" name no one.
func singleNoun(st *sent, i int) (int, bool) {
	if !opensSingle(st.low[i]) {
		return 0, false
	}
	head, nounAsAdj := -1, -1
	k := i + 1
	for ; k < len(st.toks) && k < i+6; k++ {
		tag := st.toks[k].tag
		if personCompounds.has(st.low[k]) {
			tag = "NN" // the tagger reads "a passer-by" as an adjective
		}
		if adjBeforeParticiple(st, k) {
			tag, nounAsAdj = "NN", k // "a constable escorting them"
		}
		// "a [mentally] ill man", "an [elderly]": an adverb before an
		// adjective stays in the phrase
		if tag == "RB" && head < 0 && k+1 < len(st.toks) && strings.HasPrefix(st.toks[k+1].tag, "JJ") {
			continue
		}
		if !strings.HasPrefix(tag, "JJ") && !strings.HasPrefix(tag, "NN") && tag != "HYPH" && tag != "VBN" && !nlp.IsMeasure(st.toks[k].text) {
			break
		}
		// the head is the last noun: "a soldier dead" is one soldier
		// but a name before a noun modifies it: "a Kosovo police officer"
		if head >= 0 && strings.HasPrefix(st.toks[head].tag, "NN") && !strings.HasPrefix(tag, "NN") && !strings.HasSuffix(st.toks[k].low, "-old") && !nameModifier(st, head, k) {
			break
		}
		head = k
	}
	if head < 0 {
		return 0, false
	}
	// The tagger may misread a sector noun ("a soldier dead" as an
	// adjective); a known actor word is a noun.
	// But "an army officer" is an officer: a noun head after it stays.
	for n := i + 1; n < k; n++ {
		if n < head && (strings.HasPrefix(st.toks[head].tag, "NN") || personCompounds.has(st.low[head]) || head == nounAsAdj) {
			continue
		}
		if m := st.mentionAt(n); m != nil && m.kind == "sector" && !strings.HasSuffix(st.low[n], "s") {
			head = n
		}
	}
	h := st.toks[head]
	singular := h.tag == "NN" || personCompounds.has(h.low) || head == nounAsAdj || h.tag == "NNP" && !strings.HasSuffix(h.low, "s") || strings.HasSuffix(h.low, "-old") || st.mentionAt(head) != nil && st.mentionAt(head).kind == "sector" && !strings.HasSuffix(h.low, "s")
	if !singular || quantityNouns.has(h.low) || collectiveNouns.has(h.low) && !toll46OneGuard(h) || timeNouns.has(h.low) {
		return 0, false
	}
	return head + 1 - i, true
}

// nameModifier reports whether the proper noun at token head modifies a
// noun after the adjective at token k, the tagger reading a sector word
// as an adjective: "a Kosovo [police] officer", "a Gaza [medical] worker".
func nameModifier(st *sent, head, k int) bool {
	return st.toks[head].tag == "NNP" && strings.HasPrefix(st.toks[k].tag, "JJ") && k+1 < len(st.toks) && st.toks[k+1].tag == "NN"
}

// singleVictim reports whether a mention names one person: a named person,
// a singular noun ("a woman", "journalist"), or a title with or without a
// name ("Haitian President Jovenel Moïse").
func singleVictim(st *sent, m *mention) bool {
	if m.kind == "person" {
		return true
	}
	if !st.holds(m) {
		return false // carried over: its words are in another sentence
	}
	last := st.toks[m.j-1]
	singular := last.tag == "NN" || last.tag == "NNP" && !strings.HasSuffix(last.low, "s")
	if m.kind == "sector" && singular {
		return !collectiveNouns.has(last.low) && !modifiesNoun(st, m)
	}
	if m.kind != "demonym" || m.actor.Sector == "" || !singular || collectiveNouns.has(last.low) {
		return false
	}
	return m.j < len(st.toks) && st.toks[m.j].tag == "NNP" && st.mentionAt(m.j) == nil || m.j-m.i > 1
}

// victimNouns are nouns for people that the actor dictionary has no sector
// for: victims named by them alone ("three men were clubbed to death",
// "killed seven staff") are civilians of the place where they died.
var victimNouns = filtered(map[string]bool{"man": true, "men": true, "person": true, "persons": true, "brothers": true,
	"sisters": true, "sons": true, "daughters": true, "relatives": true, "teenagers": true, "teenager": true,
	"youths": true, "youth": true, "staff": true, "workers": true, "employees": true, "labourers": true,
	"laborers": true, "traders": true, "travellers": true, "travelers": true, "mourners": true, "guests": true,
	"students": true, "pupils": true, "teachers": true})

// tollVictims gives an attack that names no target the people its toll
// counts: "a strike that killed [seven aid staff]", "[At least 32 people]
// were killed when a bomber blew himself up", and for "N of them" the
// people named before ("forced passengers off buses and shot dead [23 of
// them]"). Victims named only by a common noun for people are civilians
// of the place. reads are the sentence's tolls (readTolls).
func (c *Coder) tollVictims(d *doc, st *sent, cands []*candidate, reads []tollRead) {
	for _, r := range reads {
		cd := tollEvent(st, cands, r)
		if cd == nil || cd.folded || cd.ev.ID == "" || len(cd.ev.Target) > 0 || cd.ev.Type != truce.Assault {
			continue
		}
		if cd.ev.Fatalities == nil && cd.ev.Injuries == nil {
			continue
		}
		ms, people := tollVictimMentions(st, r, cd)
		var tgt []truce.Actor
		if len(ms) > 0 {
			tgt = removeActors(c.resolveGeneric(d, st, ms, cd.ev.Location, cd.ev.Source), cd.ev.Source)
		} else if people && cd.ev.Location != nil && cd.ev.Location.Country != "" {
			if a, ok := c.actors.Lookup(cd.ev.Location.Country+"CVL", d.date); ok {
				tgt = []truce.Actor{a}
			}
		}
		if len(tgt) == 0 {
			continue
		}
		cd.ev.Target = tgt
		cd.ev.ID = eventID(d.a.ID, st.s.Index, cd.ev.Type, cd.ev.Source, cd.ev.Target, cd.i)
	}
}

// tollVictimMentions returns the actors named in the noun phrase a toll's
// count opens ("killing [seven Kurdish fighters]"), or, for "N of them",
// the people named last before it who are not the attackers ("made the
// [passengers] get off and shot 11 of them"). people reports a victim
// phrase headed by a common noun for people with no actor of its own
// ("three men").
func tollVictimMentions(st *sent, r tollRead, cd *candidate) ([]*mention, bool) {
	end := nounEnd(st, r.end)
	if end+1 < len(st.low) && r.end == end && st.low[end] == "of" && (st.low[end+1] == "them" || st.low[end+1] == "whom") {
		for k := r.i - 1; k >= 0; k-- {
			if m := st.mentionAt(k); m != nil && !m.place && m.kind != "person" && !isSourceMention(cd, m) {
				return []*mention{m}, false
			}
			if victimNouns.has(st.low[k]) || peopleNouns.has(st.low[k]) {
				return nil, true
			}
		}
		return nil, false
	}
	var ms []*mention
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.i >= r.i && m.i < end && !m.place && !isSourceMention(cd, m) {
			ms = append(ms, m)
		}
	}
	return ms, victimNouns.has(st.low[end-1]) || prec61KinVictim(st.low[end-1])
}

// isSourceMention reports whether m names one of cd's attackers.
func isSourceMention(cd *candidate, m *mention) bool {
	for _, s := range cd.src {
		if s.i == m.i {
			return true
		}
	}
	return false
}

// alongWithAfter counts, as alongWith does, the dead named after an "along
// with" later in the clause that starts at token k, past the attack's
// weapon, place and date: "was killed in a drone strike in Beirut on
// Monday along with his deputy".
func alongWithAfter(st *sent, k int) int {
	for n := k; n < len(st.low) && n <= k+14; n++ {
		w := st.low[n]
		if w == "along" {
			return alongWith(st, n)
		}
		if clauseBreaks.has(w) || w == "," || w == "." || w == "and" || st.toks[n].tag == "VBD" || st.toks[n].tag == "VBZ" {
			return 0
		}
	}
	return 0
}

// diedIn counts the dead of the attack noun cd that one named person is
// told to have died in: "X, the group's commander, who died in a drone
// strike" is one, "X died in an ambush along with two aides" three. It
// returns 0 when no such death is told.
func diedIn(st *sent, cd *candidate) int {
	if cd.e.pos != 'N' {
		return 0
	}
	k := cd.i - 1
	for ; k >= 1 && k >= cd.i-5; k-- {
		w := st.low[k]
		if w == "in" || w == "during" {
			break
		}
		if w != "a" && w != "an" && w != "the" && !isModifier(st.toks[k]) && st.mentionAt(k) == nil {
			return 0
		}
	}
	if k < 1 || st.low[k] != "in" && st.low[k] != "during" || st.low[k-1] != "died" {
		return 0
	}
	s := k - 2
	for s >= 0 && st.toks[s].tag == "RB" {
		s--
	}
	if s < 0 {
		return 0
	}
	// The subject may stand before an apposition ("X, the group's
	// commander, died") or be a relative's antecedent ("X, the commander
	// of the Quds Force, who died").
	who := st.low[s] == "who"
	switch {
	case who:
		s = antecedent(st, s)
	case st.low[s] == ",":
		s = antecedent(st, s+1)
	}
	if s < 0 || !onePerson(st, s, who) {
		return 0
	}
	return 1 + alongWithAfter(st, cd.j)
}

// onePerson reports whether token s ends the name of one person: a known
// person, or a proper name no other actor claims ("Ahmed Karimi died");
// after "who", which names only people, a singular noun will do too
// ("the driver, who died").
func onePerson(st *sent, s int, who bool) bool {
	if m := st.mentionAt(s); m != nil {
		return m.kind == "person" || who && singleVictim(st, m)
	}
	tag := st.toks[s].tag
	return tag == "NNP" || who && tag == "NN" && !collectiveNouns.has(st.low[s]) && !quantityNouns.has(st.low[s])
}

// antecedent returns the token the relative pronoun at k hangs on: the
// word before it, or the one before an apposition closed by a comma
// before it ("X, the group's commander, who"), or -1.
func antecedent(st *sent, k int) int {
	if k < 1 || st.low[k-1] != "," {
		return k - 1
	}
	for n := k - 2; n >= 1 && n >= k-16; n-- {
		if st.low[n] == "," {
			return n - 1
		}
		if clauseBreaks.has(st.low[n]) || st.low[n] == "." {
			return -1
		}
	}
	return -1
}
