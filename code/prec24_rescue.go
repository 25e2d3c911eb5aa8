package code

// A rescue by force: troops who free captives in a raid or after a
// gunfight attack the captors; the freeing is that attack, not a release
// by those who held them.

import (
	"github.com/truce-project/truce"
)

// rescueForces are the sectors of a state's forces whose freeing of
// captives is a rescue.
var rescueForces = filtered(wordSet("MIL", "COP", "SPY"))

// rescueRaid folds a release done by state forces into the attack the
// sentence tells them making: "Marine commandos freed nine hostages after
// a gunfight with the kidnappers", "troops freed 30 women held by the
// militia in a raid on its camp". ACLED and the gold code one armed clash
// or attack there; the captors set no one free. The attack takes the
// forces as its doers when it names none, and the captors ("held by …")
// as its target when its own target names no armed group. A release
// with no attack in the sentence ("the army said the hostages had been
// freed unharmed") stays.
func (c *Coder) rescueRaid(d *doc, st *sent, built []*candidate) {
	for _, r := range built {
		if r.folded || r.ev.Type != truce.Retreat || r.ev.Mode != "release" || len(r.ev.Source) == 0 || !rescueForces.has(r.ev.Source[0].Sector) {
			continue
		}
		a := rescueAttack(st, built, r)
		if a == nil {
			continue
		}
		r.folded, r.corefOf = true, a
		if len(a.ev.Source) == 0 {
			a.ev.Source = r.ev.Source
		}
		if h := heldBy(st, r); h != nil && !anyArmedGroup(a.ev.Target) && !hasSame(a.ev.Source, *h) {
			a.ev.Target = []truce.Actor{*h}
		}
		a.ev.ID = eventID(d.a.ID, st.s.Index, a.ev.Type, a.ev.Source, a.ev.Target, a.i)
		c.trace(st, r, "a rescue by force: the freeing is the attack on the captors (\"freed the hostages after a gunfight\")")
	}
}

// rescueAttack returns the attack of the sentence that the rescue r was
// made by: one done by the rescuers themselves, or one with no doers named
// told right after the freeing as where or after which it was done ("freed
// the hostages after a gunfight", "… during an operation"). An attack set
// off by a comma ("freed 20 suspects, a day after a bomb attack") is
// another act.
func rescueAttack(st *sent, built []*candidate, r *candidate) *candidate {
	for _, a := range built {
		if a == r || a.folded || a.ev.Type != truce.Assault {
			continue
		}
		if len(a.ev.Source) > 0 && hasSame(a.ev.Source, r.ev.Source[0]) {
			return a
		}
		if len(a.ev.Source) == 0 && a.i > r.j && a.i-r.j <= 14 && rescueSetting(st, r.j, a.i) {
			return a
		}
	}
	return nil
}

// rescueSetting reports whether the words from j up to the attack noun at
// i hold no comma and set it with "after", "in" or "during" just before it
// (past an article and modifiers).
func rescueSetting(st *sent, j, i int) bool {
	for k := j; k < i; k++ {
		if w := st.low[k]; w == "," || w == ";" {
			return false
		}
	}
	for k := i - 1; k >= j && k >= i-4; k-- {
		switch st.low[k] {
		case "after", "in", "during":
			return true
		case "a", "an", "the", "their", "its":
			continue
		}
		if !isModifier(st.toks[k]) {
			return false
		}
	}
	return false
}

// heldBy returns the actor named just after "held by" in the object of
// the release r: "freed 17 women held by the militia".
func heldBy(st *sent, r *candidate) *truce.Actor {
	for k := r.j; k+2 < len(st.low) && k < r.j+10; k++ {
		if st.low[k] == "held" && st.low[k+1] == "by" {
			if m := st.mentionAt(k + 2); m != nil {
				a := m.actor
				return &a
			}
			return nil
		}
	}
	return nil
}

// anyArmedGroup reports whether some actor of as is an armed group.
func anyArmedGroup(as []truce.Actor) bool {
	for _, a := range as {
		if isArmedGroup(a) {
			return true
		}
	}
	return false
}
