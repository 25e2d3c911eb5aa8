package code

import "github.com/truce-project/truce"

// mode72: a killing of policemen or soldiers by protesters or a crowd,
// told as the killing itself, is an assault, not a riot: "a police officer
// was burned to death in his car by a crowd", "four paramilitary troopers
// were killed when a van driven by protesters ran them down". Gold old and
// new code these ASSAULT; a toll of unrest ("22 people, among them a
// policeman, were killed in two days of rioting") stays the riot's.

// mode72UnrestNouns name the unrest a toll is told in.
var mode72UnrestNouns = filtered(wordSet("clash", "clashes", "riot", "riots", "rioting", "unrest", "violence", "protest", "protests",
	"demonstration", "demonstrations", "fighting", "disturbances", "turmoil", "upheaval"))

// mode72CrowdKilling undoes the riot reading of a killing trigger whose
// victims are all state security forces.
func (c *Coder) mode72CrowdKilling(cd *candidate, ev *truce.Event, tgt []truce.Actor) {
	if ev.CAMEO != "145" || ev.Mode != "riot" || !cd.e.has(flagKill) || len(tgt) == 0 || c.lex.cameo[cd.e.cameo].plover != truce.Assault {
		return
	}
	for _, a := range tgt {
		if a.Sector != "COP" && a.Sector != "MIL" {
			return
		}
	}
	if mode72TollOfUnrest(cd.st, cd.j) {
		return
	}
	ev.CAMEO, ev.Mode = cd.e.cameo, cd.e.mode
	if w, ok := c.weaponOf(cd); ok {
		ev.CAMEO, ev.Mode = w.cameo, w.mode
	}
}

// mode72TollOfUnrest reports whether the killing verb ending at j is told
// as a toll of unrest: "in" or "during" and an unrest noun within the next
// few words ("were killed on Monday in clashes", "died during the riots").
func mode72TollOfUnrest(st *sent, j int) bool {
	for k := j; k < len(st.low) && k < j+8; k++ {
		if w := st.low[k]; w != "in" && w != "during" && w != "amid" {
			continue
		}
		for n := k + 1; n < len(st.low) && n <= k+5; n++ {
			if mode72UnrestNouns.has(st.low[n]) {
				return true
			}
		}
	}
	return false
}
