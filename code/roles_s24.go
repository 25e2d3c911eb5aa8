package code

import "strings"

// Coordinated passives that share one "by" agent at the end: "a trader
// was beaten to death and his stall set on fire by a crowd", "a village
// head was abducted on Monday and later killed by gunmen". The agent
// named after the second participle did both acts.

// byPastConjunct returns the "by" that ends a second passive clause
// joined by "and" to the passive trigger ending before token j, or -1:
// in "was beaten to death and his body set alight on Friday by a mob",
// the "by" of "set alight … by a mob". Between "and" and "by" stand only
// the second clause's subject, a participle, its adverbs, particles, and
// phrases of time and place; a comma, a finite verb or an actor after
// the participle ends the search. A participle of finding, rescuing or
// caring ("and later rescued by police") names someone else's act.
func (st *sent) byPastConjunct(j int) int {
	if j <= 0 || j+2 >= len(st.low) || !st.passiveTriggerEnds(j) {
		return -1
	}
	// "was abducted on Monday and later killed by": past the first
	// clause's own time and place.
	for a := j; a < len(st.toks) && a < j+8 && st.low[j] != "and"; a++ {
		w, t := st.low[a], st.toks[a].tag
		if w == "and" {
			j = a
			break
		}
		if m := st.mentionAt(a); m != nil {
			if !m.place {
				return -1
			}
			a = m.j - 1
			continue
		}
		if !adjunctPreps.has(w) && !strings.HasPrefix(t, "NN") && t != "DT" && t != "JJ" && t != "CD" && t != "RB" {
			return -1
		}
	}
	if st.low[j] != "and" {
		return -1
	}
	participle := false
	for n := j + 1; n < len(st.toks) && n < j+14; n++ {
		w, t := st.low[n], st.toks[n].tag
		if w == "by" {
			if !participle {
				return -1
			}
			return n
		}
		if m := st.mentionAt(n); m != nil {
			if !m.place && participle {
				return -1
			}
			n = m.j - 1
			continue
		}
		switch {
		case t == "VBN" || t == "VBD":
			if otherActsAfter.has(w) {
				return -1
			}
			participle = true
		case w == "," || w == ";" || w == "and" || w == "who" || w == "which" || w == "that":
			return -1
		case t == "VBZ" || t == "VBP" || t == "MD":
			return -1
		case w == "was" || w == "were":
			// "and was later killed by": the same subject's second passive.
		case t == "RB" || t == "RP" || t == "DT" || t == "PRP$" || t == "CD" || t == "POS" || t == "TO" || t == "IN":
		case strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ"):
		default:
			return -1
		}
	}
	return -1
}

// passiveTriggerEnds reports whether the trigger that ends before token j is a
// passive participle, allowing its complement ("beaten to death", "shot
// dead", "set alight", "abducted on Monday").
func (st *sent) passiveTriggerEnds(j int) bool {
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if st.toks[k].tag == "VBN" && st.isPassive(k) {
			return true
		}
		if st.low[k] == "," || st.low[k] == "and" || st.mentionAt(k) != nil && !st.mentionAt(k).place {
			return false
		}
	}
	return false
}

// otherActsAfter are participles of what others do once the act is over:
// finding, freeing or tending the victim, or holding its doers.
var otherActsAfter = filtered(map[string]bool{
	"found": true, "discovered": true, "recovered": true, "identified": true, "buried": true,
	"rescued": true, "freed": true, "released": true, "treated": true, "evacuated": true,
	"taken": true, "rushed": true, "flown": true, "airlifted": true, "handed": true, "returned": true,
	"arrested": true, "detained": true, "caught": true, "condemned": true, "mourned": true,
	"admitted": true, "hospitalised": true, "hospitalized": true, "reported": true, "confirmed": true,
})

