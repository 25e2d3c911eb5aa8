package code

// The source a noun act takes from the verb it is the object of: "Chile
// ordered the expulsion of two envoys" is Chile's expulsion, "Turkey
// launched the shelling of Kurdish positions" Turkey's shelling.

import (
	"strings"

	"github.com/truce-project/truce"
)

// doingVerbs do or decide the act their noun object names, so their
// subject is its doer: "ordered the arrest of", "began the withdrawal
// of", "carried out the bombing of"; an armed group claiming an attack
// ("the Taliban claimed a car bombing") owns it too. Two-word verbs are
// keyed by both words.
var doingVerbs = filtered(map[string]bool{
	"ordered": true, "orders": true, "order": true,
	"launched": true, "launches": true, "launch": true,
	"began": true, "begins": true, "begun": true, "started": true, "starts": true,
	"completed": true, "completes": true, "finished": true, "finishes": true,
	"conducted": true, "conducts": true, "carried out": true, "carries out": true,
	"approved": true, "approves": true, "authorised": true, "authorized": true,
	"authorises": true, "authorizes": true, "resumed": true, "resumes": true,
	"stepped up": true, "intensified": true, "intensifies": true,
	"claimed": true, "claims": true,
	"mounted": true, "mounts": true, "mount": true, "unleashed": true, "unleashes": true,
	"initiated": true, "initiates": true, "undertook": true, "undertakes": true, "undertaken": true,
})

// claimingVerbs are the doingVerbs of a claim: they lend the act its doer
// but, unlike "launched", tell no new act of their own ("the BLA claimed
// the attack" points back to one told before).
var claimingVerbs = filtered(map[string]bool{"claimed": true, "claims": true})

// tellingVerbs announce an act their noun object names: a state
// announcing an expulsion, a closure or a release is the one making it
// ("Morocco announced the closure of its border"). A violent act is not
// so lent: officials who confirm a kidnapping did not do it.
var tellingVerbs = filtered(map[string]bool{
	"announced": true, "announces": true, "confirmed": true, "confirms": true,
})

// reactingVerbs react to, deny or ask for an act their noun object names,
// which is someone else's: "France condemned the shelling of a hospital",
// "Canada demanded the release of the journalists". Their subject is
// not the act's doer.
var reactingVerbs = filtered(map[string]bool{
	"condemned": true, "condemns": true, "denounced": true, "denounces": true,
	"welcomed": true, "welcomes": true, "criticised": true, "criticized": true,
	"criticises": true, "criticizes": true, "deplored": true, "deplores": true,
	"decried": true, "slammed": true, "praised": true, "hailed": true,
	"denied": true, "denies": true, "demanded": true, "demands": true,
	"urged": true, "urges": true, "called for": true, "calls for": true,
	"protested": true, "mourned": true,
})

// lendingVerb returns the first word of the verb whose plain object is
// the noun at i ("ordered the arrest", "carried out the bombing"), with
// only a determiner, a possessive pronoun, numbers or adjectives between,
// or -1. doing reports whether it is a verb of doing or deciding rather
// than of announcing.
func (st *sent) lendingVerb(i int) (v int, doing bool) {
	k := st.verbBefore(i)
	if k < 0 {
		return -1, false
	}
	if k >= 1 && doingVerbs.has(st.low[k-1]+" "+st.low[k]) {
		k--
	}
	// ("Pyongyang has not confirmed the deployment": no one's act.)
	for n := k - 1; n >= 0 && n >= k-3; n-- {
		if w := st.low[n]; w == "not" || w == "n't" || w == "never" {
			return -1, false
		}
	}
	if doingVerbs.has(st.low[k]) && verbAt(st, k) || k+1 < i && doingVerbs.has(st.low[k]+" "+st.low[k+1]) {
		return k, true
	}
	if tellingVerbs.has(st.low[k]) && verbAt(st, k) {
		return k, false
	}
	return -1, false
}

