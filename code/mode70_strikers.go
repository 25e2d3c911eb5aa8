package code

import "github.com/truce-project/truce"

// Strikers who march or block roads protest by that act (issue 3, mode):
// in "Teachers, on strike since May, marched on parliament" and "Nurses,
// on strike for a month over pay, blocked the highway", the strike is an
// aside on who they are; the clause's verb after it is what they did,
// and gold codes the march demo (CAMEO 141) and the blockade obstruct
// (144), not the strike's boycott.

// mode70MarchVerbs and mode70BlockVerbs are the acts a strikers' clause
// goes on to tell.
var (
	mode70MarchVerbs = filtered(wordSet("marched", "march", "marches", "rallied", "rally", "rallies", "demonstrated",
		"demonstrate", "demonstrates", "paraded", "protested", "protest", "protests"))
	mode70BlockVerbs = filtered(wordSet("blocked", "block", "blocks", "blockaded", "blockade", "blockades",
		"barricaded", "barricade", "barricades", "occupied", "occupy", "occupies"))
)

// mode70AsideWithin is how many words the strike aside may run before
// its closing comma.
const mode70AsideWithin = 12

// mode70StrikersAct recodes a strike told in an aside between commas by
// the verb that follows the aside.
func mode70StrikersAct(cd *candidate, ev *truce.Event) {
	if ev.Mode != "boycott" || cd.i < 1 {
		return
	}
	low := cd.st.low
	if low[cd.i-1] != "," {
		return
	}
	for k := cd.j; k+1 < len(low) && k < cd.j+mode70AsideWithin; k++ {
		switch low[k] {
		case ".", ";", "who", "which":
			return
		case ",":
			switch v := low[k+1]; {
			case mode70MarchVerbs.has(v):
				ev.CAMEO, ev.Mode = "141", "demo"
			case mode70BlockVerbs.has(v):
				ev.CAMEO, ev.Mode = "144", "obstruct"
			}
			return
		}
	}
}