// conjoinedPassive reports whether the participle at i, with its own "by"
// agent, is the second half of a passive joined by "and" past the first
// one's time and place: in "was abducted on Monday and later killed by
// gunmen", "killed" is passive too, and the gunmen are not its victims.
func (st *sent) conjoinedPassive(i int) bool {
	if st.toks[i].tag != "VBN" && st.toks[i].tag != "VBD" || i+1 >= len(st.low) || st.low[i+1] != "by" && st.byAfterAdjuncts(i+1) < 0 {
		return false
	}
	k := i - 1
	for k > 0 && st.toks[k].tag == "RB" {
		k-- // "and later killed"
	}
	if k < 2 || st.low[k] != "and" {
		return false
	}
	for n := k - 1; n >= 1 && n >= k-8; n-- {
		w, t := st.low[n], st.toks[n].tag
		if t == "VBN" {
			return st.isPassive(n)
		}
		if m := st.mentionAt(n); m != nil {
			if !m.place {
				return false
			}
			n = m.i
			continue
		}
		if w == "," || w == ";" || !(adjunctPreps.has(w) || strings.HasPrefix(t, "NN") || t == "DT" || t == "JJ" || t == "CD" || t == "RB" || t == "TO" || t == "IN") {
			return false
		}
	}
	return false
}

// byAfterAdjuncts returns the "by" that follows phrases of time and place
// starting at token j, or -1, as byPastAdjuncts does without asking
// whether the verb before is passive (which is what the caller decides).
func (st *sent) byAfterAdjuncts(j int) int {
	if j >= len(st.low) || !adjunctPreps.has(st.low[j]) {
		return -1
	}
	return st.byAcrossAdjuncts(j, 10)
}

// Passives whose "by" agent stands past a phrase of their own: "farmers,
// allegedly killed by the militia", "villagers abducted from their homes
// by bandits", "were seized from a camp by armed men". The noun before is
// the victim and the actor after "by" the doer, as in any passive.

// hedgedPassive reports whether the participle at i, set off by a comma
// and a hedging adverb, describes the noun before the comma and has an
// actor after "by": "the bodies of 30 herders, reportedly shot by
// soldiers, were found".
func (st *sent) hedgedPassive(i int) bool {
	if i < 3 || i+2 >= len(st.low) || st.low[i+1] != "by" || !hedges.has(st.low[i-1]) || st.low[i-2] != "," {
		return false
	}
	if t := st.toks[i].tag; t != "VBN" && t != "VBD" {
		return false
	}
	return st.actorAfterBy(i+1) != nil
}

// hedges are adverbs that qualify who did an act without changing it.
var hedges = filtered(map[string]bool{
	"allegedly": true, "reportedly": true, "apparently": true, "purportedly": true,
	"presumably": true, "possibly": true, "probably": true, "likely": true, "suspected": true,
})

// fromPassive reports whether the participle at i is a passive whose "by"
// agent follows the place the victims were taken from: "pupils snatched
// from their dormitory by gunmen", "were seized from a camp near Kutum
// by armed men".
func (st *sent) fromPassive(i int) bool {
	if i < 1 || i+3 >= len(st.low) || st.low[i+1] != "from" {
		return false
	}
	if t := st.toks[i].tag; t != "VBN" && t != "VBD" {
		return false
	}
	b := st.byPastFrom(i + 1)
	if b < 0 || st.actorAfterBy(b) == nil {
		return false
	}
	// The noun it describes, or the "was" of a full passive.
	return strings.HasPrefix(st.toks[i-1].tag, "NN") || st.mentionAt(i-1) != nil && !st.mentionAt(i-1).place
}

// byPastFrom returns the "by" after a "from" phrase starting at token j,
// or -1: "from their homes in Zamfara by bandits".
func (st *sent) byPastFrom(j int) int {
	if j >= len(st.low) || st.low[j] != "from" {
		return -1
	}
	for n := j + 1; n < len(st.toks) && n < j+10; n++ {
		w, t := st.low[n], st.toks[n].tag
		if w == "by" {
			return n
		}
		// The camp, school or village they were taken from may be
		// named as an actor too ("from their school"): it is where.
		if m := st.mentionAt(n); m != nil {
			n = m.j - 1
			continue
		}
		if !adjunctPreps.has(w) && !strings.HasPrefix(t, "NN") && t != "DT" && t != "JJ" && t != "CD" && t != "POS" && t != "PRP$" {
			return -1
		}
	}
	return -1
}

// actorAfterBy returns the actor a "by" at b introduces, past an article
// and adjectives ("by armed men", "by the militia"), or nil.
func (st *sent) actorAfterBy(b int) *mention {
	for n := b + 1; n < len(st.toks) && n < b+5; n++ {
		if m := st.mentionAt(n); m != nil {
			if m.place {
				return nil
			}
			return m
		}
		if !determiners.has(st.low[n]) && !strings.HasPrefix(st.toks[n].tag, "JJ") && st.toks[n].tag != "VBN" {
			return nil
		}
	}
	return nil
}
