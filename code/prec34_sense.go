package code

// Words of politics used in another sense: a concession whose object is
// a market figure ("citing easing inflation", "lifting shares of energy
// producers"), and a threat of force among money words with no armed
// actor ("the central bank stood ready to strike again if price pressures
// persisted").

import (
	"strings"

	"github.com/truce-project/truce"
)

// otherSensePrec34 returns why the trigger cd, once built, is a word of
// politics used in another sense, or "".
func (c *Coder) otherSensePrec34(st *sent, cd *candidate) string {
	if c.marketObjectPrec34(st, cd) {
		return "a concession whose object is a market figure (\"easing inflation\", \"lifting shares\"): economy"
	}
	if c.marketThreatPrec34(st, cd) {
		return "a threat of force among money words with no armed actor (\"stood ready to strike if prices rise\"): a metaphor"
	}
	return ""
}

// marketFiguresPrec34 name what markets measure and move, which "eases"
// or is "lifted" with no one conceding anything: "easing inflation",
// "lifting shares", "eased queues at the pumps". A tariff, a ban or a
// quota lifted is a concession and is not here.
var marketFiguresPrec34 = filtered(wordSet("inflation", "deflation", "price", "prices", "cost", "costs", "rate", "rates",
	"yield", "yields", "share", "shares", "stock", "stocks", "bond", "bonds", "market", "markets",
	"currency", "currencies", "demand", "shortage", "shortages", "queue", "queues", "pressures", "volatility"))

// marketObjectPrec34 reports whether the concession cd ("eased",
// "lifting") governs an object whose head, within a few words, is a
// market figure: "citing easing inflation", "lifting shares of energy
// producers", "easing queues at fuel stations".
func (c *Coder) marketObjectPrec34(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Concede || cd.e.pos != 'V' || cd.j != cd.i+1 {
		return false
	}
	for k := cd.j; k < len(st.low) && k <= cd.j+4; k++ {
		if strings.HasPrefix(st.toks[k].tag, "NN") && (k+1 >= len(st.low) || !strings.HasPrefix(st.toks[k+1].tag, "NN")) {
			// The head of the object: "the 100 percent tariff" is
			// a tariff, not a market figure.
			return marketFiguresPrec34.has(st.low[k])
		}
		if t := st.toks[k].tag; t != "DT" && t != "PRP$" && !isModifier(st.toks[k]) {
			return false
		}
	}
	return false
}

// marketThreatPrec34 reports whether the threat of force cd (mode
// "violence": a threat of tariffs is politics) has no armed
// or protesting source and words of the economy stand within a dozen
// words of it: "the bank stood ready to strike again if price pressures
// persisted", "fired a warning shot at currency speculators, signalling
// it was ready to defend the rupee".
func (c *Coder) marketThreatPrec34(st *sent, cd *candidate) bool {
	if cd.ev.Type != truce.Threaten || cd.ev.Mode != "violence" || politicalActor(cd.src) || politicalActor(cd.tgt) {
		return false
	}
	for k := max(0, cd.i-12); k < len(st.low) && k < cd.j+12; k++ {
		if k >= cd.i && k < cd.j {
			continue
		}
		w := st.low[k]
		if c.lex.domains[w] == "economy" || k+1 < len(st.low) && c.lex.pairDomain(w, st.low[k+1]) == "economy" {
			return true
		}
	}
	return false
}
