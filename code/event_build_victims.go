package code

// Targets that stand off the trigger: the victims of an act a reaction
// names, the owners of looted goods, and objects that belong to a later
// verb.

import (
	"slices"
	"strings"

	"github.com/truce-project/truce"
)

// victimOfReactedAct reports whether, and at which act noun, the words at the trigger react to a
// violent act their object names and every target found for them is that
// act's victim: "condemned the shelling of Kharkiv", "denounced Sunday's
// attack on peacekeepers".
func (b *building) victimOfReactedAct() (int, bool) {
	c, cd, st, e := b.c, b.cd, b.st, b.e
	dismay := lex51DismayVerb(st, cd)
	if len(cd.tgt) == 0 || e.has(flagViolent) || !reactingVerbs.has(st.low[cd.i]) && dismay < 0 {
		return 0, false
	}
	if p := c.lex.cameo[e.cameo].plover; p != truce.Accuse && p != truce.Reject {
		return 0, false
	}
	n := cd.j
	for n < len(st.low) && n < cd.j+4 && !actNouns[st.low[n]] {
		n++
	}
	if n >= len(st.low) || !actNouns[st.low[n]] || !slices.Contains(actNounTypes[st.low[n]], truce.Assault) {
		return 0, false
	}
	if verb := st.verbBefore(n); verb != cd.j-1 && (dismay < 0 || verb != dismay) {
		return 0, false
	}
	for _, m := range cd.tgt {
		// A target carried over from an earlier sentence ("Moscow
		// denies bombing civilians") has its tokens there, not here.
		if !st.holds(m) {
			return 0, false
		}
		k := m.i - 1
		for k > n && (st.low[k] == "the" || st.low[k] == "a" || st.low[k] == "an" || isModifier(st.toks[k])) {
			k--
		}
		if k <= n || !victimPrepositions.has(st.low[k]) {
			return 0, false
		}
	}
	return n, true
}

// victimPrepositions join a violent act noun to whom it hit: "the attack
// on", "the shelling of", "the violence against".
var victimPrepositions = filtered(map[string]bool{"on": true, "of": true, "against": true, "targeting": true, "upon": true})

// ownedThings are the goods and premises whose owners a looting or a
// wrecking is done to, with the sector of those owners: shops are a
// business's, homes their people's.
var ownedThings = map[string]string{
	"shop": "BUS", "shops": "BUS", "store": "BUS", "stores": "BUS", "business": "BUS",
	"businesses": "BUS", "warehouse": "BUS", "warehouses": "BUS", "pharmacy": "BUS",
	"pharmacies": "BUS", "stalls": "BUS", "market": "CVL", "markets": "CVL",
	"home": "CVL", "homes": "CVL", "house": "CVL", "houses": "CVL", "granaries": "CVL",
	"livestock": "CVL", "cattle": "CVL", "crops": "CVL", "harvest": "CVL", "goats": "CVL",
	"camels": "CVL", "cars": "CVL", "cash": "CVL", "money": "CVL", "phones": "CVL",
	"valuables": "CVL", "food": "CVL", "grain": "CVL", "goods": "BUS",
}

// propertyOwners returns the owners of the goods a looting verb takes as
// its object ("looted shops in Bria": the businesses of the Central
// African Republic), or nil when the object is no one's goods or the
// place has no country. The people of the place are taken when the
// country has no such sector.
func (c *Coder) propertyOwners(d *doc, st *sent, cd *candidate, loc *truce.Location, src []truce.Actor) []truce.Actor {
	// ("carried off cattle": the goods may close the trigger's own words.)
	sector, ok := ownedThings[thingHead(st, cd.j)]
	if !ok {
		if sector, ok = ownedThings[st.low[cd.j-1]]; !ok {
			return nil
		}
	}
	cc := countryOfEvent(loc, src)
	if cc == "" {
		return nil
	}
	for _, s := range []string{sector, "CVL"} {
		if a, ok := c.actors.Lookup(cc+s, d.date); ok {
			a.Text = ""
			return []truce.Actor{a}
		}
	}
	return nil
}

// nextVerbsObjects reports whether every target the roles found for cd
// stands after an "and" that opens another verb past the trigger: in
// "called the strike a war crime and asked NATO for help" NATO is the
// object of "asked".
func nextVerbsObjects(st *sent, cd *candidate) bool {
	if len(cd.tgt) == 0 {
		return false
	}
	for _, m := range cd.tgt {
		if !st.holds(m) {
			return false // carried over from another sentence
		}
		joined := false
		for k := cd.j; k+1 < m.i; k++ {
			if st.low[k] == "and" && strings.HasPrefix(st.toks[k+1].tag, "VB") {
				joined = true
				break
			}
		}
		if !joined {
			return false
		}
	}
	return true
}
