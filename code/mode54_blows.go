package code

import "github.com/truce-project/truce"

// A crowd's blows on a person are an assault, not a riot (issue 3,
// mode): "protesters beat him to death", "the mob lynched a suspect",
// "demonstrators clubbed a councillor". Old and new gold alike code
// every beating or lynching by a crowd, protesters included, ASSAULT
// beat; only a crowd's stones, arson or storming of a building is the
// riot (CAMEO 145) that codeKind makes of protesters' violence.

// mode54BlowWords are the verbs of hands and clubs on a body.
var mode54BlowWords = filtered(wordSet("beat", "beats", "beating", "beaten", "lynched", "lynch", "lynching",
	"clubbed", "clubbing", "bludgeoned", "flogged", "flogging", "whipped", "whipping", "kicked", "kicking"))

// mode54CrowdBlows undoes the riot reading of a trigger that tells a
// beating: the event keeps the trigger's own assault code with mode beat.
// "beat back" (a repelled raid) is no beating.
func (c *Coder) mode54CrowdBlows(cd *candidate, ev *truce.Event) {
	if ev.CAMEO != "145" || ev.Mode != "riot" || c.lex.cameo[cd.e.cameo].plover != truce.Assault {
		return
	}
	st := cd.st
	blow := false
	for k := cd.i; k < cd.j && k < len(st.low); k++ {
		if mode54BlowWords.has(st.low[k]) && (k+1 >= len(st.low) || st.low[k+1] != "back") {
			blow = true
			break
		}
	}
	if !blow {
		return
	}
	ev.CAMEO, ev.Mode, ev.ACLEDType, ev.ACLEDSubtype = cd.e.cameo, "beat", "Riots", "Mob violence"
}
