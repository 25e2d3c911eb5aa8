package code

// The two sides of an event: "between X and Y", "pitted X against Y", both
// sides unnamed, each other, the parties to a deal and its mediators.

import (
	"strings"

	"github.com/truce-project/truce"
)

// betweenUntil finds "between X and Y" after token j and before token end
// (the next trigger: in "the bombing came on the eve of talks between A and
// B" the sides are the talks').
func (st *sent) betweenUntil(j, end int) []*mention {
	for k := j; k < len(st.toks) && k < end && k < j+10 && st.clause[k] == st.clause[j-1]; k++ {
		if st.low[k] == "between" {
			if m := st.countedSidesX80(k + 1); m != nil {
				return st.coordinated(m) // "between two of the city's groups, A and B"
			}
			for n := k + 1; n < len(st.toks) && n < k+4; n++ {
				if m := st.mentionAt(n); m != nil {
					if st.loyalToRivals(m) {
						return []*mention{m, m}
					}
					return st.coordinated(m)
				}
			}
		}
	}
	return nil
}

// loyalToRivals reports whether the group m is said loyal to two rivals,
// which makes it both sides of a fight: "fighting between militias loyal
// to rival generals A and B", "clashes between forces allied to the two
// prime ministers".
func (st *sent) loyalToRivals(m *mention) bool {
	k := m.j
	if k+1 >= len(st.low) || !loyalWords.has(st.low[k]) || st.low[k+1] != "to" && st.low[k+1] != "with" {
		return false
	}
	for n := k + 2; n < len(st.low) && n < k+12 && st.clause[n] == st.clause[m.i]; n++ {
		switch w := st.low[n]; {
		case w == "rival" || w == "two" || w == "both":
			return true
		case w == "and":
			// "loyal to Haftar and government forces": the "and" joins
			// the other side, unless a second ruler follows it.
			return n+1 < len(st.low) && st.ruler(n+1)
		case w == "," || strings.HasPrefix(st.toks[n].tag, "VB") && st.toks[n].tag != "VBN":
			return false
		}
	}
	return false
}

