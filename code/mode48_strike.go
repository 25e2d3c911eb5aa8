package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// A walkout told by the bare noun "strike" (issue 3, type): "workers at
// the mine began a strike", "nurses held a strike outside the ministry",
// "port workers launched a strike on Tuesday". The lexicon reads a bare
// "strike" as an attack; done by workers, teachers, doctors or traders,
// or begun, held or joined as a walkout is, it is a strike (PROTEST,
// CAMEO 143, as "went on strike"), against the government of their
// country.

// mode48WorkSectors are the sectors of people who strike by walking out.
var mode48WorkSectors = filtered(wordSet("LAB", "EDU", "HLH", "BUS", "MED", "JUD", "AGR", "PRO"))

// mode48WalkoutVerbs begin, hold or end a walkout, never an attack:
// "began a strike", "held a strike", "joined the strike", "called off
// the strike". ("launched" and "carried out" also strike from the air.)
var mode48WalkoutVerbs = filtered(wordSet("began", "begin", "begins", "beginning", "started", "start", "starts",
	"starting", "staged", "stage", "stages", "staging", "held", "hold", "holds", "holding", "joined", "join",
	"joins", "joining", "ended", "end", "ends", "ending", "suspended", "suspend", "suspends", "suspending",
	"called", "call", "calls", "calling", "declared", "declare", "declares", "extended", "extend", "extends",
	"continued", "continue", "continues", "threatened", "threaten", "threatens"))

// mode48WorkersStrike recodes a bare "strike" noun as a walkout when its
// doers are working people, or a verb of walkouts governs it, and no
// weapon is named in its clause.
func (b *building) mode48WorkersStrike() {
	cd, st, ev := b.cd, b.st, &b.cd.ev
	verb := b.mode49StruckWalkout()
	if !verb && (cd.e.pos != 'N' || cd.j-cd.i != 1 || !strings.HasPrefix(st.low[cd.i], "strike")) || ev.CAMEO != cd.e.cameo || b.c.lex.cameo[ev.CAMEO].plover != truce.Assault {
		return
	}
	workers := len(b.src) > 0
	for _, a := range b.src {
		if !mode48WorkSectors.has(a.Sector) {
			workers = false
		}
	}
	if !workers && !mode48WalkoutBefore(st, cd.i) {
		return
	}
	if _, ok := b.c.weaponOf(cd); ok {
		return
	}
	ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = "143", "boycott", "Protests", "Peaceful protest"
	if len(b.tgt) == 0 || peopleSectors.has(b.tgt[0].Sector) {
		if g := b.c.ownGovernment(b.d, b.src, b.loc); g != nil {
			b.tgt = g
		} else if a, ok := b.c.actors.Lookup(countryOfEvent(b.loc, b.src)+"GOV", b.d.date); ok && countryOfEvent(b.loc, b.src) != "" {
			a.Text = ""
			b.tgt = []truce.Actor{a}
		}
	}
}

// mode48WalkoutBefore reports whether a verb of walkouts governs the noun
// at i, past its article and modifiers: "began a strike", "held a
// two-day strike", "joined the strike".
func mode48WalkoutBefore(st *sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if mode48WalkoutVerbs.has(st.low[k]) {
			return true
		}
		if t := st.toks[k].tag; !(t == "DT" || t == "PRP$" || t == "CD" || strings.HasPrefix(t, "JJ") || t == "NN") {
			return false
		}
	}
	return false
}
