package code

// Who did it in constructions the blind wire files of round 21 showed
// failing: the attacker told in a "when" clause after a passive harm
// ("two men were killed when police opened fire"), and the speaker of a
// speech tag before a participle ("…, the minister told reporters, accusing
// Kigali of …"); and a verb joined by "and" past an adverb ("and later
// abducted …"), which shares the subject before.

import "strings"

// whenAttackVerbs are the verbs of a "when" clause whose subject did the
// harm told by the passive before it: "were killed when soldiers opened
// fire", "were wounded when gunmen stormed the camp".
var whenAttackVerbs = filtered(wordSet("opened", "fired", "stormed", "attacked", "raided",
	"shelled", "bombed", "ambushed", "shot", "charged", "detonated", "set",
	"torched", "hurled", "threw", "lobbed", "launched", "overran"))

// whenAgent returns the subject of a "when" clause right after the
// passive harm ending at token j, when its verb is an attack: in "two
// teenagers were killed on Sunday when police opened fire to retake the
// runway" the police killed them. "Were killed when their truck struck a
// mine" names no actor, and "killed when they tried to cross" only a
// pronoun, so neither gives a source.
//
// With no such clause, the doer of an armed operation the sentence tells
// around the harm (operationAgent).
func (st *sent) whenAgent(j int) []*mention {
	if ms := st.whenClauseAgent(j); ms != nil {
		return ms
	}
	return st.operationAgent(j)
}

// whenClauseAgent is whenAgent's "when" clause right after the harm.
func (st *sent) whenClauseAgent(j int) []*mention {
	k := j
	for n := 0; k < len(st.low) && n < 6 && st.low[k] != "when"; k, n = k+1, n+1 {
		if st.low[k] == "," || st.low[k] == "and" || st.low[k] == "but" || st.mentionAt(k) != nil && !st.mentionAt(k).place {
			return nil
		}
	}
	if k >= len(st.low) || st.low[k] != "when" {
		return nil
	}
	n := k + 1
	for n < len(st.low) && n < k+4 && st.mentionAt(n) == nil && (determiners.has(st.low[n]) || st.toks[n].tag == "JJ" || st.toks[n].tag == "CD") {
		n++
	}
	m := st.mentionAt(n)
	if m == nil || m.i != n || m.place || m.kind == "pronoun" {
		return nil
	}
	ms := st.coordinated(m)
	last := ms[len(ms)-1]
	if last.j >= len(st.low) || !whenAttackVerbs.has(st.low[last.j]) {
		return nil
	}
	return ms
}

// tagSpeaker returns the speaker of a speech tag set off by commas before
// the participle at i, when the verb at v heads one: in "Burundi shut the
// border, its interior minister told reporters, accusing Kigali of arming
// rebels" the minister accuses, not the reporters he told. Nil when the
// verb at v opens a reported clause instead ("told reporters that …").
func (st *sent) tagSpeaker(v, i int) *mention {
	if i < 2 || v+1 >= i || i-v > 6 || st.low[i-1] != "," {
		return nil
	}
	for k := v + 1; k < i-1; k++ {
		if st.low[k] == "that" || st.low[k] == "," || strings.HasPrefix(st.toks[k].tag, "VB") || st.toks[k].tag == "MD" {
			return nil
		}
	}
	for n := range st.mentions {
		x := &st.mentions[n]
		if x.j > v || v-x.j > 3 || x.place || x.i == 0 || st.low[x.i-1] != "," {
			continue
		}
		// "Foreign Minister Albert Shingiro told": a title before a
		// name the actor lexicon does not know.
		named := true
		for k := x.j; k < v; k++ {
			named = named && st.toks[k].tag == "NNP"
		}
		if !named {
			continue
		}
		// A bare title ("Foreign Minister") serves the state the
		// sentence opens on: "Niger recalled its envoy from Benin,
		// Foreign Minister X told journalists" is Niger's minister.
		if f := st.firstActor(); x.actor.ID == "" && x.actor.Sector != "" && f != nil && f != x && isState(f.actor) {
			x.actor.Country = f.actor.Country
			x.actor.ID = f.actor.Country + x.actor.Sector
		}
		return x
	}
	return nil
}

// sequenceAdverbs may stand between "and" and the verb it joins to the
// one before: "stormed the post and later kidnapped the chief".
var sequenceAdverbs = filtered(wordSet("later", "then", "also", "subsequently", "afterwards",
	"eventually", "again", "soon", "quickly", "briefly", "reportedly", "allegedly"))

// andBefore returns the index of the "and" that joins the verb at i to
// an earlier one, past up to two sequence adverbs ("and then also
// seized"); -1 when no "and" comes right before.
func (st *sent) andBefore(i int) int {
	k := i - 1
	for n := 0; n < 2 && k >= 0 && sequenceAdverbs.has(st.low[k]); n++ {
		k--
	}
	if k >= 0 && st.low[k] == "and" {
		return k
	}
	return -1
}