// ruler reports whether token k starts the name or title of a person
// forces can be loyal to: "Fathi Bashagha", "General Omar", "his rival".
func (st *sent) ruler(k int) bool {
	if m := st.mentionAt(k); m != nil {
		return m.kind == "person"
	}
	// "loyal to the premier and his rival"
	if k+1 < len(st.low) && (st.low[k] == "his" || st.low[k] == "her") && st.low[k+1] == "rival" {
		return true
	}
	return st.toks[k].tag == "NNP"
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

// fightTwoSided reports whether a two-sided fight names both its sides as
// its subject and no one else: in "Indian and Pakistani troops exchanged
// fire" each side is the other's target.
func fightTwoSided(cd *candidate) bool {
	return cd.e.has(flagSym) && cd.e.has(flagViolent) && len(cd.tgt) == 0 && partiesApart(cd.src)
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

// bothSides reports whether the words after token j name the two sides
// of a conflict without naming them: "urged both sides to", "called on
// the warring parties", "offered to mediate between the two countries".
func (st *sent) bothSides(j int) bool {
	for k := j; k < len(st.low) && k < j+5; k++ {
		switch st.low[k] {
		case "both", "two", "warring", "all":
			if k+1 < len(st.low) && sideNouns.has(st.low[k+1]) {
				return true
			}
		case "on", "the", "to", "upon", "from", "between":
			continue
		case "mediate", "help":
			// "offered to mediate between the two countries": the offer is
			// made to those it would go between.
			if k == j {
				continue
			}
		}
		return false
	}
	return false
}

// sideNouns, after "both" or "the two", stand for the two sides unnamed:
// "urged both sides", "urged both delegations to show flexibility".
var sideNouns = filtered(map[string]bool{
	"sides": true, "parties": true, "countries": true, "neighbours": true, "neighbors": true,
	"delegations": true, "camps": true, "nations": true, "governments": true, "rivals": true,
})

// unnamedSides reports whether a mention is the two sides unnamed ("both
// delegations"), which no country the sentence names stands for.
func (st *sent) unnamedSides(m *mention) bool {
	return m.actor.ID == "" && m.i > 0 && m.j == m.i+1 && sideNouns.has(st.low[m.i]) && (st.low[m.i-1] == "both" || st.low[m.i-1] == "two")
}

// bothSidesBefore reports whether the subject right before the trigger at
// i is the two sides unnamed: "both sides committed to", "the two
// countries agreed", and past an auxiliary or an adverb or two, "the two
// sides had agreed", "both parties have now signed". A noun trigger may
// be the object of their verb: "the two sides had agreed to a truce",
// "both parties signed a 48-hour ceasefire".
func (st *sent) bothSidesBefore(i int) bool {
	for k := i - 9; k < i-1; k++ {
		if k < 0 || st.low[k] != "both" && st.low[k] != "two" {
			continue
		}
		if m := st.mentionAt(k + 1); m != nil && !st.unnamedSides(m) && !bareLeaders(st, m) {
			continue
		}
		switch st.low[k+1] {
		case "sides", "parties", "countries", "neighbours", "neighbors", "governments", "leaders", "presidents":
		default:
			continue
		}
		n := k + 2
		for n < i && n < k+4 && (st.toks[n].tag == "RB" || sideAuxiliaries.has(st.low[n])) {
			n++
		}
		if n == i || !strings.HasPrefix(st.toks[n].tag, "VB") || !strings.HasPrefix(st.toks[i].tag, "NN") {
			return n == i
		}
		// The verb, a preposition, an article and the words qualifying
		// the noun: "agreed to a two-week truce".
		n++
		if sideObjectPreps.has(st.low[n]) {
			n++
		}
		if st.toks[n].tag == "DT" {
			n++
		}
		for n < i && (strings.HasPrefix(st.toks[n].tag, "JJ") || st.toks[n].tag == "CD") {
			n++
		}
		return n == i
	}
	return false
}

// sideObjectPreps join the two sides' verb to the deal they made: "agreed
// to a truce", "settled on a ceasefire".
var sideObjectPreps = filtered(wordSet("to", "on", "upon"))

// bareLeaders reports whether m is "leaders" or "presidents" alone after
// "both" or "the two", naming no state: "The two leaders agreed to meet
// again" are the leaders of the article's two sides.
func bareLeaders(st *sent, m *mention) bool {
	w := st.low[m.i]
	return m.j == m.i+1 && m.kind == "sector" && (w == "leaders" || w == "presidents") && m.actor.Country == ""
}

// sideAuxiliaries may stand between the two sides unnamed and their verb:
// "the two sides had agreed", "both countries will open".
var sideAuxiliaries = filtered(wordSet("has", "have", "had", "would", "will", "could", "did"))

// possessedHead returns the end of the people a plural possessive ending
// at token n-1 owns ("the two countries' foreign ministers": the
// possessive, up to two qualifying words and a plural head), or n when
// no such words follow.
func (st *sent) possessedHead(n int) int {
	if n >= len(st.low) || !possessiveMarks.has(st.low[n]) {
		return n
	}
	for k := n + 1; k < len(st.low) && k <= n+3; k++ {
		t := st.toks[k].tag
		if t == "NNS" && (k+1 >= len(st.low) || !strings.HasPrefix(st.toks[k+1].tag, "NN")) {
			if m := st.mentionAt(k); m != nil && !allBare([]*mention{m}) {
				return n
			}
			return k + 1
		}
		if t != "JJ" && t != "NN" {
			return n
		}
	}
	return n
}

// possessiveMarks are the tokens a possessive ends in: "the two
// countries' ministers", "Kenya's envoy".
var possessiveMarks = filtered(map[string]bool{"'": true, "’": true, "'s": true, "’s": true})

// mediationNouns name the good offices of a third party: "under Angolan
// mediation", "under UN auspices".
var mediationNouns = filtered(map[string]bool{
	"mediation": true, "auspices": true, "aegis": true, "sponsorship": true, "supervision": true,
	"facilitation": true,
})

// mediator reports whether a mention names the third party a deal or talks
// are held under: "under Qatari mediation", "under the auspices of the AU".
func (st *sent) mediator(m *mention) bool {
	k := m.i - 1
	for k >= 0 && (st.low[k] == "the" || strings.HasPrefix(st.toks[k].tag, "JJ")) && st.mentionAt(k) == nil {
		k--
	}
	if k >= 0 && st.low[k] == "under" {
		return m.j < len(st.low) && mediationNouns.has(st.low[m.j])
	}
	// "after mediation by the Emirates", "talks chaired by Norway": the
	// agent of good offices.
	if k >= 1 && st.low[k] == "by" && (mediationNouns.has(st.low[k-1]) || mediatingWords.has(st.low[k-1])) {
		return true
	}
	// "under the auspices of the African Union"
	return k >= 2 && st.low[k] == "of" && mediationNouns.has(st.low[k-1])
}

// mediatingWords are the participles whose agent is a third party to the
// talks or deal they describe: "a truce brokered by Qatar".
var mediatingWords = filtered(map[string]bool{
	"mediated": true, "brokered": true, "chaired": true, "facilitated": true, "hosted": true, "convened": true,
})

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

// sidesNouns name the parties to a war: "warring parties", "rival
// factions".
var sidesNouns = filtered(map[string]bool{
	"parties": true, "sides": true, "factions": true, "delegations": true, "camps": true,
})

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
		if sidesNouns.has(st.low[k]) {
			return true
		}
		if st.mentionAt(k) != nil && st.mentionAt(k) != m {
			return false
		}
	}
	return false
}

