package code

// Tellings that code no act once built: an act only ranked again, and a
// warning of danger from someone who could not do the harm.

import (
	"strings"

	"github.com/truce-project/truce"
)

// noNewAct returns why a built event tells no act of its own, or "".
func noNewAct(st *sent, cd *candidate) string {
	if mourningVigil(st, cd) {
		return "a vigil held to mourn the dead, not a protest (\"a vigil for the victims of the crash\")"
	}
	if rankedAgain(st, cd) {
		return "ranks an act told before (\"It was the second protest in a month\")"
	}
	if dangerWarned(st, cd) {
		return "a warning of danger from someone who cannot do the harm (\"aid workers warned of famine\")"
	}
	if fallenShortOf(st, cd) {
		return "names the act not reached (\"the pledge stops short of a truce\")"
	}
	if describedPeople(st, cd) {
		return "people named by what was done to them before (\"pardon those detained at rallies\")"
	}
	if insideName(st, cd) {
		return "a word inside a proper name (\"the Government of National Accord\")"
	}
	if tallyOverYears(st, cd) || tollToDateAside(st, cd) || prec67WarTollAcross(st, cd) {
		return "a tally of killings over years, not one attack (\"have killed 3,000 since 2017\")"
	}
	if standingRelation(st, cd) {
		return "a standing tie told in a present-tense relative clause (\"Iran, which backs the rebels,\")"
	}
	if standingStance(st, cd) {
		return "a position held now, told in the negated or \"now\" present (\"which does not recognise the court\")"
	}
	return ""
}

// standingRelation reports whether the verb trigger cd is the simple
// present of a relative clause on an actor: "Tehran, which arms the
// militia, denied the report", "a movement that seeks independence". The
// clause describes who the actor is, a tie that holds, not an act done;
// the news is in the main clause. An accusation is no tie: "Kinshasa,
// which accuses Kigali of backing the rebels" accuses.
func standingRelation(st *sent, cd *candidate) bool {
	// "Niamey, which accuses Cotonou of hosting foreign troops": an
	// accusation, even one kept up, is a word said now, not a tie.
	if cd.e.pos != 'V' || cd.e.has(flagViolent) || cd.ev.Type == truce.Accuse {
		return false
	}
	if t := st.toks[cd.i].tag; t != "VBZ" && t != "VBP" {
		return false
	}
	for k := cd.i - 1; k >= 1 && k >= cd.i-3; k-- {
		if relativeOpeners.has(st.low[k]) {
			// "…, which", "the movement that": the clause hangs on a noun.
			prev := st.toks[k-1].tag
			return st.low[k-1] == "," || strings.HasPrefix(prev, "NN") || st.mentionAt(k-1) != nil
		}
		if st.toks[k].tag != "RB" {
			return false
		}
	}
	return false
}

// tallyOverYears reports whether the verb trigger cd tells a toll summed
// over a long span: "Insurgents have killed more than 3,000 people in the
// province since 2017", "attacks on herders have killed hundreds over the
// past decade". A present perfect reaching back years tallies a conflict;
// it is no one attack. A span of days ("have killed 12 since Friday") is
// left alone: that is news.
func tallyOverYears(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || !cd.e.has(flagKill) && !cd.e.has(flagViolent) {
		return false
	}
	perfect := false
	for k := cd.i - 1; k >= 0 && k >= cd.i-3; k-- {
		if w := st.low[k]; w == "has" || w == "have" {
			perfect = true
			break
		}
		if st.toks[k].tag != "RB" {
			break
		}
	}
	if !perfect {
		return false
	}
	// ("since" opens a clause of its own; the toll's ends at a comma or
	// a coordinator.)
	for k := cd.j; k < len(st.low) && k < cd.j+20; k++ {
		if yearsSpan(st, k) {
			return true
		}
		if w := st.low[k]; w == "," || w == ";" || w == "and" || w == "but" || w == "while" {
			return false
		}
	}
	return false
}

