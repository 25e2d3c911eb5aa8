package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// roles_x94: a person who sets off a bomb (issue 3). "A woman detonated
// explosives at a market", "three women blew themselves up", "a man
// set off an explosive belt": the words that name a person without a
// side ("woman", "man", "girl") make a civilian of a bystander, but the
// one who sets off the bomb is its attacker, an armed group's man as a
// "suicide bomber" is (sectors.tsv), not one of the public. A stabbing
// or a shooting by "a man" stays a civilian's act (rolesX59LoneDoer):
// only a bombing is read here.

// x94PersonNouns name a person or people without a side.
var x94PersonNouns = filtered(wordSet("woman", "women", "man", "men", "girl", "girls", "boy", "boys",
	"teenager", "teenagers", "teen", "teens", "youth", "youths", "person", "assailant", "assailants",
	"attacker", "attackers"))

// x94PersonBomber gives a bombing whose one doer is a civilian named by
// a bare person noun, the subject of the bombing verb, to the rebels of
// the country where it struck.
func (b *building) x94PersonBomber() {
	st, cd := b.st, b.cd
	if !b.assault || b.e.pos != 'V' || !strings.HasPrefix(b.e.cameo, "183") || len(b.src) != 1 {
		return
	}
	a := b.src[0]
	if a.Sector != "CVL" || a.Country == "" || a.ID != a.Country+"CVL" {
		return
	}
	// The person noun is the verb's subject: it ends the words right
	// before the trigger ("a woman detonated", "two teenage girls set
	// off").
	if cd.i < 1 || !x94PersonNouns.has(st.low[cd.i-1]) || !strings.EqualFold(lastWord(a.Text), st.low[cd.i-1]) {
		return
	}
	if v, ok := b.struckCountrySector("REB"); ok {
		v.Text = a.Text
		b.src = []truce.Actor{v}
	}
}
