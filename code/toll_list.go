package code

// Lists of the dead: the object of a verb of killing ("a roadside bomb
// killed the governor, his driver and two bodyguards", "an air strike
// killed Hamza Diallo, a senior commander, and two of his guards"), and
// the subject of a plural passive ("the governor, his driver and two
// bodyguards were killed").

import (
	"strings"

	"github.com/truce-project/truce/nlp"
)

// killWords are the verbs of killing whose object lists the dead.
var killWords = filtered(wordSet("killed", "killing", "kills", "assassinated", "assassinating"))

// killWordNear returns the token of a verb of killing at or shortly after
// event cd, or -1.
func killWordNear(st *sent, cd *candidate) int {
	for n := cd.i; n < len(st.low) && n <= cd.j+8; n++ {
		if killWords.has(st.low[n]) {
			return n
		}
	}
	return -1
}

// listedDead counts the dead a verb of killing at token k lists as its
// object, item by item, when the list holds at least two items: a figure
// with its noun ("two bodyguards", "two of his bodyguards"), one person
// opened by "a", "the" or a possessive ("a nurse", "the governor", "his
// driver"), or a name with the titles before it ("militant commander
// Ahmed Farah"), an apposition after a name adding no one ("Hamza
// Diallo, a senior commander,"). It returns 0 when the verb is passive,
// when any item is of another kind ("his men", "the convoy") or when the
// list holds one item, which the callers count already.
func listedDead(st *sent, k int) int {
	if k < 0 || passiveBefore(st, k) {
		return 0
	}
	total, items := 0, 0
	for n := k + 1; n < len(st.low); {
		c, next, ok := deadItem(st, n)
		if !ok {
			c, next, ok = toll50TitledDead(st, n)
		}
		if !ok {
			return 0
		}
		next = toll50ItemAside(st, n, next)
		total += c
		items++
		switch {
		case next+1 < len(st.low) && st.low[next] == "," && st.low[next+1] == "and":
			n = next + 2
		case next+1 < len(st.low) && (st.low[next] == "," || st.low[next] == "and"):
			if st.low[next] == "," && !listGoesOn(st, next+1) {
				return toll50ListTotal(st, next, total, items)
			}
			n = next + 1
		default:
			return toll50ListTotal(st, next, total, items)
		}
	}
	return sumIfList(total, items)
}

// sumIfList returns total when a list held two items or more, else 0.
func sumIfList(total, items int) int {
	if items < 2 {
		return 0
	}
	return total
}

// listGoesOn reports whether the words after a comma go on with the list
// ("…, his driver and …") rather than open a clause ("…, the army said",
// "…, officials said on Monday").
func listGoesOn(st *sent, k int) bool {
	_, next, ok := deadItem(st, k)
	return ok && !saidAfter(st, next)
}

// deadItem reads one item of a list of the dead at token k and returns
// how many it counts and the token after it.
func deadItem(st *sent, k int) (int, int, bool) {
	if k >= len(st.low) {
		return 0, k, false
	}
	w := st.low[k]
	if isFigureOrWord(w) || w == "at" {
		c, n, ok := nlp.ParseCount(wordsFrom(st, k))
		if !ok || nlp.IsMeasure(st.toks[k].text) {
			return 0, k, false
		}
		e := k + n
		// "two of his bodyguards", "three of the crew"
		if e+1 < len(st.low) && st.low[e] == "of" && (possessives.has(st.low[e+1]) || st.low[e+1] == "the") {
			e += 2
		}
		end := nounEnd(st, e)
		if end == e || thingsCounted(st, k+n) {
			return 0, k, false
		}
		return c.Min, end, true
	}
	if n, ok := singleNoun(st, k); ok {
		return 1, k + n, true
	}
	if w == "the" || possessives.has(w) {
		return definiteSingle(st, k, false)
	}
	return namedPerson(st, k)
}

// deadPerson reads an item as deadItem does, but one opened by "the" or a
// possessive only when its head names a person ("the governor", "his
// driver"), not a thing ("its control tower", "the scene"): outside the
// object of a verb of killing, a list may join things.
func deadPerson(st *sent, k int) (int, int, bool) {
	if k < len(st.low) && (st.low[k] == "the" || possessives.has(st.low[k])) {
		return definiteSingle(st, k, true)
	}
	return deadItem(st, k)
}

// kinRoleNouns name one person by kin or role, where the dictionary has
// no sector for them: "his driver", "her husband", "the bodyguard".
var kinRoleNouns = filtered(wordSet("driver", "wife", "husband", "son", "daughter", "brother", "sister",
	"father", "mother", "child", "baby", "deputy", "bodyguard", "guard", "aide", "assistant",
	"cousin", "nephew", "niece", "uncle", "aunt", "friend", "colleague", "companion", "escort",
	"pilot", "co-pilot", "secretary", "spokesman", "spokeswoman", "interpreter", "translator",
	"cameraman", "photographer", "correspondent", "owner", "manager", "neighbour", "neighbor",
	"grandson", "granddaughter", "grandfather", "grandmother", "fiancée", "fiance", "partner"))

