package code

import "strings"

// Issue 3, round roles_x80: the leader of an armed act. A "-led" word
// before talks names their broker ("AU-led talks"), but before an armed
// act it names who made it: in "a Saudi-led air raid killed 12" and
// "US-led airstrikes hit the town" the leader is the attacker, as it is
// of "a Saudi-led coalition strike".

// ledActNounsX80 are the nouns of armed acts a "-led" leader makes.
var ledActNounsX80 = filtered(wordSet("airstrike", "airstrikes", "strike", "strikes", "raid", "raids",
	"bombing", "bombings", "bombardment", "bombardments", "offensive", "offensives", "assault",
	"assaults", "attack", "attacks", "invasion", "incursion", "incursions", "counteroffensive",
	"counter-offensive", "shelling", "blockade"))

// ledActX80 reports whether the word at token k, within a few words of
// the "-led" compound whose leader is m, is the noun of an armed act that
// the phrase tells as its clause's subject: "A Saudi-led air raid killed
// 12". After a preposition or a verb the act is most often one told
// before ("since the Hamas-led attack of October 7", "killed in the
// Hamas-led attack"), which keeps its own reading.
func ledActX80(st *sent, m *mention, k int) bool {
	if !ledActNounsX80.has(st.low[k]) {
		return false
	}
	b := m.i - 1
	if b >= 0 && (st.low[b] == "a" || st.low[b] == "an" || st.low[b] == "the") {
		b--
	}
	if b < 0 {
		return true
	}
	t := st.toks[b].tag
	return t != "IN" && t != "TO" && !strings.HasPrefix(t, "VB") && t != "POS"
}
