package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// lex57BanWords are the participles of a ban, or of emergency rule
// lifted, told in the passive.
var lex57BanWords = filtered(wordSet("banned", "prohibited", "outlawed", "forbidden",
	"lifted", "ended", "revoked", "rescinded", "relaxed", "eased"))

// lex57PassiveBan gives a ban on assembly told in the passive with no one
// named who banned it ("protests were banned in the capital", "public
// gatherings have been prohibited in Conakry") to the government of the
// place, on its people, as emergencyRule does a curfew: only those who
// rule can ban gatherings. So is emergency rule lifted ("the curfew in
// Kathmandu was lifted"). A "by" agent after the trigger names who did.
func (b *building) lex57PassiveBan() {
	if !(b.e.mode == "ban" || b.e.cameo == "0814" && b.e.has(flagPassive)) || b.e.pos != 'V' {
		return
	}
	st, cd := b.st, b.cd
	if cd.j-cd.i < 3 || !lex57BanWords.has(st.low[cd.j-1]) || !passiveAuxBefore.has(st.low[cd.j-2]) && !passiveAuxBefore.has(st.low[cd.j-3]) {
		return
	}
	if cd.j < len(st.low) && st.low[cd.j] == "by" {
		return
	}
	b.placeRulesPeople()
}

// lex57AidCutSides gives aid cut off or assets frozen, told in the
// passive ("aid to Niger was suspended by the European Union", "US
// development assistance to Ethiopia was suspended", "the assets of 12
// Venezuelan officials have been frozen"), its sides from inside the
// trigger: the one named after "to", "for" or "of" is the one aid was cut
// to or whose assets were frozen, and a country named before the aid noun
// is the one that cut it.
func (b *building) lex57AidCutSides() {
	if b.e.cameo != "162" && b.e.cameo != "163" || !b.e.has(flagPassive) || b.e.pos != 'V' {
		return
	}
	st, cd := b.st, b.cd
	var giver, taker *mention
	// ("US development assistance": the giver before the aid noun's
	// modifiers.)
	for k := cd.i - 1; k >= 0 && k >= cd.i-3; k-- {
		if m := st.mentionAt(k); m != nil {
			if isState(m.actor) {
				giver = m
			}
			break
		}
		if t := st.toks[k].tag; t != "NN" && !strings.HasPrefix(t, "JJ") {
			break
		}
	}
	for k := cd.i; k+1 < cd.j; k++ {
		if w := st.low[k]; w == "to" || w == "for" || w == "of" {
			if m := st.mentionAt(k + 1); m != nil {
				taker = m
			}
			break
		}
	}
	if taker != nil {
		t := taker.actor
		if isState(t) && t.Sector == "" {
			if g, ok := b.c.actors.Lookup(t.Country+"GOV", b.d.date); ok {
				g.Text = t.Text
				t = g
			}
		}
		b.tgt = []truce.Actor{t}
	}
	if giver != nil && len(b.src) == 0 {
		b.src = []truce.Actor{giver.actor}
		if len(b.tgt) > 0 && b.tgt[0].Country == giver.actor.Country && taker == nil {
			b.tgt = nil
		}
	}
}