// definiteSingle reads "the" or a possessive and a phrase naming one
// victim ("the governor", "his driver", "the district police chief"),
// with a name or an "of" and a name after it ("his deputy Yusuf Ali", "the
// mayor of Tarija"). After a verb of killing a singular noun names a
// person or an animal, not a thing; elsewhere (person set) the head must
// be a sector noun, a person or one of kinRoleNouns.
func definiteSingle(st *sent, k int, person bool) (int, int, bool) {
	head := -1
	n := k + 1
	for ; n < len(st.low) && n < k+5; n++ {
		tag := st.toks[n].tag
		if capitalised(st.toks[n].text) || !strings.HasPrefix(tag, "JJ") && !strings.HasPrefix(tag, "NN") && tag != "HYPH" {
			break
		}
		head = n
	}
	if head < 0 {
		return 0, k, false
	}
	h := st.toks[head]
	if h.tag != "NN" && !personCompounds.has(h.low) || quantityNouns.has(h.low) || collectiveNouns.has(h.low) || timeNouns.has(h.low) {
		return 0, k, false
	}
	if m := st.mentionAt(head); person && !kinRoleNouns.has(h.low) && !personCompounds.has(h.low) && (m == nil || m.kind != "sector" && m.kind != "person") {
		return 0, k, false
	}
	n = head + 1
	if n+1 < len(st.low) && st.low[n] == "of" && capitalised(st.toks[n+1].text) {
		n++
	}
	for n < len(st.low) && st.toks[n].tag == "NNP" && capitalised(st.toks[n].text) {
		n++
	}
	return 1, n, true
}

// namedPerson reads a person's name of two capitalised words or more,
// after up to three words of title ("militant commander Ahmed Farah",
// "General Ana Ruiz"), and an apposition set off by commas after it ("X,
// a senior commander,"). A name the dictionary knows as a group, a state
// or a place is no person.
func namedPerson(st *sent, k int) (int, int, bool) {
	n := k
	for n < len(st.low) && n < k+3 && (strings.HasPrefix(st.toks[n].tag, "JJ") || st.toks[n].tag == "NN" && !capitalised(st.toks[n].text)) {
		if m := st.mentionAt(n); m != nil && m.kind == "person" {
			break
		}
		n++
	}
	if m := st.mentionAt(n); m != nil && m.kind == "person" {
		n = m.j
		return 1, appositionEnd(st, n), true
	}
	start := n
	for n < len(st.low) && st.toks[n].tag == "NNP" && capitalised(st.toks[n].text) {
		if m := st.mentionAt(n); m != nil && m.kind != "person" && m.kind != "sector" {
			return 0, k, false
		}
		n++
	}
	if n-start < 2 && !(n-start == 1 && st.mentionAt(start) != nil && st.mentionAt(start).kind == "person") {
		return 0, k, false
	}
	if m := st.mentionAt(n - 1); m != nil && m.kind == "person" && m.j > n {
		n = m.j
	}
	return 1, appositionEnd(st, n), true
}

// appositionEnd returns the comma closing an apposition at token n that
// names the person before it again ("Hamza Diallo[, a senior
// commander,] and …"), or n when none opens there.
func appositionEnd(st *sent, n int) int {
	if n+1 < len(st.low) && st.low[n] == "," && (st.low[n+1] == "a" || st.low[n+1] == "an" || st.low[n+1] == "the") {
		for e := n + 2; e < len(st.low) && e < n+10; e++ {
			if st.low[e] == "," {
				return e
			}
			if t := st.toks[e].tag; !strings.HasPrefix(t, "JJ") && !strings.HasPrefix(t, "NN") && t != "HYPH" && t != "IN" && t != "DT" && t != "POS" {
				break
			}
		}
	}
	return n
}

// pairedPassive reports whether "and" or a comma, more victims or counts
// of victims and a plural passive toll follow token k, so that the victim
// before k is the first of the dead or wounded: "a guard [and a girl were
// killed]", "a woman [and two soldiers were killed]", "the governor[, his
// driver and two bodyguards were killed]".
func pairedPassive(st *sent, k int) bool {
	joined, listed := false, false
	for steps := 0; steps < 6 && k+1 < len(st.low); steps++ {
		switch st.low[k] {
		case "and":
			joined = true
		case ",":
			// ", and" closes a list of three or more ("A, B, and C");
			// after a first item alone it joins a new clause ("attacked
			// a convoy, and a total of 17 soldiers were wounded").
			if st.low[k+1] == "and" {
				if !listed {
					return false
				}
				k, joined = k+1, true
			}
			listed = true
		default:
			return joined && pluralPassiveAt(st, k)
		}
		if _, m, ok := conjunctAt(st, k+1); ok {
			k = nounEnd(st, k+1+m)
		} else if _, e, ok := deadPerson(st, k+1); ok {
			k = e
		} else {
			return false
		}
	}
	return false
}

// pluralPassiveAt reports whether a plural passive toll opens at token k:
// "were killed", "had been wounded", "were shot dead".
func pluralPassiveAt(st *sent, k int) bool {
	if k+1 < len(st.low) && (st.low[k] == "had" || st.low[k] == "have") && st.low[k+1] == "been" {
		k++
	}
	if k+1 >= len(st.low) || st.low[k] != "were" && st.low[k] != "been" {
		return false
	}
	w := st.low[k+1]
	if st.toks[k+1].tag == "RB" && k+2 < len(st.low) {
		k, w = k+1, st.low[k+2]
	}
	return deathWords.has(w) || injuryWords.has(w) || w == "shot" && k+2 < len(st.low) && st.low[k+2] == "dead"
}

// passiveAhead reports whether "were" or "been" stands within the next
// sixteen tokens after i: a cheap test before a list of the dead is read
// at every "the", possessive and capitalised word of a sentence.
func passiveAhead(st *sent, i int) bool {
	for k := i + 1; k < len(st.low) && k <= i+16; k++ {
		if w := st.low[k]; w == "were" || w == "been" {
			return true
		}
	}
	return false
}
