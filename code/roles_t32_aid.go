package code

// Aid carried "into" a country is for that country. Aid that names no
// recipient goes where the aid told before went: in
// "Pakistan sent tents to Afghanistan's Herat province. The WHO flew in
// medical supplies, while Iran dispatched rescue teams", the WHO's and
// Iran's help is for Afghanistan too, not for each other or for the
// donor's own country.

import (
	"strings"

	"github.com/truce-project/truce"
)

// aidRecipient returns the country an act of aid, or a pledge of it, is
// for when its own clause names no one outside the donor's side: the
// country that the article's last aid went to, as a bare state. It returns
// nil when no earlier aid had a recipient or that recipient is the donor.
func (c *Coder) aidRecipient(d *doc, cd *candidate) []*mention {
	if len(cd.src) == 0 || !c.givesAid(cd) {
		return nil
	}
	for _, m := range cd.tgt {
		if !sameCountry(m, cd.src) {
			return nil
		}
	}
	// (Only acts of earlier sentences, built and settled: in "Nairobi
	// offered officers, the Bahamas pledged personnel, and Washington
	// promised money" the first clauses' sides are not settled yet.)
	cc := c.lastAidRecipient(d.cands, cd)
	if cc == "" {
		return nil
	}
	for _, m := range cd.src {
		if m.actor.Country == cc {
			return nil
		}
	}
	return c.impliedAt(d, cd, cc)
}

// givesAid reports whether cd gives aid or pledges it: an AID act, or an
// intent to give (CAMEO 03x) whose trigger names a sum or help.
func (c *Coder) givesAid(cd *candidate) bool {
	pl := c.lex.cameo[cd.e.cameo].plover
	if pl == truce.Aid {
		return true
	}
	if pl != truce.Agree || !strings.HasPrefix(cd.e.cameo, "03") {
		return false
	}
	if cd.st.amountObject(cd.j) || pledgeWords.has(cd.st.low[cd.i]) {
		return true
	}
	// "announced €112 million": a sum inside the trigger.
	for k := cd.i; k < cd.j; k++ {
		if cd.st.toks[k].tag == "CD" {
			return true
		}
	}
	return false
}

// pledgeWords promise help without naming it: "Japan pledged $2 million".
var pledgeWords = filtered(wordSet("pledged", "pledges", "pledge", "promised", "offered"))

// lastAidRecipient returns the country of the recipient of the last act of
// aid among cands other than cd, or "".
func (c *Coder) lastAidRecipient(cands []*candidate, cd *candidate) string {
	for n := len(cands) - 1; n >= 0; n-- {
		p := cands[n]
		if p == cd || p.folded || !c.givesAid(p) {
			continue
		}
		for _, a := range p.ev.Target {
			if a.Country != "" && !hasCountry(p.ev.Source, a.Country) {
				return a.Country
			}
		}
		for _, m := range p.tgt {
			if m.actor.Country != "" && !sameCountry(m, p.src) {
				return m.actor.Country
			}
		}
	}
	return ""
}

// aidDestination returns the state aid is carried into, named after
// "into" past its trigger in the same clause ("a convoy carrying flour
// crossed the bridge into Afghanistan"), when the target found is on the
// donor's side, or stands past the destination, or is none: in "…, a gift
// from the Uzbek government" the government gives.
func (c *Coder) aidDestination(cd *candidate) []*mention {
	st := cd.st
	if c.lex.cameo[cd.e.cameo].plover != truce.Aid {
		return nil
	}
	for k := cd.j; k+1 < len(st.low) && k < cd.j+15; k++ {
		if clauseBreaks.has(st.low[k]) {
			return nil
		}
		if st.low[k] != "into" {
			continue
		}
		n := k + 1
		if compassWords.has(st.low[n]) && n+1 < len(st.low) {
			n++
		}
		to := st.stateAt(n)
		if to == nil {
			continue
		}
		for _, m := range cd.tgt {
			if !sameCountry(m, cd.src) && m.i < k && m.actor.Country != "" {
				return nil
			}
		}
		return to
	}
	return nil
}

// compassWords may stand between "into" and a country: "into eastern Chad".
var compassWords = filtered(wordSet("northern", "southern", "eastern", "western", "north-eastern", "north-western", "south-eastern", "south-western", "neighbouring", "neighboring"))
