package code

// A government that yields at home in a story of protest yields to the
// protesters: "the president dropped the plan a day after thousands
// rallied against it", "Rioters torched buses. The government has since
// suspended the fare rise".

import (
	"strings"

	"github.com/truce-project/truce"
)

// homeYieldCameos are the CAMEO codes of yielding to one's own people:
// easing restrictions, curfews or emergency rule (081), tolerating
// dissent (082), and giving in on leaders, policy, rights or
// institutions (083). A ceasefire, a release or lifted sanctions are
// yielded to a foe or a foreign state, not to a crowd.
var homeYieldCameos = []string{"081", "082", "083"}

// yieldedSectors are the sectors of a state's own side that a yielding
// found as its target may be read for: the state itself, its government,
// its people at large.
var yieldedSectors = filtered(wordSet("", "GOV", "CVL"))

// yieldedToProtesters returns the protesters of a state's own country
// when the state yields at home in a sentence that tells of protest, or
// just after sentences that do, and names no one else it yields to; nil
// otherwise. "Milos Vucevic resigned, the most senior casualty of
// student-led protests" yields to the protesters, not to Serbia.
func (c *Coder) yieldedToProtesters(d *doc, cd *candidate, earlier []*candidate) []*mention {
	if c.lex.cameo[cd.e.cameo].plover != truce.Concede || !homeYield(cd.e.cameo) || len(cd.src) == 0 {
		return nil
	}
	cc := cd.src[0].actor.Country
	if cc == "" || !isState(cd.src[0].actor) {
		return nil
	}
	// Whom it yields to, if named, is someone other than its own state
	// or its own people ("protests led by farmers").
	for _, m := range cd.tgt {
		a := m.actor
		if !yieldedSectors.has(a.Sector) || a.Country != "" && (a.Country != cc || !isState(a)) || a.Country == "" && a.Sector == "" {
			return nil
		}
	}
	if !cd.st.tellsProtest() {
		if _, ok := c.protestersBefore(d, cd, earlier, cc); !ok {
			return nil
		}
	}
	return c.impliedAt(d, cd, cc+"PRO")
}

// homeYield reports whether a CAMEO code yields to one's own people.
func homeYield(cameo string) bool {
	for _, p := range homeYieldCameos {
		if strings.HasPrefix(cameo, p) {
			return true
		}
	}
	return false
}

// tellsProtest reports whether the sentence names a protest or its
// makers: "protests", "demonstrators", "thousands rallied".
func (st *sent) tellsProtest() bool {
	for _, w := range st.low {
		if protestNouns.has(w) || protestVerbs.has(w) {
			return true
		}
	}
	return false
}
