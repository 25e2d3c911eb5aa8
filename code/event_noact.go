package code

// Tellings that code no act once built: an act only ranked again, and a
// warning of danger from someone who could not do the harm.

import (
	"strings"

	"github.com/truce-project/truce"
)

// noNewAct returns why a built event tells no act of its own, or "".
func noNewAct(st *sent, cd *candidate) string {
	if rankedAgain(st, cd) {
		return "ranks an act told before (\"It was the second protest in a month\")"
	}
	if dangerWarned(st, cd) {
		return "a warning of danger from someone who cannot do the harm (\"aid workers warned of famine\")"
	}
	if fallenShortOf(st, cd) {
		return "names the act not reached (\"the pledge stops short of a truce\")"
	}
	return ""
}

// fallenShortOf reports whether the noun trigger cd is what something
// "stops short of" or "falls short of": "The declaration stops short of a
// truce", "fell well short of a peace deal". The noun names the act that
// was not taken.
func fallenShortOf(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' && !nounTagged(st, cd.i) {
		return false
	}
	for k := cd.i - 1; k >= 1 && k >= cd.i-5; k-- {
		if st.low[k] == "of" {
			return st.low[k-1] == "short"
		}
		if !shortOfDeterminers[st.low[k]] && (!isModifier(st.toks[k]) || st.mentionAt(k) != nil) {
			return false
		}
	}
	return false
}

// shortOfDeterminers may stand between "short of" and the act: "short of
// a truce", "short of any apology".
var shortOfDeterminers = wordSet("a", "an", "the", "any", "full", "formal")

// unarmedSectors cannot carry out the harm they warn of: a warning from
// aid workers, doctors, reporters, rights groups, teachers, refugees or
// companies is of a danger, not a threat of their own.
var unarmedSectors = wordSet("AID", "HLH", "MED", "NGO", "EDU", "REF", "BUS")

// dangerWarned reports whether a threat told by "warned" has only such
// speakers: "Aid workers warned that millions still have no food", "a
// rights group warned the crackdown could turn deadly".
func dangerWarned(st *sent, cd *candidate) bool {
	// ("Putin told a reporter …, warning the West": a participle's doer
	// is the main clause's subject, which the roles may miss.)
	if cd.ev.Type != truce.Threaten || len(cd.ev.Source) == 0 || !strings.HasPrefix(st.low[cd.i], "warn") || st.toks[cd.i].tag == "VBG" {
		return false
	}
	for _, a := range cd.ev.Source {
		if !unarmedSectors[a.Sector] {
			return false
		}
	}
	return true
}

// copulaRankSubjects stand for an act told before as the subject of a
// ranking: "It was the largest …", "This is the third …".
var copulaRankSubjects = wordSet("it", "this", "that", "which")

// copulaRankVerbs link such a subject to the ranking noun.
var copulaRankVerbs = wordSet("was", "is", "marked", "marks", "became", "becomes")

// rankedAgain reports whether the noun trigger cd is ranked by a copula
// whose subject is a pronoun: "It was the second protest at the embassy
// in a month", "This was the largest expulsion of diplomats since 2018".
// The pronoun is the act told before; the sentence says where it ranks.
func rankedAgain(st *sent, cd *candidate) bool {
	if cd.e.pos != 'N' && !nounTagged(st, cd.i) {
		return false
	}
	ranked := false
	for k := cd.i - 1; k >= 2 && k >= cd.i-6; k-- {
		w := st.low[k]
		switch {
		case rankWords[w]:
			ranked = true
			continue
		case w == "the":
			if !ranked || !copulaRankVerbs[st.low[k-1]] || !copulaRankSubjects[st.low[k-2]] {
				return false
			}
			// The pronoun opens its clause: "It was …", "…, which was …".
			return k == 2 || st.low[k-3] == "," || st.low[k-3] == ";" || st.low[k-3] == "and"
		}
		if !isModifier(st.toks[k]) || st.mentionAt(k) != nil {
			return false
		}
	}
	return false
}

// nounTagged reports whether the tagger read token i as a noun.
func nounTagged(st *sent, i int) bool {
	t := st.toks[i].tag
	return len(t) >= 2 && t[:2] == "NN"
}

// dropCrime removes the triggers that tell ordinary crime or police work
// against it, which the record leaves out (see ordinaryCrime): "detained
// a teenager suspected of stealing cars", "was shot dead by her husband".
func dropCrime(cands []*candidate, st *sent) []*candidate {
	out := make([]*candidate, 0, len(cands))
	for _, cd := range cands {
		if !ordinaryCrime(st, cands, cd) {
			out = append(out, cd)
		}
	}
	return out
}
