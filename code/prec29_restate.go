package code

import (
	"strings"

	"github.com/truce-project/truce"
)

// participleRestates returns the earlier event cd, a participle set off by
// a comma, tells again: one of the same lexicon row whose doer cd shares
// or leaves unnamed. "Forty rebels surrendered to the army on Monday,
// handing over 30 rifles" is one surrender; the rifles are what was given
// up with it.
func participleRestates(st *sent, earlier []*candidate, cd *candidate) *candidate {
	if cd.i < 1 || st.low[cd.i-1] != "," && st.low[cd.i-1] != "and" || st.toks[cd.i].tag != "VBG" {
		return nil
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		p := earlier[n]
		if p.folded || p.e.line != cd.e.line || p.j > cd.i {
			continue
		}
		if len(cd.ev.Source) == 0 || sameSide(cd.ev.Source, p.ev.Source) {
			return p
		}
	}
	return nil
}

// listedMeans returns the earlier event whose list of means the noun cd
// goes on: two nouns of one row's type and mode joined by "and", "or" or
// a comma with only modifiers between, as in "fired tear gas and stun
// grenades" or "used pepper spray, rubber bullets and water cannon". One
// force used them together; the list is one act. A toll of cd's own that
// the earlier event lacks keeps it apart.
func listedMeans(st *sent, earlier []*candidate, cd *candidate) *candidate {
	if len(earlier) == 0 || !strings.HasPrefix(st.toks[cd.j-1].tag, "NN") || clauseVerbTag(st.toks[cd.i].tag) {
		return nil
	}
	p := earlier[len(earlier)-1]
	if p.folded || p.e.mode != cd.e.mode || p.ev.Type != cd.ev.Type || p.j > cd.i || !strings.HasPrefix(st.toks[p.j-1].tag, "NN") {
		return nil
	}
	if cd.ev.Fatalities != nil && p.ev.Fatalities == nil || cd.ev.Injuries != nil && p.ev.Injuries == nil {
		return nil
	}
	joined := false
	for k := p.j; k < cd.i; k++ {
		switch st.low[k] {
		case "and", "or", ",":
			joined = true
			continue
		case "a", "an", "the", "some":
			continue
		}
		if !isModifier(st.toks[k]) || strings.HasPrefix(st.toks[k].tag, "NNP") {
			return nil
		}
	}
	if !joined {
		return nil
	}
	return p
}

// clauseVerbTag reports whether a tag is a verb's past, participle or third
// person: a clause of its own, not a noun in a list.
func clauseVerbTag(tag string) bool {
	return tag == "VBD" || tag == "VBG" || tag == "VBN" || tag == "VBZ"
}

// sharedObjectVerb returns the beating a burning cd shares its object
// with: two verbs joined by "and" alone ("beat and burned a man", "beat
// to death and set fire to a student", "stoned and set on fire 13
// suspects"). The mob did one thing to its victims; the burning is no
// riot or arson of its own.
func sharedObjectVerb(st *sent, earlier []*candidate, cd *candidate) *candidate {
	if cd.e.pos != 'V' || len(earlier) == 0 {
		return nil
	}
	p := earlier[len(earlier)-1]
	if p.folded || p.ev.Type != truce.Assault || p.e.pos != 'V' || p.j >= cd.i || !mobBlows.has(st.low[p.i]) || !burnsIn(st, cd) {
		return nil
	}
	k := p.j
	if k+1 < cd.i && st.low[k] == "to" && st.low[k+1] == "death" {
		k += 2
	}
	if k != cd.i-1 || st.low[k] != "and" {
		return nil
	}
	return p
}

// mobBlows are the verbs of a beating by a crowd.
var mobBlows = filtered(wordSet("beat", "beaten", "stoned", "hacked", "clubbed", "lynched"))

// burnsIn reports whether the trigger cd tells a burning: "burned", "set
// fire to", "set alight".
func burnsIn(st *sent, cd *candidate) bool {
	for k := cd.i; k < cd.j; k++ {
		switch st.low[k] {
		case "burned", "burnt", "fire", "alight", "ablaze", "torched":
			return true
		}
	}
	return false
}