// truceCounterpart names the other side of a truce one party declares
// alone. An armed group's truce is toward the state it rises against
// ("the ELN said it would observe a unilateral ceasefire": Colombia); a
// state's is toward the armed group named after the trigger in its own
// sentence ("declared a truce, urging the rebels to withdraw": the
// rebels), else in the sentence before or after it ("The coalition will
// observe a truce. … A Houthi official dismissed it": the Houthis).
func (c *Coder) truceCounterpart(d *doc, cd *candidate) []*mention {
	if !cd.e.has(flagCease) || cd.tgt != nil || len(cd.src) != 1 || cd.src[0].actor.ID == "" {
		return nil
	}
	s := cd.src[0].actor
	if isArmedGroup(s) && s.Country != "" {
		if a, ok := c.actors.Lookup(s.Country, d.date); ok {
			return []*mention{{i: cd.i, j: cd.j, actor: a, kind: "implied"}}
		}
		return nil
	}
	if !isState(s) {
		return nil
	}
	n := cd.st.s.Index
	for _, k := range []int{n, n - 1, n + 1} {
		if k < 0 || k >= len(d.sents) {
			continue
		}
		for x := range d.sents[k].mentions {
			m := &d.sents[k].mentions[x]
			if k == n {
				// its own sentence's rebels, named or generic, as they stand
				if !m.place && m.i >= cd.j && !sharesMention([]*mention{m}, cd.src) &&
					(isArmedGroup(m.actor) || m.kind == "sector" && m.actor.ID == "" && m.actor.Sector == "REB") {
					return []*mention{m}
				}
				continue
			}
			if !m.place && isArmedGroup(m.actor) {
				a := m.actor
				a.Text = ""
				return []*mention{{i: cd.i, j: cd.j, actor: a, kind: "implied"}}
			}
		}
	}
	return nil
}

// warNouns name a war or campaign one side wages on another: "its war with
// the rebels", "their fight against the junta".
var warNouns = filtered(map[string]bool{
	"war": true, "conflict": true, "fight": true, "campaign": true, "struggle": true, "offensive": true, "insurgency": true,
})

