package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// An attack that its subject is getting ready to make has not been
// fought: "the army prepared to resume shelling rebel positions", "forces
// are preparing to launch an assault on the town", "the militia is readying
// to attack". What happened is the readying of forces (CAMEO 154), as row
// "prepar~ for * offensive" reads "prepared for an offensive"; the attack
// itself is still to come.

// gsr34PrepareVerbs get forces ready for what follows them.
var gsr34PrepareVerbs = filtered(wordSet("prepare", "prepares", "prepared", "preparing", "readying", "readied", "readies"))

// gsr34AttackOnsets start or take up again the attack after "prepared
// to": "prepared to resume shelling", "preparing to launch an assault".
var gsr34AttackOnsets = filtered(wordSet("resume", "launch", "mount", "begin", "start", "stage", "renew", "restart",
	"unleash", "intensify", "step", "carry", "conduct", "continue"))

// gsr34OnsetParticles follow two-word onsets: "step up", "carry out".
var gsr34OnsetParticles = filtered(wordSet("up", "out"))

// gsr34ForOffensive is the wording of the lexicon row whose reading, forces
// readied for an offensive, a prepared attack takes.
var gsr34ForOffensive = [...]string{"prepared", "for", "offensive"}

// gsr34PreparedAttack returns the reading of forces readied, and its
// length, when the word at i gets its subject ready for an attack told
// right after it ("prepared to resume shelling", "preparing to launch a
// major offensive"). "prepared" after a form of "be" is readiness, a stance
// the coder reads elsewhere ("is prepared to use force"), and is left, as
// is a readying alleged ("accused them of preparing an attack").
func (c *Coder) gsr34PreparedAttack(st *sent, i int) (*entry, int) {
	if !gsr34PrepareVerbs.has(st.low[i]) || i+1 >= len(st.low) {
		return nil, 0
	}
	if i > 0 && st.low[i] == "prepared" && (predicateCopulas.has(st.low[i-1]) || strings.HasPrefix(st.toks[i-1].tag, "RB")) {
		return nil, 0
	}
	// "accuses Pristina of preparing to attack": what the accuser alleges,
	// which the accusation's reading holds.
	if i > 0 && st.low[i-1] == "of" {
		return nil, 0
	}
	// Only the readying told with "to" and a verb: "preparing an
	// offensive", a campaign noun, is read by prec54 as the attack
	// planned.
	k := i + 1
	if st.low[k] != "to" {
		return nil, 0
	}
	k++
	if k < len(st.low) && gsr34AttackOnsets.has(st.low[k]) {
		k++
		if k < len(st.low) && gsr34OnsetParticles.has(st.low[k]) {
			k++
		}
	}
	for n := 0; k < len(st.low) && n < 4; n++ {
		if st.mentionAt(k) != nil {
			return nil, 0
		}
		es, m := c.lex.match(st.low, k)
		for _, e := range es {
			if e.has(flagViolent) && !e.has(flagKill) && c.ploverOf(e) == truce.Assault {
				return c.gsr34ReadiedReading(), k + m - i
			}
		}
		t := st.toks[k].tag
		if t != "DT" && t != "PRP$" && !strings.HasPrefix(t, "JJ") {
			return nil, 0
		}
		k++
	}
	return nil, 0
}

// gsr34ReadiedReading returns the lexicon's reading of forces readied for
// an offensive.
func (c *Coder) gsr34ReadiedReading() *entry {
	es, m := c.lex.match(gsr34ForOffensive[:], 0)
	if m != len(gsr34ForOffensive) {
		return nil
	}
	for _, e := range es {
		if c.ploverOf(e) == truce.Mobilize {
			return e
		}
	}
	return nil
}
