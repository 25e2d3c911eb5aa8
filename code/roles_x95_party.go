package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// rolesX95UnknownParty returns a mention for a political party named by a
// name the dictionaries do not know: "the fundamentalist Umma (Nation)
// party has said it will boycott …", "the Nur party said". Without it the
// party's acts have no doer. The party is the opposition of the country
// the clause is about, resolved as "the opposition party" is; a gloss in
// parentheses between the name and "party" translates the name and names
// no one of its own ("(Dawn)" is no newspaper there), so a mention inside
// it is dropped. Party is the head at token k; ok is false when k heads no
// such name.
func (st *sent) rolesX95UnknownParty(k int) (mention, bool) {
	// "the Communist Party chief", "the Nur Party of Egypt": the party
	// heads no phrase of its own here.
	if st.low[k] != "party" || k < 2 || k+1 < len(st.low) && (st.low[k+1] == "of" || strings.HasPrefix(st.toks[k+1].tag, "NN")) {
		return mention{}, false
	}
	n := k - 1
	gloss := -1
	if st.low[n] == ")" {
		for g := n - 1; g >= 0 && g >= n-4; g-- {
			if st.low[g] == "(" {
				gloss = g
				break
			}
			if !capitalised(st.toks[g].text) {
				return mention{}, false
			}
		}
		if gloss < 1 || gloss == n-1 {
			return mention{}, false
		}
		n = gloss - 1
	}
	// The name: capitalised proper nouns no dictionary covers.
	name := 0
	for n >= 0 && name < 4 && capitalised(st.toks[n].text) && strings.HasPrefix(st.toks[n].tag, "NNP") && st.mentionAt(n) == nil {
		if rolesX95RulingWords.has(st.low[n]) {
			return mention{}, false
		}
		n--
		name++
	}
	if name == 0 {
		return mention{}, false
	}
	// Up to three lower-case qualifiers ("fundamentalist", "radical"),
	// then "the":
	// a party in power is no opposition.
	for q := 0; q < 3 && n >= 0 && rolesX95QualifierTag(st.toks[n].tag) && !capitalised(st.toks[n].text); q++ {
		if rolesX95RulingWords.has(st.low[n]) || st.mentionAt(n) != nil {
			return mention{}, false
		}
		n--
	}
	if n < 0 || st.low[n] != "the" {
		return mention{}, false
	}
	if gloss >= 0 {
		for g := gloss + 1; g < k-1; g++ {
			if q := st.mentionAt(g); q != nil && q.i > gloss && q.j < k {
				st.dropMention(q)
			}
		}
	}
	text := st.textOf(n+1, k+1)
	return mention{i: n + 1, j: k + 1, kind: "sector", actor: truce.Actor{Text: text, Name: text, Sector: "OPP"}}, true
}

// rolesX95QualifierTag reports whether a tag is that of a word qualifying
// the party's name: "radical", "fundamentalist", "left-leaning".
func rolesX95QualifierTag(tag string) bool {
	return strings.HasPrefix(tag, "JJ") || tag == "NN" || tag == "VBN" || tag == "HYPH"
}

// rolesX95RulingWords qualify a party in power; a Communist party rules
// where it is named without its state ("the Communist Party said").
var rolesX95RulingWords = filtered(wordSet("ruling", "governing", "communist"))
