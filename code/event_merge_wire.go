package code

// One act told by several triggers, as wire copy tells it: a device named
// and then its blast, a toll told as a participle after the speaker,
// two passive verbs of one act.

import (
	"strings"

	"github.com/truce-project/truce"
)

// deviceBefore returns the device noun a blast verb cd has for its
// subject, past a participle phrase on the device that names who left it:
// "a landmine left behind by fleeing rebels exploded", "a bomb, hidden by
// militants in a cart, went off". The device and its blast are one attack.
func deviceBefore(st *sent, earlier []*candidate, cd *candidate) *candidate {
	if !deviceGoesOff(st, cd) || cd.e.pos != 'V' || len(earlier) == 0 {
		return nil
	}
	prev := earlier[len(earlier)-1]
	if prev.folded || prev.e.mode != "explosives" || prev.e.pos != 'N' && !strings.HasPrefix(st.toks[prev.i].tag, "NN") ||
		cd.i-prev.j > 12 || prev.j >= len(st.toks) || st.toks[prev.j].tag != "VBN" && st.toks[prev.j].tag != "VBD" {
		return nil
	}
	// Only the participle's own words stand between: no clause, list or
	// verb of its own.
	for k := prev.j + 1; k < cd.i; k++ {
		if clauseBreaks.has(st.low[k]) || st.low[k] == "and" || verbAt(st, k) && st.toks[k].tag != "VBG" && st.mentionAt(k) == nil {
			return nil
		}
	}
	return prev.head()
}

// keepVictims reports whether the victims pre, named by a toll verb folded
// into cd ("four villagers were killed when a mine planted by rebels blew
// up near Marib"), stay cd's target after its own clause was read: when
// that clause named no one, or only a bare country, and not the victims as
// the doers.
func keepVictims(pre []*mention, cd *candidate) bool {
	if len(pre) == 0 {
		return false
	}
	for _, m := range cd.tgt {
		if m.actor.Sector != "" || len(m.actor.ID) != 3 {
			return false
		}
	}
	for _, s := range cd.src {
		for _, v := range pre {
			if sameSide([]truce.Actor{s.actor}, []truce.Actor{v.actor}) {
				return false
			}
		}
	}
	return true
}

// tollParticiple returns the attack built earlier in the sentence whose
// toll a bare participle after its victims gives, in a phrase a reporting
// word or "with" opens: "rebels overran a garrison, the army said,
// reporting 30 soldiers killed", "gunmen raided the village, with at least
// nine people killed". The participle has no auxiliary and tells no new
// killing.
func tollParticiple(st *sent, built []*candidate, cd *candidate) *candidate {
	if !cd.e.has(flagKill) || cd.e.pos != 'V' || cd.j-cd.i != 1 || st.isPassive(cd.i) || cd.i < 2 ||
		st.toks[cd.i].tag != "VBN" && st.toks[cd.i].tag != "VBD" {
		return nil
	}
	// Nothing the participle does to anyone follows it.
	if cd.j < len(st.toks) && (st.mentionAt(cd.j) != nil || strings.HasPrefix(st.toks[cd.j].tag, "NN") || st.toks[cd.j].tag == "DT") {
		return nil
	}
	// The victims and their count, back to the opening word.
	open := -1
	for k := cd.i - 1; k >= 1 && k >= cd.i-8; k-- {
		if tollOpeners.has(st.low[k]) {
			open = k
			break
		}
		t := st.toks[k].tag
		if st.mentionAt(k) == nil && t != "CD" && !isModifier(st.toks[k]) && t != "DT" && t != "IN" && t != "RB" && t != "JJS" {
			return nil
		}
	}
	if open < 0 || st.low[open-1] != "," {
		return nil
	}
	for n := len(built) - 1; n >= 0; n-- {
		if prev := built[n]; isViolent(prev) && !prev.e.has(flagKill) && prev.j <= open {
			return prev
		}
	}
	return nil
}

