package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// toll41HarmVerbs are the verbs of injury the toll41 row of the lexicon
// reads as an act: "rebels wounded two soldiers", "police injured dozens
// of protesters", "a gang maimed a shopkeeper".
var toll41HarmVerbs = filtered(wordSet("wounded", "injured", "injures", "maimed", "maims"))

// toll41HarmVerb reports whether cd is the one-word reading of a verb of
// injury from the toll41 row (CAMEO 18), not a longer row that holds one
// ("shot and wounded").
func toll41HarmVerb(st *sent, cd *candidate) bool {
	return cd.j-cd.i == 1 && toll41HarmEntry(cd.e) && toll41HarmVerbs.has(st.low[cd.i])
}

// toll41HarmToll screens a verb of injury that tells a toll or a state,
// not who did the harm: a passive with no agent after it ("65 were
// wounded", "were killed and 65 wounded when …", "was injured in a
// crash"), the word used as a noun or adjective ("the wounded were
// flown out", "an injured soldier"), and a victim left so ("left a dozen
// officers injured"). A passive with its doer after "by" ("were wounded
// by gunmen") stays: the agent is the source.
func toll41HarmToll(st *sent, cd *candidate) bool {
	if !toll41HarmVerb(st, cd) {
		return false
	}
	i := cd.i
	if i > 0 {
		switch st.toks[i-1].tag {
		case "DT", "PRP$", "POS", "JJ", "IN":
			// "the wounded", "their injured", "of the injured": a noun.
			return true
		}
	}
	if adjectival(st, i) {
		return true
	}
	if st.isPassive(i) || passiveBefore(st, i) || toll41CountBefore(st, i) || !toll41ObjectAfter(st, cd.j) {
		return !byAfter(st, cd.j)
	}
	return false
}

// toll41ObjectAfter reports whether a victim may open at token j, past
// adverbs: a figure, a determiner, a pronoun or a noun ("wounded [two]
// soldiers", "injured [him]", "maimed [villagers]"). A preposition, a
// conjunction or the end ("dozens wounded when …", "was hurt in a
// crash") leaves the verb with no object of its own.
func toll41ObjectAfter(st *sent, j int) bool {
	for j < len(st.toks) && st.toks[j].tag == "RB" {
		j++
	}
	if j >= len(st.toks) {
		return false
	}
	switch t := st.toks[j].tag; t {
	case "CD", "DT", "PDT", "PRP", "PRP$", "JJ", "JJS", "JJR":
		return true
	default:
		return strings.HasPrefix(t, "NN")
	}
}

// toll41CountBefore reports whether a figure stands right before token i
// with no verb between: "[65] wounded", "two [others] injured", the toll
// of a reduced clause.
func toll41CountBefore(st *sent, i int) bool {
	if i == 0 {
		return false
	}
	return st.toks[i-1].tag == "CD" || st.low[i-1] == "others" && i > 1 && st.toks[i-2].tag == "CD"
}

// toll41JoinedHarm returns the attack built earlier in the sentence that a
// verb of injury joined to it by "and" tells more of: "killed 40
// worshippers and wounded 13 others", "a bomb killed a farmer …, police
// said, and wounded his son", "shelling killed 24 people, among them
// four children, and injured more than 100". The wounded are the same
// act's toll, not an attack of their own. A verb with a subject of its
// own after "and" ("… and gunmen wounded two guards") is a new act, as is
// one in a relative clause or after a semicolon.
func toll41JoinedHarm(st *sent, built []*candidate, cd *candidate) *candidate {
	if !toll41HarmVerb(st, cd) || cd.i < 2 {
		return nil
	}
	k := cd.i - 1
	for k > 0 && st.toks[k].tag == "RB" {
		k--
	}
	// "and, police said, wounded two villagers": past the aside.
	if st.low[k] == "," {
		k = toll41AsideOpen(st, k)
	}
	if k < 0 || st.low[k] != "and" {
		return nil
	}
	for n := len(built) - 1; n >= 0; n-- {
		prev := built[n]
		if prev.i >= k {
			continue
		}
		if !isViolent(prev) || prev.ev.Type != truce.Assault && prev.ev.Type != truce.Protest {
			return nil
		}
		for m := prev.j; m < k; m++ {
			switch st.low[m] {
			case ";", "who", "which", "whom", "while", "but", "after", "before":
				return nil
			}
		}
		return prev
	}
	return nil
}

// toll41HarmEntry reports whether e is the toll41 row of verbs of injury,
// which a toll read beside a killing counts as its wounded ("were killed
// and four wounded when …"), not as an act of its own.
func toll41HarmEntry(e *entry) bool {
	return e.pos == 'V' && e.cameo == "18"
}

// toll41WithMeans reports whether the violent noun at n names the means
// of a verb of killing or injury whose object ends before j: "wounded two
// soldiers [with] explosives dropped from a [drone]", "killed a farmer
// [using] a [drone]". The noun is the act's weapon, not an act of its own.
func toll41WithMeans(st *sent, j, n int) bool {
	if n-j > 10 {
		return false
	}
	with := false
	for k := j; k < n; k++ {
		switch st.low[k] {
		case "with", "using":
			with = true
		case ",", ";", "and", "before", "after", "while", "when", "as", "but":
			return false
		}
	}
	return with
}

// toll41AsideOpen returns the token before a reporting aside that closes
// with the comma at end ("and[,] police said[,]"), or -1: the aside is a
// comma, at most five words and a verb of saying.
func toll41AsideOpen(st *sent, end int) int {
	said := false
	for k := end - 1; k >= 1 && k >= end-6; k-- {
		switch st.low[k] {
		case "said", "says", "say", "added", "reported", "told":
			said = true
		case ",":
			if said {
				return k - 1
			}
			return -1
		}
	}
	return -1
}