// yearsSpan reports whether a span reaching back years opens at token k:
// "since 2017", "since the war began in 2020", "over the past decade", "in
// recent years", "over the years".
func yearsSpan(st *sent, k int) bool {
	next := func(n int) string {
		if k+n < len(st.low) {
			return st.low[k+n]
		}
		return ""
	}
	switch st.low[k] {
	case "since":
		// "since 2017", "since March 2021", "since the 1990s".
		for n := 1; n <= 2; n++ {
			if w := next(n); len(w) >= 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9' {
				return true
			}
		}
	case "over", "in", "during":
		w1, w2, w3 := next(1), next(2), next(3)
		if w1 == "recent" && (w2 == "years" || w2 == "decades") || w1 == "the" && (w2 == "years" || w2 == "decades") {
			return true
		}
		if w1 == "the" && (w2 == "past" || w2 == "last") && (w3 == "decade" || w3 == "decades" || w3 == "years" || spanYears.has(w3)) {
			return true
		}
	}
	return false
}

// spanYears are counts that, before "years", make a long span: "the past
// five years".
var spanYears = filtered(wordSet("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several", "20", "15", "10"))

// insideName reports whether the trigger cd is a capitalised word that
// ends or continues a proper name begun before it: "forces of the
// Government of National Accord", "the Peace and Security Council". The
// name stands for a body or a thing, not an act told now.
func insideName(st *sent, cd *candidate) bool {
	if cd.i < 2 || cd.e.pos != 'N' && !nounTagged(st, cd.i) || signedTitle(st, cd) {
		return false
	}
	for k := cd.i; k < cd.j; k++ {
		if !capitalised(st.toks[k].text) {
			return false
		}
	}
	prev := cd.i - 1
	if st.low[prev] == "of" || st.low[prev] == "and" || st.low[prev] == "for" {
		prev--
	}
	return prev >= 1 && capitalised(st.toks[prev].text) && st.toks[prev].tag == "NNP"
}

// describedPeople reports whether the verb trigger cd is a participle
// after "those" that names people by what was done to them: "offered to
// pardon those detained at earlier rallies", "relatives of those jailed
// after the unrest". The act is background to what is told of them.
// Killings are left alone: "those killed included two children" gives a
// toll. Someone said to be "among those detained" is news of their own
// arrest: "The editor was among those arrested".
func describedPeople(st *sent, cd *candidate) bool {
	if cd.e.pos != 'V' || cd.e.has(flagViolent) || cd.i < 1 || st.low[cd.i-1] != "those" {
		return false
	}
	if cd.i >= 3 && st.low[cd.i-2] == "among" && copulas.has(st.low[cd.i-3]) {
		return false
	}
	t := st.toks[cd.i].tag
	return t == "VBN" || t == "VBD" || t == "JJ"
}

// relativeOpeners open a relative clause on the noun before them.
var relativeOpeners = filtered(wordSet("which", "who", "that"))

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
		if !shortOfDeterminers.has(st.low[k]) && (!isModifier(st.toks[k]) || st.mentionAt(k) != nil) {
			return false
		}
	}
	return false
}

// shortOfDeterminers may stand between "short of" and the act: "short of
// a truce", "short of any apology".
var shortOfDeterminers = filtered(wordSet("a", "an", "the", "any", "full", "formal"))

// unarmedSectors cannot carry out the harm they warn of: a warning from
// aid workers, doctors, reporters, rights groups, teachers, refugees or
// companies is of a danger, not a threat of their own.
var unarmedSectors = filtered(wordSet("AID", "HLH", "MED", "NGO", "EDU", "REF", "BUS"))

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
		if !unarmedSectors.has(a.Sector) {
			return false
		}
	}
	return true
}

// copulaRankSubjects stand for an act told before as the subject of a
// ranking: "It was the largest …", "This is the third …".
var copulaRankSubjects = filtered(wordSet("it", "this", "that", "which"))

// copulaRankVerbs link such a subject to the ranking noun.
var copulaRankVerbs = filtered(wordSet("was", "is", "marked", "marks", "became", "becomes"))

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
		case rankWords.has(w):
			ranked = true
			continue
		case w == "the":
			if !ranked || !copulaRankVerbs.has(st.low[k-1]) || !copulaRankSubjects.has(st.low[k-2]) {
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
