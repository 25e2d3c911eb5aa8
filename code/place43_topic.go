package code

// What talks are about is not where they are held: "negotiators met in
// Zenda on Sunday to discuss a truce in Hentz" met in Zenda, and "the two
// presidents signed trade deals and said they would push for an end to
// the fighting in Hentz" signed them where the story is filed.

import "github.com/truce-project/truce"

// place43TopicNouns are the fighting, and the peace that would end it,
// that a meeting or an agreement is about: a place after them ("a truce
// in Hentz", "fighting raged in Hentz") is the topic, not the venue.
var place43TopicNouns = filtered(wordSet(
	"fighting", "violence", "hostilities", "clashes", "bloodshed", "insurgency", "unrest", "tension", "tensions",
	"killings", "offensive", "siege", "blockade", "occupation",
	"truce", "truces", "ceasefire", "ceasefires", "cease-fire", "armistice", "peace",
))

// place43Topic reports whether p, named after the trigger of a meeting or
// of an agreement other than a truce, only says where the fighting or the
// peace talked about is: it follows "in", "of", "over" or "for" after one
// of place43TopicNouns, or after such a noun and its verb ("as fighting
// raged in Hentz"). A truce agreed is placed where it holds (see
// truceHeldIn), so an agreement to a truce is left alone, and so is a
// place in the predicate of the agreement itself (see place43NewPredicate).
func (c *Coder) place43Topic(cd *candidate, p *placeRef) bool {
	plover := cd.e.plover
	if plover == "" {
		plover = c.lex.cameo[cd.e.cameo].plover
	}
	if !venueTypes.has(plover) || cd.e.mode == "ceasefire" || cd.agreed || p.i < cd.j {
		return false
	}
	st := cd.st
	k := p.i - 1
	for k > cd.j && (st.low[k] == "the" || directions.has(st.low[k])) {
		k--
	}
	if k <= cd.j {
		return false
	}
	switch st.low[k] {
	case "in", "of", "over", "for", "across":
	default:
		return false
	}
	n := k - 1
	if n > cd.j && len(st.toks[n].tag) > 1 && st.toks[n].tag[:2] == "VB" {
		n--
	}
	if n < cd.j || !place43TopicNouns.has(st.low[n]) {
		return false
	}
	// What a side agrees to ("accepted a pause in the fighting in
	// Hentz", "agreed to halt its offensive in Hentz") holds there; a
	// clause of its own after the deal ("and said they would push for a
	// truce in Hentz") only tells what the signers talked about.
	return plover != truce.Agree || place43NewPredicate(st, cd.j, n)
}

// place43NewPredicate reports whether a second verb of the same doers
// starts between tokens from and to: "and" then a finite verb ("signed
// deals and said", "signed deals and then pledged").
func place43NewPredicate(st *sent, from, to int) bool {
	for k := from; k+1 < to; k++ {
		if st.low[k] != "and" {
			continue
		}
		v := k + 1
		if st.low[v] == "then" || st.low[v] == "also" {
			v++
		}
		if v < to {
			switch st.toks[v].tag {
			case "VBD", "VBZ", "VBP", "VBN":
				return true
			}
		}
	}
	return false
}
