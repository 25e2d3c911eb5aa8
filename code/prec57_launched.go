package code

import "github.com/truce-project/truce"

// prec57LaunchedAct reports whether a protest noun after a launching verb
// is the act launched rather than what the verb was done to: "detainees
// launched a hunger strike", "the union launched a boycott of the
// elections". A launching verb ("launched") tells an attack only with a
// weapon named, so when its clause names none the verb codes nothing,
// and folding the protest into it would lose the act.
func (c *Coder) prec57LaunchedAct(prev, cd *candidate) bool {
	if !prev.e.has(flagWeapon) || c.lex.cameo[cd.e.cameo].plover != truce.Protest {
		return false
	}
	_, ok := c.weaponOf(prev)
	return !ok
}
