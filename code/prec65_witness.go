package code

import "strings"

// Issue 3, round prec65: those who saw or heard an attack are not its
// doers. "Residents said they heard air strikes and artillery fire in the
// south of the city", "farmers saw drones bombing the market": the subject
// of a verb of perceiving is the witness of the attack noun it takes as
// object, not its hand. The witness is dropped from the doers; the attack
// then stands with no sides, as one told by its witnesses only
// (lex58_witnessed.go). "Reported" and "described" are left alone: a force
// also reports its own strikes.

// prec65PerceiveVerbs tell an act as seen or heard.
var prec65PerceiveVerbs = filtered(wordSet(
	"heard", "hear", "hears", "hearing", "saw", "see", "sees", "seeing", "seen",
	"witnessed", "witness", "witnessing", "watched", "watch", "watching", "watches",
	"noticed", "spotted",
))

// prec65WitnessNotDoer drops from the doers of a violent noun the subject
// of the verb of perceiving it is the object of.
func (b *building) prec65WitnessNotDoer() {
	cd, st, e := b.cd, b.st, b.e
	if len(b.src) == 0 || e.pos != 'N' || !e.has(flagViolent) {
		return
	}
	k := verbOfObject(st, cd.i, func(k int) bool { return strings.HasPrefix(st.toks[k].tag, "VB") })
	if k < 1 || !prec65PerceiveVerbs.has(st.low[k]) {
		return
	}
	// Only the noun's modifiers, or nouns listed before it ("air
	// strikes and artillery fire"), stand between the verb and it.
	for m := k + 1; m < cd.i; m++ {
		t := st.toks[m].tag
		if !(t == "DT" || t == "CD" || strings.HasPrefix(t, "JJ") || t == "NN" || t == "NNS" || t == "VBN" || t == "CC" || t == ",") {
			return
		}
	}
	// The witnesses: the mentions that end just before the verb, past an
	// auxiliary or an adverb ("they had also heard").
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.j > k || m.j < k-3 {
			continue
		}
		for n := 0; n < len(b.src); n++ {
			if a := b.src[n]; sameActor(a, m.actor) || a.Text != "" && a.Text == m.actor.Text {
				b.src = append(b.src[:n:n], b.src[n+1:]...)
				n--
			}
		}
	}
	for n := 0; n < len(b.src); n++ {
		if a := b.src[n]; a.Text != "" && strings.EqualFold(a.Text, st.low[k-1]) {
			b.src = without(b.src, a)
			n--
		}
	}
}

// prec65ListedNoun reports whether the word at m belongs to nouns listed
// before a witnessed attack noun: "heard gunfire and explosions".
func prec65ListedNoun(st *sent, m int) bool {
	t := st.toks[m].tag
	return t == "NNS" || t == "CC" && (st.low[m] == "and" || st.low[m] == "or") || t == ","
}
