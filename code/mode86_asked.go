package code

import "github.com/truce-project/truce"

// mode86AskedOfLaw recodes a demand read as one that its target yield
// (CAMEO 105x) when the verb asked names a law, a reform or a freedom as
// the head of its object:
//   - "urged Bamako to reverse the decree", "asked the president to scrap
//     his pension reforms", "insisted that Yerevan remove the claim from
//     its constitution": a demand about a state's laws asks for a change
//     of policy (1042), of its constitution a change of institutions
//     (1044) (dev: 2 of 2 accept change, one listing yield beside it);
//   - "urged Phnom Penh to let the opposition operate freely", "to reopen
//     girls' schools", "to end its harassment of journalists": freedoms
//     given back to the opposition, the press or women are rights (1043)
//     (dev: 1 of 1; the two others the gold reads so have no REQUEST
//     found or a head past the reach of the object).
//
// The verb alone ("withdraw", "let", "end") would ask the target to give
// up what it holds, and still does when its object is troops, an envoy,
// a ban or aid ("withdraw its troops", "lift the ban", "let aid through":
// dev gold reads these yield). Only the head of the object counts, so
// "withdraw its troops under international law" stays a withdrawal.
func (c *Coder) mode86AskedOfLaw(cd *candidate, ev *truce.Event) {
	if c.lex.cameo[ev.CAMEO].plover != truce.Request || ev.Mode != "yield" || cd.st == nil {
		return
	}
	st := cd.st
	for k := cd.j; k+1 < len(st.low) && k < cd.j+14 && st.clause[k] == st.clause[cd.i]; k++ {
		heads, ok := mode86AskedVerbs[st.low[k]]
		if !ok {
			continue
		}
		head, end := nounPhraseHead(st, k+1)
		switch {
		case heads == mode86Law && (head >= 0 && st.low[head] == "constitution" || mode86FromConstitution(st, end)):
			ev.CAMEO, ev.Mode = "1044", "change"
		case head < 0:
		case heads == mode86Law && mode86Heads[heads].has(st.low[head]):
			ev.CAMEO, ev.Mode = "1042", "change"
		case heads == mode86Let && mode86Names(st, k+1, end, &mode86Heads[heads]),
			heads != mode86Law && mode86Heads[heads].has(st.low[head]):
			ev.CAMEO, ev.Mode = "1043", "change"
		}
		return
	}
}

// mode86Names reports whether a word of f stands among tokens lo..hi: the
// tagger may read the verb after those let act as a noun ("let the
// opposition operate freely"), so any word of the phrase counts.
func mode86Names(st *sent, lo, hi int, f *wordFilter) bool {
	for k := lo; k < hi; k++ {
		if f.has(st.low[k]) {
			return true
		}
	}
	return false
}

// mode86FromConstitution reports whether "from its constitution" (or "the
// constitution") follows an object at k: "remove the claim from its
// constitution".
func mode86FromConstitution(st *sent, k int) bool {
	return k+2 < len(st.low) && st.low[k] == "from" && (st.low[k+1] == "its" || st.low[k+1] == "the" || st.low[k+1] == "their") &&
		st.low[k+2] == "constitution"
}

// The kinds of object a verb of mode86AskedVerbs may take.
const (
	mode86Law    = iota // laws and reforms withdrawn
	mode86Let           // people let act freely
	mode86End           // curbs on them ended
	mode86Reopen        // places of learning or news reopened
)

// mode86AskedVerbs are the verbs a demand may ask, with the kind of
// object that makes each a demand for change.
var mode86AskedVerbs = map[string]int{
	"withdraw": mode86Law, "drop": mode86Law, "scrap": mode86Law, "abandon": mode86Law, "reverse": mode86Law,
	"rescind": mode86Law, "remove": mode86Law, "shelve": mode86Law, "revoke": mode86Law, "annul": mode86Law,
	"overturn": mode86Law, "repeal": mode86Law,
	"let": mode86Let, "allow": mode86Let,
	"end": mode86End, "stop": mode86End, "halt": mode86End,
	"reopen": mode86Reopen,
}

// mode86Heads are, by kind, the heads of the objects that make a demand
// one for change.
var mode86Heads = [...]wordFilter{
	mode86Law: filtered(wordSet("law", "laws", "bill", "bills", "legislation", "decree", "decrees",
		"ordinance", "ordinances", "amendment", "amendments", "reform", "reforms", "constitution")),
	mode86Let:    filtered(wordSet("opposition", "journalists", "reporters", "media", "press", "girls", "women", "critics", "dissidents")),
	mode86End:    filtered(wordSet("persecution", "intimidation", "harassment", "censorship", "discrimination")),
	mode86Reopen: filtered(wordSet("schools", "universities", "newspapers")),
}