// tollOpeners open a toll told after an attack as victims and a bare
// participle: ", reporting 30 killed", ", with nine people killed".
var tollOpeners = filtered(map[string]bool{"reporting": true, "with": true, "leaving": true})

// coordinatedPassive returns the act built just before cd that cd, a verb
// of the same kind joined to it by "or" or "and" with nothing between,
// tells again: "were raped or sexually assaulted by militiamen", "were
// beaten and tortured by guards". Both verbs share one subject and one
// agent; the first, read alone, found no agent, and the second, read
// without its auxiliary, took its subject for its doer.
func coordinatedPassive(st *sent, built []*candidate, cd *candidate) *candidate {
	n := len(built)
	if n == 0 || cd.e.pos != 'V' {
		return nil
	}
	b := built[n-1]
	if b.e.pos != 'V' || b.ev.Type != cd.ev.Type || b.ev.Mode != cd.ev.Mode || !st.isPassive(b.i) || cd.i <= b.j {
		return nil
	}
	joined := false
	for k := b.j; k < cd.i; k++ {
		switch w := st.low[k]; {
		case w == "or" || w == "and":
			joined = true
		case w == "," || st.toks[k].tag == "RB":
		default:
			return nil
		}
	}
	if !joined {
		return nil
	}
	// Its doers are the agent, wherever the second verb's reading put it.
	if len(b.ev.Source) == 0 {
		switch x := &cd.ev; {
		case len(x.Source) > 0 && !sameSide(x.Source, b.ev.Target):
			b.ev.Source = x.Source
		case len(x.Target) > 0 && !sameSide(x.Target, b.ev.Target) && st.agentAfter(cd.j) != nil:
			b.ev.Source = x.Target
		}
	}
	return b
}

// foldPassive folds cd into the act it tells again by coordinatedPassive,
// and reports whether it did.
func (c *Coder) foldPassive(d *doc, st *sent, built []*candidate, cd *candidate) bool {
	prev := coordinatedPassive(st, built, cd)
	why := "a second verb of one passive (\"were raped or assaulted by\")"
	if prev == nil {
		prev = weaponAgent(st, built, cd)
		why = "the weapon a passive attack was done with (\"hit by a rubber bullet\")"
	}
	if prev == nil {
		return false
	}
	cd.folded, cd.corefOf = true, prev
	prev.ev.ID = eventID(d.a.ID, st.s.Index, prev.ev.Type, prev.ev.Source, prev.ev.Target, prev.i)
	c.trace(st, cd, why)
	return true
}

// weaponAgent returns the passive attack built just before cd that cd, a
// weapon noun after "by", was done with: "died after being struck by a
// tear gas canister", "was hit by a rubber bullet". The weapon is how the
// attack was done, not a second attack.
func weaponAgent(st *sent, built []*candidate, cd *candidate) *candidate {
	n := len(built)
	// The weapon's words stand right after "by" and what modifies it, so
	// a verb-spelt entry ("tear gas") reads as a noun there.
	if n == 0 || cd.e.mode == "" || strings.HasSuffix(st.low[cd.i], "ing") {
		return nil
	}
	b := built[n-1]
	if b.e.pos != 'V' || b.ev.Type != truce.Assault || !st.isPassive(b.i) || cd.i <= b.j || st.low[b.j] != "by" {
		return nil
	}
	for k := b.j + 1; k < cd.i; k++ {
		if t := st.toks[k].tag; t != "DT" && !isModifier(st.toks[k]) || st.mentionAt(k) != nil {
			return nil
		}
	}
	return b
}

// firstOf returns a, or b when a is nil.
func firstOf(a, b *candidate) *candidate {
	if a != nil {
		return a
	}
	return b
}

