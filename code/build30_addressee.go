package code

// Words with no one named as their addressee: a call, warning or
// refusal whose object is a thing ("called for elections", "demanded the
// return of the vessel") is still aimed at someone the article has
// named, and is news, not background.

import "github.com/truce-project/truce"

// addresseeTypes are the verbal acts whose addressee a story may leave
// to its context.
var addresseeTypes = filtered(map[string]bool{
	truce.Request: true, truce.Threaten: true, truce.Reject: true,
})

// addresseeVerbs end triggers whose object is whom the words address,
// not what they ask for: "urged donors", "called on the council",
// "appealed to the bloc".
var addresseeVerbs = filtered(wordSet("urged", "urges", "urge", "urging", "asked", "asks", "ask", "asking",
	"told", "tells", "pressed", "presses", "pressing", "implored", "on", "to"))

// addresseeWindow is how many sentences back an act may lie to give a
// verbal act with no addressee its target.
const addresseeWindow = 3

// unnamedAddressee returns whom words with no addressee are aimed at, in
// this order:
//   - whom the speaker itself last acted on ("ECOWAS barred the junta's
//     members from travel … ECOWAS also called for elections");
//   - whoever last acted on the speaker, a state of another country
//     ("Hanoi seized the trawler. Beijing demanded that it be freed");
//   - the article's two sides, when the speaker is neither ("Egypt and
//     Ethiopia traded accusations over the dam. Sudan called for a return
//     to talks").
//
// It returns nil when the article names no such party.
func (b *building) unnamedAddressee() []truce.Actor {
	d, cd := b.d, b.cd
	if len(b.src) == 0 || b.assault || !addresseeTypes.has(b.c.lex.cameo[b.e.cameo].plover) {
		return nil
	}
	// "urged the council to act": the object of such a verb is its
	// addressee, named though not known as an actor.
	// ("called on Tuesday for his release": a date is no addressee.)
	if addresseeVerbs.has(b.st.low[cd.j-1]) && cd.j < len(b.st.low) && b.st.low[cd.j] != "to" && !dateStarts(b.st, cd.j) && !dateStarts(b.st, cd.j-1) {
		return nil
	}
	if t := d.ownLastTarget(cd, b.src); len(t) > 0 {
		return t
	}
	if a, ok := d.lastAgainst(cd, b.src); ok && d.recentDoer(cd, a) {
		return []truce.Actor{a}
	}
	sides := d.twoSides()
	if len(sides) == 2 && !hasSame(b.src, sides[0]) && !hasSame(b.src, sides[1]) &&
		!hasCountry(b.src, sides[0].Country) && !hasCountry(b.src, sides[1].Country) {
		return append([]truce.Actor{}, sides...)
	}
	return nil
}

// ownLastTarget returns the first target of the latest act the speaker
// src did within the last few sentences, other than the speaker itself.
func (d *doc) ownLastTarget(cd *candidate, src []truce.Actor) []truce.Actor {
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		if !d.before(p, cd) {
			continue
		}
		if p.st.s.Index < cd.st.s.Index-addresseeWindow {
			break
		}
		if len(p.ev.Source) == 0 || len(p.ev.Target) == 0 || !hasSame(src, p.ev.Source[0]) {
			continue
		}
		if t := p.ev.Target[0]; !hasSame(src, t) {
			return []truce.Actor{t}
		}
	}
	return nil
}

// recentDoer reports whether a is the source of an event told within the
// last few sentences before cd.
func (d *doc) recentDoer(cd *candidate, a truce.Actor) bool {
	for k := len(d.cands) - 1; k >= 0; k-- {
		p := d.cands[k]
		if !d.before(p, cd) {
			continue
		}
		if p.st.s.Index < cd.st.s.Index-addresseeWindow {
			return false
		}
		if hasSame(p.ev.Source, a) {
			return true
		}
	}
	return false
}

// before reports whether p is an event built before cd and told before
// it, not folded into another.
func (d *doc) before(p, cd *candidate) bool {
	if p == cd || p.folded {
		return false
	}
	return p.st.s.Index < cd.st.s.Index || p.st.s.Index == cd.st.s.Index && p.i < cd.i
}

// dateStarts reports whether a date expression of the sentence begins at
// token k.
func dateStarts(st *sent, k int) bool {
	for _, x := range st.dates {
		if st.tokenAtByte(x.Start) == k {
			return true
		}
	}
	return false
}