// warFoe returns the other side of the war an act is told within, when the
// trigger names no target: "the army used chemical weapons during its war
// with the RSF" is aimed at the RSF. The war must be the source's own
// ("its", "their"), and its foe after "with" or "against" not the source.
func (st *sent) warFoe(cd *candidate) []*mention {
	if len(cd.src) == 0 {
		return nil
	}
	for k := 0; k+2 < len(st.low); k++ {
		if st.low[k] != "its" && st.low[k] != "their" {
			continue
		}
		for w := k + 1; w < len(st.low)-1 && w <= k+3; w++ {
			if !warNouns.has(st.low[w]) {
				if st.mentionAt(w) != nil {
					break
				}
				continue
			}
			if st.low[w+1] != "with" && st.low[w+1] != "against" {
				break
			}
			foe := st.object(w+1, map[string]bool{"with": true, "against": true})
			if len(foe) == 0 || sharesMention(foe, cd.src) || amongActors(foe, cd.src) {
				return nil
			}
			return foe
		}
	}
	return nil
}

// warSides returns the two sides of a country's own war as the article
// names them, for a possessive that speaks for both ("Sudan's warring
// parties" after "The army and the Rapid Support Forces fought on"): the
// nearest armed group of that country named in the sentence or before it
// (or one from abroad named beside the state's forces), and the state's
// own actor named with it, else the possessor itself. It returns a nil
// group when the article names none.
func (c *Coder) warSides(d *doc, st *sent, poss *mention) (*mention, *mention) {
	cc := poss.actor.Country
	for n := st.s.Index; n >= 0; n-- {
		if n >= len(d.sents) {
			continue
		}
		var state, group *mention
		for x := range d.sents[n].mentions {
			m := &d.sents[n].mentions[x]
			if m.place || m == poss {
				continue
			}
			// "fighting between the Houthis and government forces": an
			// unnamed state force beside the group is the state's.
			if state == nil && m.kind == "sector" && m.actor.Country == "" && stateSectors.has(m.actor.Sector) {
				// "Government forces and al-Shabaab fought …":
				// the warring party is the government whose forces
				// fought.
				sector := m.actor.Sector
				if rulerModifiers.has(d.sents[n].low[m.i]) {
					sector = "GOV"
				}
				if a, ok := c.actors.Lookup(cc+sector, d.date); ok {
					s := *m
					s.actor = a
					state = &s
				}
				continue
			}
			if group == nil && isArmedGroup(m.actor) && !strings.HasPrefix(m.actor.ID, cc) {
				group = m
			}
			if m.actor.Country != cc {
				continue
			}
			if state == nil && isState(m.actor) && m.actor.Sector != "REB" && !internalSidesMention(d.sents[n], m) {
				state = m
			}
		}
		// A group from abroad ("JNIM", based in Mali) is a side of this
		// country's war only when fought beside the state's own forces.
		if group == nil || group.actor.Country != cc && state == nil {
			continue
		}
		if state == nil {
			state = poss
		}
		s, g := *state, *group
		s.actor.Text, g.actor.Text = "", ""
		s.i, s.j, g.i, g.j = poss.i, poss.j, poss.i, poss.j
		return &s, &g
	}
	return nil, nil
}

// internalSidesMention reports whether m is a possessor speaking for both
// sides of its country's war ("Yemen's warring parties"), which names
// neither side.
func internalSidesMention(st *sent, m *mention) bool {
	return m.kind == "country" && st.internalSides(m)
}

// armedSectors are the sectors of those who bear arms.
var armedSectors = filtered(wordSet("REB", "MLT", "CRM", "MIL", "COP", "INS"))

// armedFoes reports whether every mention in ms is of an armed sector: the
// foe of a fight ("clashed with the militants"), not its weapons or its
// length ("fought with tanks", "battled for hours").
func (c *Coder) armedFoes(ms []*mention) bool {
	for _, m := range ms {
		if !armedSectors.has(m.actor.Sector) || c.isWeaponWord(strings.ToLower(m.actor.Text)) {
			return false
		}
	}
	return true
}