// lentSource gives a noun act with no possessor, "by" agent or source of
// its own the subject of the verb of doing or announcing it is the object
// of: "Vietnam confirmed the detention of two Chinese fishermen".
func (b *building) lentSource() {
	cd, st, e := b.cd, b.st, b.e
	// ("kidnapping of" is a verb pattern whose head is a noun.)
	noun := e.pos == 'N' || strings.HasPrefix(st.toks[cd.i].tag, "NN")
	if !noun || e.has(flagSym) {
		return
	}
	if st.owner(cd.i, nil) != nil || st.agentAfter(cd.j) != nil {
		return
	}
	violent := e.has(flagViolent) || b.c.lex.cameo[e.cameo].plover == truce.Assault
	// "France condemned the attack on the base, which JNIM claimed": the
	// claimant, whoever took the sentence's subject.
	if m := st.claimedBy(cd.j - 1); violent && m != nil && !sharesMention([]*mention{m}, cd.tgt) {
		cd.src = []*mention{m}
		return
	}
	// "France condemned the shelling of a hospital", "officials
	// confirmed the kidnapping of 20 pupils": the subject a reaction or
	// the report of an attack took from the sentence is not the act's
	// doer.
	if v, ok := st.reactedTo(cd.i); ok && len(cd.src) > 0 && sameMentions(cd.src, st.subject(v)) {
		cd.src = nil
		return
	}
	v, doing := st.lendingVerb(cd.i)
	if v >= 0 && !doing && violent && len(cd.src) > 0 && sameMentions(cd.src, st.subject(v)) {
		cd.src = nil
		return
	}
	if len(cd.src) > 0 || e.pos != 'N' || v < 0 || !doing && violent {
		return
	}
	if s := st.subject(v); len(s) > 0 && !sharesMention(s, cd.tgt) {
		cd.src = s
	}
}

// doneBySubject reports whether the noun at i is the plain object of a
// verb of doing: "Turkey launched the shelling of Kurdish positions" tells
// a new attack by the subject, not one told before.
func (st *sent) doneBySubject(i int) bool {
	v, doing := st.lendingVerb(i)
	// ("ISKP said it carried out the bombing": a claim of an attack told
	// before.)
	return v >= 0 && doing && !claimingVerbs.has(st.low[v]) && !st.speechBetween(0, v)
}

// verbBefore returns the last word before the noun at i that is not a
// determiner, a possessive pronoun, a number or an adjective: where the
// verb that takes the noun as its plain object ends, or -1. A common noun
// or two just before it modify it and are passed over too.
func (st *sent) verbBefore(i int) int {
	k := i - 1
	for k >= 0 && st.mentionAt(k) == nil {
		switch {
		case st.toks[k].tag == "DT" || st.toks[k].tag == "PRP$" || st.toks[k].tag == "CD" || strings.HasPrefix(st.toks[k].tag, "JJ"):
			k--
		case st.toks[k].tag == "NN" && k >= i-2:
			// "claimed a roadside bombing", "condemned the car
			// bomb attack": a noun modifying the act noun.
			k--
		case k >= 1 && st.low[k] == "'s" && timeWords.has(st.low[k-1]):
			// "condemned Sunday's attack", "last week's raid": a
			// time is no possessor.
			k -= 2
		default:
			return k
		}
	}
	return k
}

// reactedTo reports whether the noun at i is the plain object of a verb of
// reaction or demand: "Britain condemned the expulsion of two diplomats".
func (st *sent) reactedTo(i int) (v int, ok bool) {
	k := st.verbBefore(i)
	if k < 0 {
		return -1, false
	}
	if k >= 1 && reactingVerbs.has(st.low[k-1]+" "+st.low[k]) {
		return k - 1, true
	}
	return k, reactingVerbs.has(st.low[k]) && verbAt(st, k)
}

// claimedBy returns the mention a relative clause after the act noun at
// n names as claiming it: "the attack on the base, which JNIM claimed",
// "a bombing that Islamic State later claimed".
func (st *sent) claimedBy(n int) *mention {
	for k := n + 1; k < len(st.low) && k < n+12; k++ {
		if st.low[k] != "which" && st.low[k] != "that" {
			continue
		}
		m := st.mentionAt(k + 1)
		if m == nil || m.actor.ID == "" {
			return nil
		}
		v := m.j
		for v < len(st.low) && (st.low[v] == "has" || st.low[v] == "have" || st.low[v] == "later" || st.low[v] == "quickly" || st.low[v] == "swiftly") {
			v++
		}
		if v < len(st.low) && (st.low[v] == "claimed" || st.low[v] == "claims") {
			return m
		}
		return nil
	}
	return nil
}
