package code

// A state ruled by soldiers acts as its government: "Burkina Faso's
// military government expelled the diplomats", "Niger's military regime
// revoked the accord" are the state's rulers, as "the junta" is, not its
// army in the field. The dictionary reads "military" as the sector of the
// state named before and the ruling noun after it as one of its people;
// the ruling noun decides.

import (
	"strings"
	"time"

	"github.com/truce-project/truce/actor"
)

// rulingNounsS45 name a state's rulers as a body: "government", "regime".
var rulingNounsS45 = filtered(wordSet("government", "governments", "regime", "regimes", "junta", "juntas"))

// militaryRulersS45 recodes, in place, a state's military mention that
// ends in "military government" or "army regime" as the state's
// government.
func (c *Coder) militaryRulersS45(ms []actor.Mention, date time.Time) {
	for n := range ms {
		a := ms[n].Actor
		if a.Sector != "MIL" || a.Country == "" || len(a.ID) != len(a.Country)+3 || !militaryRulerText(ms[n].Text) {
			continue
		}
		a.Sector = "GOV"
		ms[n].Actor = c.sectorActor(a, a.Country, date)
	}
}

// militaryRulerText reports whether a mention's words end in "military"
// or "army" and a ruling noun: "Mali's military government".
func militaryRulerText(t string) bool {
	s := strings.LastIndexByte(t, ' ')
	if s < 0 || !rulingNounsS45.has(strings.ToLower(t[s+1:])) {
		return false
	}
	p := strings.LastIndexByte(t[:s], ' ') + 1
	w := t[p:s]
	return strings.EqualFold(w, "military") || strings.EqualFold(w, "army") || strings.EqualFold(w, "military-led")
}
