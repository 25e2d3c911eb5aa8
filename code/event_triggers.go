package code

// Finding a sentence's triggers: the lexicon's matches, read as the words
// they are, before any is folded into another.

import (
	"strings"

	"github.com/truce-project/truce/when"
)

// sentenceTriggers returns a candidate for each trigger of st that the
// lexicon matches and that its reading does not screen out: not a month,
// a modifier, a participle describing a noun, or the launch of a weapon
// whose strike is told next. It sets st.dates.
func (c *Coder) sentenceTriggers(d *doc, st *sent) []*candidate {
	var cands []*candidate
	hedge := ""
	st.dates = when.Find(st.s.Text, d.date)
	for i := 0; i < len(st.toks); i++ {
		if m := st.mentionAt(i); m != nil {
			i = m.j - 1
			continue
		}
		es, n := c.lex.match(st.low, i)
		// "missiles slammed into a hospital": a weapon's impact is a strike.
		if e, m := c.impactStrike(st, i); e != nil {
			es, n = []*entry{e}, m
		}
		if e, m := c.orderedOut(st, i); e != nil && m > n {
			es, n = []*entry{e}, m
		}
		if e, m := c.mode41BarredReturn(st, i); e != nil && m > n {
			es, n = []*entry{e}, m
		}
		if e, m := c.mode41ToldByPhone(st, i); e != nil && m > n {
			es, n = []*entry{e}, m
		}
		if e, m := c.mode46DownedCraft(st, i); e != nil && m > n {
			es, n = []*entry{e}, m
		}
		if e, m := c.mode46CalledGap(st, i); e != nil && m > n {
			es, n = []*entry{e}, m
		}
		if es2, m := c.prec49DatedComplement(st, i); m > n {
			es, n = es2, m
		}
		if e, m := c.gsr34PreparedAttack(st, i); e != nil && m > n {
			es, n = []*entry{e}, m
		}
		if e, m := c.gsr34SwornVow(st, i); e != nil && m > n {
			es, n = []*entry{e}, m
		}
		if n == 0 {
			continue
		}
		// "in March", "by March 24": the month, not a march.
		if inDate(st, i) || d.date.IsZero() && undatedMonth(st, i) {
			continue
		}
		prevTag := ""
		if i > 0 {
			prevTag = st.toks[i-1].tag
		}
		es = lex48TariffReading(st, es, i)
		if es = forcesReading(st, es, i); len(es) == 0 {
			continue
		}
		e := pickEntry(es, st.toks[i].tag, prevTag)
		// "demonstrators stormed government buildings": a past verb the
		// tagger took for an adjective, between its subject and its
		// object, is the verb.
		// So is one after "and" that joins it to an earlier verb:
		// "cut the internet and deployed troops". (Irregular pasts such as
		// "fought" are retagged when the sentence is read: see
		// irregularPasts.)
		if e == nil && n == 1 && st.toks[i].tag == "JJ" && strings.HasSuffix(st.low[i], "ed") && (strings.HasPrefix(prevTag, "NNS") || coordinatedVerb(st, i)) &&
			i+1 < len(st.toks) && (st.toks[i+1].tag == "DT" || strings.HasPrefix(st.toks[i+1].tag, "NN") && st.toks[i+1].tag != "NNP") {
			e = pickEntry(es, "VBD", prevTag)
		}
		if e == nil {
			e = lex48CoordinatedPast(st, es, i, n)
		}
		if e == nil {
			e = lex48InstitutedNoun(st, es, i, n)
		}
		if e == nil {
			e = lex57AdverbPast(st, es, i, n)
		}
		if e == nil {
			continue
		}
		cd := &candidate{e: e, st: st, i: i, j: i + n}
		if mode33ShotNotFired(st, i) {
			c.trace(st, cd, "the shot denied in \"without a shot being fired\": no fire told")
			i += n - 1
			continue
		}
		if why := readingScreened(st, cd); why != "" {
			c.trace(st, cd, why)
			continue
		}
		// "the US aid agency", "peace activists": a trigger noun that
		// qualifies another noun names no event.
		if e.pos == 'N' && i+n < len(st.low) && (compoundHeads.has(st.low[i+n]) || armKind(st, i, n)) {
			c.trace(st, cd, "a noun qualifying another (\"aid agency\")")
			i += n - 1
			continue
		}
		// "the third journalist killed in Mexico this year" sums up; it
		// tells of no new killing.
		if e.pos == 'V' && n == 1 && !e.has(flagViolent) && commaParticiple(st, i) {
			c.trace(st, cd, "a participle describing the noun before its comma (\"troops, backed by militias,\")")
			i += n - 1
			continue
		}
		// "the third journalist killed in Mexico this year": a victim
		// ranked among others sums up; it tells of no new killing.
		if e.has(flagKill) && n == 1 && rankedVictim(st, i) {
			c.trace(st, cd, "a victim ranked among others (\"the third journalist killed this year\")")
			continue
		}
		if e.pos == 'V' && n == 1 && (adjectival(st, i) || (!e.has(flagViolent) || e.has(flagKill) && st.low[i] == "killed") && reducedRelative(st, i)) {
			c.trace(st, cd, "a participle describing a noun (\"freed prisoners\", \"proxies backed by\")")
			i += n - 1
			continue
		}
		// "drones launched by the RSF struck a depot", "rockets fired by
		// the militia hit a school": the launch describes the weapon whose
		// strike the sentence tells next.
		// So is one hedged by an adverb ("drones allegedly launched by the
		// RSF struck"), which hedges the strike.
		if e.has(flagWeapon) && weaponLaunchedBy(c, st, i) && violentLater(c.lex, st, i+n) {
			c.trace(st, cd, "a participle describing the weapon of a strike told next (\"drones launched by\")")
			if st.toks[i-1].tag == "RB" {
				hedge = statusNear(st, i)
			}
			i += n - 1
			continue
		}
		// The strike the hedged launch told of.
		if hedge != "" && e.pos == 'V' && e.has(flagViolent) {
			cd.ev.Status, hedge = hedge, ""
		}
		cands = append(cands, cd)
		i += n - 1
	}
	return cands
}