// sharedObject reports whether cd, a verb, is joined to the verb b just
// before it by "and" or "or" with nothing but adverbs between, so that
// both act on the one object that follows: "arrested and deported 30
// migrants", "rounded up and expelled hundreds". Two coercions of one
// object are one act told in its stages.
func sharedObject(b, cd *candidate) bool {
	st := cd.st
	if st == nil || b.st != st || b.e.pos != 'V' || cd.e.pos != 'V' || cd.i <= b.j {
		return false
	}
	// The first trigger is a verb alone ("rounded up"), not a verb with
	// its object ("seized a shipment of arms").
	for k := b.i; k < b.j; k++ {
		if t := st.toks[k].tag; !strings.HasPrefix(t, "VB") && t != "RP" && t != "RB" {
			return false
		}
	}
	joined := false
	for k := b.j; k < cd.i; k++ {
		switch w := st.low[k]; {
		case w == "and" || w == "or":
			joined = true
		case st.toks[k].tag == "RB" || w == "then":
		default:
			return false
		}
	}
	return joined
}

// adoptStage codes a coercion told in stages by its last: "detained and
// deported 40 migrants" is a deportation, the arrest its first step.
func adoptStage(ev, again *truce.Event) {
	if ev.Mode == again.Mode {
		return
	}
	ev.CAMEO, ev.Goldstein, ev.Mode = again.CAMEO, again.Goldstein, again.Mode
	ev.ACLEDType, ev.ACLEDSubtype = again.ACLEDType, again.ACLEDSubtype
}

// propertyPair reports whether two acts of one sentence are the burning
// and the looting of one raid on property: "torched homes and made off
// with cattle", "looted the clinic and set it ablaze". ACLED counts
// looting and property destruction as one event.
func propertyPair(x, y *truce.Event) bool {
	burnt := func(e *truce.Event) bool { return e.Type == truce.Assault && e.Mode == "destroy" }
	looted := func(e *truce.Event) bool { return e.Type == truce.Coerce && e.Mode == "seize" }
	return burnt(x) && looted(y) || looted(x) && burnt(y)
}

// protestInTwoVerbs returns the accusation just before cd that cd, a
// second accusing verb joined to it by "and" with no subject or object of
// its own, carries on: "summoned Peru's ambassador and lodged a protest"
// is one diplomatic protest, its maker the first verb's subject and its
// target the envoy's government. The lodging names the kind of protest.
func protestInTwoVerbs(st *sent, built []*candidate, cd *candidate) *candidate {
	n := len(built)
	if n == 0 || cd.ev.Type != truce.Accuse {
		return nil
	}
	prev := built[n-1]
	x, y := &prev.ev, &cd.ev
	if prev.e.pos != 'V' || x.Type != truce.Accuse || x.Status != y.Status || len(x.Source) == 0 || len(x.Target) == 0 ||
		cd.i-prev.j > 12 || cd.i < prev.j {
		return nil
	}
	// cd names no one the first verb did not: its actors, if any, were
	// taken from the first verb's subject and object.
	for _, a := range append(append([]truce.Actor{}, y.Source...), y.Target...) {
		if !partyOf(x, a) {
			return nil
		}
	}
	and := lastAndBetween(st, prev.j, cd.i)
	if and < 0 {
		return nil
	}
	// Past "and" only the verb's own words: a noun trigger's light verb
	// and article ("and lodged a formal protest"), no new subject.
	verbs := 0
	for k := and + 1; k < cd.i; k++ {
		tag := st.toks[k].tag
		if strings.HasPrefix(tag, "VB") {
			verbs++
		}
		if st.mentionAt(k) != nil || verbs > 1 || !isModifier(st.toks[k]) && tag != "RB" && tag != "DT" && !strings.HasPrefix(tag, "VB") {
			return nil
		}
	}
	return prev
}

// partyOf reports whether a is, or is of the country of, a source or
// target of ev.
func partyOf(ev *truce.Event, a truce.Actor) bool {
	for _, x := range append(append([]truce.Actor{}, ev.Source...), ev.Target...) {
		if sameActor(x, a) || a.Country != "" && a.Country == x.Country {
			return true
		}
	}
	return false
}
