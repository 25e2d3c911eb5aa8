package code

// What a verb takes from the verb its sentence told before it, besides the
// doer a comma participle shares (participleDoer): the target a participle
// of blame names only by a pronoun, the doer of a verb listed after
// another, and the doer of a participle that finds none of its own.

import (
	"strings"

	"github.com/truce-project/truce"
)

// blamedByPronoun are the words that, right after a verb of blame, name
// its target again without naming it: "accusing him of", "blaming them
// for", "accusing some of its staff of".
var blamedByPronoun = filtered(wordSet("him", "her", "them", "it", "its", "their", "his"))

// partitiveHeads open a phrase that picks some of the pronoun's referent:
// "some of its staff", "one of their commanders".
var partitiveHeads = filtered(wordSet("some", "several", "many", "most", "one", "two", "three", "members", "all", "none"))

// participleTarget gives a comma participle of blame whose object is only
// a pronoun the target of the act its main clause told, done by the same
// doer: in "The EU froze the assets of a Bosnian Serb leader, accusing him
// of serving Moscow" he is blamed, not Moscow, whatever the charge names.
func (c *Coder) participleTarget(st *sent, cd *candidate, earlier []*candidate) {
	if cd.i == 0 || st.low[cd.i-1] != "," || st.toks[cd.i].tag != "VBG" || c.ploverOf(cd.e) != truce.Accuse {
		return
	}
	k := cd.j
	if k+2 < len(st.low) && partitiveHeads.has(st.low[k]) && st.low[k+1] == "of" {
		k += 2
	}
	if k >= len(st.low) || !blamedByPronoun.has(st.low[k]) {
		return
	}
	// A pronoun the sentence resolved, or a target named before the
	// charge, stands.
	if m := st.mentionAt(k); m != nil && m.actor.ID != "" {
		return
	}
	for _, m := range cd.tgt {
		if m.i <= k {
			return
		}
	}
	for n := len(earlier) - 1; n >= 0; n-- {
		prev := earlier[n]
		if prev.folded || prev.i >= cd.i || len(prev.tgt) == 0 {
			continue
		}
		if len(cd.src) > 0 && len(prev.src) > 0 && !sharesMention(cd.src, prev.src) {
			return
		}
		cd.tgt = prev.tgt
		return
	}
	// "barred the attorney general from entering the country, accusing
	// her of …": when the main clause's act codes no event of its own,
	// its object is still whom the pronoun names.
	if m := mainObject(st, cd); m != nil {
		cd.tgt = []*mention{m}
	}
}

// mainObject returns the actor a main clause's finite verb acts on before
// the comma that opens the participle cd, or nil: "Britain barred the
// police chief John Okello from entering, accusing him of …". The actor
// must come after the verb, and not be the participle's own doer.
func mainObject(st *sent, cd *candidate) *mention {
	verb := -1
	for k := 0; k < cd.i-1; k++ {
		if t := st.toks[k].tag; t == "VBD" || t == "VBZ" || t == "VBP" {
			verb = k
			break
		}
	}
	if verb < 0 {
		return nil
	}
	var obj *mention
	for n := range st.mentions {
		m := &st.mentions[n]
		if m.i <= verb || m.j > cd.i-1 || m.place || m.actor.ID == "" && m.actor.Country == "" {
			continue
		}
		if sharesMention([]*mention{m}, cd.src) {
			continue
		}
		if obj == nil {
			obj = m // the first actor after the verb is its object
		}
	}
	return obj
}

// listedVerbDoer gives a verb listed after a comma or "and" beside an
// earlier verb the doer of that verb when the subject the roles found for
// it is only the earlier verb's object: in "Militiamen killed five
// villagers, raped two women and burned a clinic" the rapists are the
// militiamen, not the villagers.
func listedVerbDoer(st *sent, cd *candidate, earlier []*candidate) {
	if cd.e.pos != 'V' || cd.i == 0 || len(cd.src) == 0 || len(earlier) == 0 || !strings.HasPrefix(st.toks[cd.i].tag, "VB") {
		return
	}
	if w := st.low[cd.i-1]; w != "," && w != "and" {
		return
	}
	prev := earlier[len(earlier)-1]
	if prev.e.pos != 'V' || prev.folded || len(prev.src) == 0 || prev.src[0].i >= prev.i || verbForm(st.toks[prev.i].tag) != verbForm(st.toks[cd.i].tag) {
		return
	}
	if ownJoinedDoer(st, prev, cd) {
		return
	}
	// "Mali expelled the envoy, after Le Drian described the junta as
	// illegitimate and accused it": a doer found in another clause than
	// the earlier verb's belongs to that clause's own verbs.
	for _, m := range cd.src {
		// (mode40: the earlier trigger may span its own object, "expelled
		// Russia's ambassador, recalled its envoy …": the object need
		// only follow the verb.)
		if m.i <= prev.i || m.j > cd.i || st.clause[m.i] != st.clause[prev.i] {
			return
		}
	}
	cd.src = prev.src
}

// verbForm groups a verb's tag by how it lists with others: the tagger
// reads a past tense as a participle and back ("killed five, raped two"),
// so the two are one form; a gerund or a present is another.
func verbForm(tag string) string {
	if tag == "VBD" || tag == "VBN" {
		return "past"
	}
	return tag
}

// bareParticipleDoer gives a participle after a comma or "and" for which
// the roles found no doer at all the doer of the main clause before it:
// in "Bandits stormed the market, killing six traders and carrying off
// dozens" the bandits carried them off. Only an active main verb lends
// its subject: "were killed, …" names the victims first.
func bareParticipleDoer(st *sent, cd *candidate, earlier []*candidate) {
	if len(cd.src) > 0 || cd.e.pos != 'V' || cd.i == 0 || st.toks[cd.i].tag != "VBG" {
		return
	}
	if w := st.low[cd.i-1]; w != "," && w != "and" {
		return
	}
	for k := len(earlier) - 1; k >= 0; k-- {
		prev := earlier[k]
		if prev.folded || prev.i >= cd.i {
			continue
		}
		if prev.e.pos != 'V' || st.toks[prev.i].tag == "VBG" || st.isPassive(prev.i) || len(prev.src) == 0 || prev.src[0].i >= prev.i {
			return
		}
		for n := prev.j; n < cd.i; n++ {
			if clauseBreaks.has(st.low[n]) {
				return
			}
		}
		cd.src, cd.doerOf = prev.src, prev
		return
	}
}
